#include "json_report.h"
#include "diagnosis/cause_catalog.h"
#include "diagnosis/render.h"
#include "printable_text.h"
#include "redactor.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

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

QString evidenceOf(const Diagnosis &d, const char *probe, const char *key)
{
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String(probe))
            return p.evidence.value(QLatin1String(key)).toString();
    return QString();
}

// What a help desk asks first: what the user tried, as whom, from where (never a secret; the
// pasted error goes through the redactor with the rest of the report).
QJsonObject contextToJson(const Diagnosis &d)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("signInMethod", d.signInMethod);
    put("username", d.username);
    put("repository", d.repository);
    put("action", d.action);
    if (!d.symptoms.isEmpty())
        o.insert(QStringLiteral("symptoms"), toArray(d.symptoms));
    put("pastedError", d.pastedError);
    put("caseNumber", d.caseNumber);
    put("os", d.os);
    put("timeZone", d.timeZone);
    put("dockerVersion", evidenceOf(d, "docker-client", "clientVersion"));
    put("azureCliVersion", evidenceOf(d, "azure-cli", "version"));
    return o;
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
    if (!d.client.isEmpty())
        root.insert(QStringLiteral("client"), d.client);
    if (d.hasContext())
        root.insert(QStringLiteral("context"), contextToJson(d));
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
                commands.append(toJson(cmd));
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

namespace {

// What a report read from a file may hold: as much as a real check writes, and no more. A report
// comes from someone else; every text is made printable (one line) and bounded here, where it
// enters, and links are rebuilt from the cause catalogue by cause id, never taken from the file.
constexpr int kMaxProbes = 64;         // a full check runs about 15
constexpr int kMaxCauses = 64;         // the catalogue has fewer
constexpr int kMaxEvidence = 64;       // per cause, and keys per probe
constexpr int kMaxSteps = 24;          // per cause
constexpr int kMaxCommands = 8;        // per step
constexpr int kMaxShortText = 300;     // ids, titles, names
constexpr int kMaxLongText = 4000;     // explanations, details, evidence, commands
constexpr int kMaxEvidenceJson = 4096; // one evidence value, as compact JSON

QString text(const QJsonValue &v, int maxLength)
{
    return printableText(v.toString(), maxLength);
}

QStringList textList(const QJsonValue &v, int maxItems, int maxLength)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size() && out.size() < maxItems; ++i)
        out << text(a.at(i), maxLength);
    return out;
}

// A duration in milliseconds, 0 unless a finite number within a day.
qint64 milliseconds(const QJsonValue &v)
{
    const double ms = v.toDouble();
    return std::isfinite(ms) && ms >= 0 && ms <= 86400000.0 ? qint64(ms) : 0;
}

