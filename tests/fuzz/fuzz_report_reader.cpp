// Fuzzes readJsonReport: a report file someone sent, opened with File > Open report. Whatever it
// holds, what is read is bounded (as much as a real check writes), every text is one printable
// line, links come only from the cause catalogue (https), durations are sane numbers, ids are
// unique, and what is read writes and reads back the same.
#include "diagnosis/cause_catalog.h"
#include "fuzz_support.h"
#include "report/json_report.h"
#include "report/redactor.h"

#include <QSet>
#include <QUrl>

namespace {

void checkText(const QString &text, int maxLength)
{
    RD_FUZZ_CHECK(text.size() <= maxLength);
    for (QChar c : text)
        RD_FUZZ_CHECK(c.isPrint() && c != QLatin1Char('\n') && c != QChar::ReplacementCharacter);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = rdfuzz::bytes(data, size);
    rd::Diagnosis d;
    QString problem;
    const bool ok = rd::readJsonReport(json, &d, &problem);
    RD_FUZZ_CHECK(ok == problem.isEmpty());
    if (!ok)
        return 0;
    RD_FUZZ_CHECK(d.probes.size() <= 64 && d.causes.size() <= 64);
    RD_FUZZ_CHECK(d.durationMs >= 0 && d.durationMs <= 86400000);
    checkText(d.registryInput, 300);
    checkText(d.loginServer, 300);
    checkText(d.practiceScenario, 300);
    QSet<QString> ids;
    for (const rd::ProbeResult &p : std::as_const(d.probes)) {
        RD_FUZZ_CHECK(!ids.contains(p.id));
        ids.insert(p.id);
        checkText(p.id, 300);
        checkText(p.title, 300);
        checkText(p.detail, 4000);
        RD_FUZZ_CHECK(p.durationMs >= 0 && p.durationMs <= 86400000);
        RD_FUZZ_CHECK(p.evidence.size() <= 64);
    }
    ids.clear();
    for (const rd::Cause &c : std::as_const(d.causes)) {
        RD_FUZZ_CHECK(!ids.contains(c.id));
        ids.insert(c.id);
        checkText(c.title, 300);
        checkText(c.explanation, 4000);
        RD_FUZZ_CHECK(c.evidence.size() <= 64 && c.remediation.size() <= 24);
        for (const QString &e : c.evidence)
            checkText(e, 4000);
        for (const rd::RemediationStep &s : c.remediation) {
            checkText(s.text, 4000);
            RD_FUZZ_CHECK(s.commands.size() <= 8);
            for (const rd::ShellCommand &cmd : s.commands)
                checkText(cmd.command, 4000);
        }
        RD_FUZZ_CHECK(rd::isKnownCause(c.id) || c.links.isEmpty());
        for (const rd::DocLink &l : c.links)
            RD_FUZZ_CHECK(QUrl(l.url).scheme() == QLatin1String("https"));
    }
    // What was read is a report: written again, it reads back with the same shape.
    rd::Diagnosis again;
    RD_FUZZ_CHECK(rd::readJsonReport(rd::writeJsonReport(d, rd::Redactor()), &again, &problem));
    RD_FUZZ_CHECK(again.probes.size() == d.probes.size() && again.causes.size() == d.causes.size());
    return 0;
}
