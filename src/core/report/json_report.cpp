#include "json_report.h"
#include "../diagnosis/render.h"
#include "redactor.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Schema 2 adds the findings as messages (a source text and typed arguments) beside their
// rendered text, so a reader renders them again in its own language. Schema 1 has text only.
constexpr int kSchemaVersion = 2;

QJsonArray toArray(const QVector<Message> &messages)
{
    QJsonArray out;
    for (const Message &m : messages)
        out.append(m.toJson());
    return out;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

QJsonObject diagnosisToJson(const Diagnosis &d)
{
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    root.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("registry-doctor")},
                                                    {QStringLiteral("version"), d.toolVersion}});
    root.insert(QStringLiteral("registry"), QJsonObject{{QStringLiteral("input"), d.registryInput},
                                                        {QStringLiteral("loginServer"), d.loginServer},
                                                        {QStringLiteral("kind"), d.registryKind}});
    if (!d.practiceScenario.isEmpty())
        root.insert(QStringLiteral("practiceScenario"), d.practiceScenario);
    root.insert(QStringLiteral("startedAt"), d.startedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("durationMs"), d.durationMs);
    root.insert(QStringLiteral("cancelled"), d.cancelled);
    QJsonArray probes;
    for (const ProbeResult &p : d.probes) {
        QJsonObject probe{{QStringLiteral("id"), p.id},
                          {QStringLiteral("status"), probeStatusName(p.status)},
                          {QStringLiteral("title"), p.title},
                          {QStringLiteral("detail"), p.detail},
                          {QStringLiteral("durationMs"), p.durationMs},
                          {QStringLiteral("evidence"), QJsonObject::fromVariantMap(p.evidence)}};
        if (!p.message.isEmpty())
            probe.insert(QStringLiteral("message"), p.message.toJson());
        probes.append(probe);
    }
    root.insert(QStringLiteral("probes"), probes);
    QJsonArray causes;
    for (const Cause &c : d.causes) {
        QJsonArray steps;
        for (const RemediationStep &s : c.remediation) {
            QJsonArray commands;
            for (const ShellCommand &cmd : s.commands)
                commands.append(QJsonObject{{QStringLiteral("shell"), cmd.shell}, {QStringLiteral("command"), cmd.command}});
            QJsonObject step{{QStringLiteral("text"), s.text}, {QStringLiteral("commands"), commands}};
            if (!s.message.isEmpty())
                step.insert(QStringLiteral("message"), s.message.toJson());
            steps.append(step);
        }
        QJsonArray links;
        for (const DocLink &l : c.links)
            links.append(QJsonObject{{QStringLiteral("title"), l.title}, {QStringLiteral("url"), l.url}});
        QJsonObject cause{{QStringLiteral("id"), c.id},
                          {QStringLiteral("severity"), severityName(c.severity)},
                          {QStringLiteral("title"), c.title},
                          {QStringLiteral("explanation"), c.explanation},
                          {QStringLiteral("evidence"), toArray(c.evidence)},
                          {QStringLiteral("probes"), toArray(c.probes)},
                          {QStringLiteral("remediation"), steps},
                          {QStringLiteral("links"), links}};
        if (!c.evidenceMessages.isEmpty())
            cause.insert(QStringLiteral("evidenceMessages"), toArray(c.evidenceMessages));
        causes.append(cause);
    }
    root.insert(QStringLiteral("causes"), causes);
    return root;
}

namespace {

// Redacts every string before serialising: JSON escapes '"', '\\' and control characters, so a
// secret holding one of them would no longer be found in the written bytes.
QJsonValue redacted(const QJsonValue &v, const Redactor &redactor)
{
    if (v.isString())
        return redactor.apply(v.toString());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(redacted(x, redactor));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(redactor.apply(it.key()), redacted(it.value(), redactor));
        return out;
    }
    return v;
}

} // namespace

QByteArray writeJsonReport(const Diagnosis &d, const Redactor &redactor)
{
    const QJsonObject root = redacted(diagnosisToJson(d), redactor).toObject();
    return redactor.apply(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

bool readJsonReport(const QByteArray &json, Diagnosis *out, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject()) {
        *problem = doc.isNull() ? error.errorString() : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString() != QLatin1String("registry-doctor")) {
        *problem = QStringLiteral("not a Registry Doctor report");
        return false;
    }
    Diagnosis d;
    d.renderable = root.value(QStringLiteral("schemaVersion")).toInt(1) >= 2;
    d.toolVersion = root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString();
    const QJsonObject reg = root.value(QStringLiteral("registry")).toObject();
    d.registryInput = reg.value(QStringLiteral("input")).toString();
    d.loginServer = reg.value(QStringLiteral("loginServer")).toString();
    d.registryKind = reg.value(QStringLiteral("kind")).toString();
    d.practiceScenario = root.value(QStringLiteral("practiceScenario")).toString();
    d.startedAt = QDateTime::fromString(root.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    d.durationMs = qint64(root.value(QStringLiteral("durationMs")).toDouble());
    d.cancelled = root.value(QStringLiteral("cancelled")).toBool();
    for (const QJsonValue &v : root.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject o = v.toObject();
        ProbeResult p;
        p.id = o.value(QStringLiteral("id")).toString();
        const QString status = o.value(QStringLiteral("status")).toString();
        for (ProbeStatus s : {ProbeStatus::Pass, ProbeStatus::Warn, ProbeStatus::Fail, ProbeStatus::Skip})
            if (probeStatusName(s) == status)
                p.status = s;
        p.title = o.value(QStringLiteral("title")).toString();
        p.detail = o.value(QStringLiteral("detail")).toString();
        p.message = Message::fromJson(o.value(QStringLiteral("message")).toObject());
        p.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
        p.evidence = o.value(QStringLiteral("evidence")).toObject().toVariantMap();
        d.probes << p;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("causes")).toArray()) {
        const QJsonObject o = v.toObject();
        Cause c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.severity = o.value(QStringLiteral("severity")).toString() == QLatin1String("warning") ? Cause::Severity::Warning
                                                                                                 : Cause::Severity::Error;
        c.title = o.value(QStringLiteral("title")).toString();
        c.explanation = o.value(QStringLiteral("explanation")).toString();
        c.evidence = toStringList(o.value(QStringLiteral("evidence")));
        for (const QJsonValue &m : o.value(QStringLiteral("evidenceMessages")).toArray())
            c.evidenceMessages << Message::fromJson(m.toObject());
        c.probes = toStringList(o.value(QStringLiteral("probes")));
        for (const QJsonValue &sv : o.value(QStringLiteral("remediation")).toArray()) {
            RemediationStep step;
            step.text = sv.toObject().value(QStringLiteral("text")).toString();
            step.message = Message::fromJson(sv.toObject().value(QStringLiteral("message")).toObject());
            for (const QJsonValue &cv : sv.toObject().value(QStringLiteral("commands")).toArray())
                step.commands.append({cv.toObject().value(QStringLiteral("shell")).toString(),
                                      cv.toObject().value(QStringLiteral("command")).toString()});
            c.remediation << step;
        }
        for (const QJsonValue &lv : o.value(QStringLiteral("links")).toArray())
            c.links.append({lv.toObject().value(QStringLiteral("title")).toString(), lv.toObject().value(QStringLiteral("url")).toString()});
        d.causes << c;
    }
    renderDiagnosis(d); // in the reader's language
    *out = d;
    return true;
}

} // namespace rd