QVariantMap evidenceMap(const QJsonValue &v)
{
    QVariantMap out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end() && out.size() < kMaxEvidence; ++it) {
        const QString key = printableText(it.key(), kMaxShortText);
        if (key.isEmpty())
            continue;
        if (it.value().isString()) {
            out.insert(key, text(it.value(), kMaxLongText));
        } else if (it.value().isArray() || it.value().isObject()) {
            const QJsonDocument doc = it.value().isArray() ? QJsonDocument(it.value().toArray()) : QJsonDocument(it.value().toObject());
            if (doc.toJson(QJsonDocument::Compact).size() <= kMaxEvidenceJson)
                out.insert(key, it.value().toVariant());
        } else {
            out.insert(key, it.value().toVariant());
        }
    }
    return out;
}

} // namespace

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
    d.toolVersion = text(root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")), kMaxShortText);
    const QJsonObject reg = root.value(QStringLiteral("registry")).toObject();
    d.registryInput = text(reg.value(QStringLiteral("input")), kMaxShortText);
    d.loginServer = text(reg.value(QStringLiteral("loginServer")), kMaxShortText);
    d.registryKind = text(reg.value(QStringLiteral("kind")), kMaxShortText);
    d.practiceScenario = text(root.value(QStringLiteral("practiceScenario")), kMaxShortText);
    RegistryClient client;
    if (registryClientFromName(root.value(QStringLiteral("client")).toString(), &client))
        d.client = registryClientName(client); // only a name this program knows
    const QJsonObject context = root.value(QStringLiteral("context")).toObject();
    d.signInMethod = text(context.value(QStringLiteral("signInMethod")), kMaxShortText);
    d.username = text(context.value(QStringLiteral("username")), kMaxShortText);
    d.repository = text(context.value(QStringLiteral("repository")), kMaxShortText);
    d.action = text(context.value(QStringLiteral("action")), kMaxShortText);
    d.symptoms = textList(context.value(QStringLiteral("symptoms")), 16, kMaxShortText);
    d.pastedError = text(context.value(QStringLiteral("pastedError")), kMaxLongText);
    d.caseNumber = text(context.value(QStringLiteral("caseNumber")), kMaxShortText);
    d.os = text(context.value(QStringLiteral("os")), kMaxShortText);
    d.timeZone = text(context.value(QStringLiteral("timeZone")), kMaxShortText);
    d.startedAt = QDateTime::fromString(text(root.value(QStringLiteral("startedAt")), kMaxShortText), Qt::ISODateWithMs);
    d.durationMs = milliseconds(root.value(QStringLiteral("durationMs")));
    d.cancelled = root.value(QStringLiteral("cancelled")).toBool();
    QSet<QString> seen;
    const QJsonArray probes = root.value(QStringLiteral("probes")).toArray();
    for (qsizetype i = 0; i < probes.size() && d.probes.size() < kMaxProbes; ++i) {
        const QJsonObject o = probes.at(i).toObject();
        ProbeResult p;
        p.id = text(o.value(QStringLiteral("id")), kMaxShortText);
        if (seen.contains(p.id))
            continue;
        seen.insert(p.id);
        const QString status = o.value(QStringLiteral("status")).toString();
        for (ProbeStatus s : {ProbeStatus::Pass, ProbeStatus::Warn, ProbeStatus::Fail, ProbeStatus::Skip})
            if (probeStatusName(s) == status)
                p.status = s;
        p.title = text(o.value(QStringLiteral("title")), kMaxShortText);
        p.detail = text(o.value(QStringLiteral("detail")), kMaxLongText);
        p.message = Message::fromJson(o.value(QStringLiteral("message")).toObject());
        p.durationMs = milliseconds(o.value(QStringLiteral("durationMs")));
        p.evidence = evidenceMap(o.value(QStringLiteral("evidence")));
        d.probes << p;
    }
    seen.clear();
    const QJsonArray causes = root.value(QStringLiteral("causes")).toArray();
    for (qsizetype i = 0; i < causes.size() && d.causes.size() < kMaxCauses; ++i) {
        const QJsonObject o = causes.at(i).toObject();
        Cause c;
        c.id = text(o.value(QStringLiteral("id")), kMaxShortText);
        if (seen.contains(c.id))
            continue;
        seen.insert(c.id);
        c.severity = o.value(QStringLiteral("severity")).toString() == QLatin1String("warning") ? Cause::Severity::Warning
                                                                                                 : Cause::Severity::Error;
        c.title = text(o.value(QStringLiteral("title")), kMaxShortText);
        c.explanation = text(o.value(QStringLiteral("explanation")), kMaxLongText);
        c.evidence = textList(o.value(QStringLiteral("evidence")), kMaxEvidence, kMaxLongText);
        const QJsonArray evidenceMessages = o.value(QStringLiteral("evidenceMessages")).toArray();
        for (qsizetype k = 0; k < evidenceMessages.size() && c.evidenceMessages.size() < kMaxEvidence; ++k)
            c.evidenceMessages << Message::fromJson(evidenceMessages.at(k).toObject());
        c.probes = textList(o.value(QStringLiteral("probes")), kMaxProbes, kMaxShortText);
        const QJsonArray steps = o.value(QStringLiteral("remediation")).toArray();
        for (qsizetype k = 0; k < steps.size() && c.remediation.size() < kMaxSteps; ++k) {
            RemediationStep step;
            step.text = text(steps.at(k).toObject().value(QStringLiteral("text")), kMaxLongText);
            step.message = Message::fromJson(steps.at(k).toObject().value(QStringLiteral("message")).toObject());
            const QJsonArray commands = steps.at(k).toObject().value(QStringLiteral("commands")).toArray();
            for (qsizetype m = 0; m < commands.size() && step.commands.size() < kMaxCommands; ++m) {
                const QJsonObject command = commands.at(m).toObject();
                step.commands.append({text(command.value(QStringLiteral("shell")), kMaxShortText),
                                      text(command.value(QStringLiteral("command")), kMaxLongText),
                                      text(command.value(QStringLiteral("os")), kMaxShortText)});
            }
            c.remediation << step;
        }
        // Links come from this program's catalogue, never from the file (file:, smb: or a
        // program's scheme would be opened by the system).
        if (const std::optional<CauseId> id = causeIdFromName(c.id))
            c.links = makeCause(*id, registryKindFromName(d.registryKind).value_or(RegistryKind::Generic)).links;
        d.causes << c;
    }
    renderDiagnosis(d); // in the reader's language
    *out = d;
    return true;
}

} // namespace rd
