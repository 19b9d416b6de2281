// Fuzzes recognizeErrorText: whatever a user pastes into "explain" (docker, az, kubectl output...).
#include "fuzz_support.h"
#include "diagnosis/cause_catalog.h"
#include "diagnosis/error_text.h"
#include "diagnosis/symptom_catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(rdfuzz::bytes(data, size));
    const rd::Recognition r = rd::recognizeErrorText(text);

    RD_FUZZ_CHECK(r.matches.size() <= 200);
    for (const rd::RecognizedMessage &m : r.matches) {
        RD_FUZZ_CHECK(!m.patternId.isEmpty());
        RD_FUZZ_CHECK(!m.source.isEmpty());
        RD_FUZZ_CHECK(!m.meaning.isEmpty());
        RD_FUZZ_CHECK(!m.excerpt.isEmpty());
        RD_FUZZ_CHECK(m.excerpt.size() <= 300);
        for (const QString &s : m.symptoms)
            RD_FUZZ_CHECK(rd::isKnownSymptom(s));
        for (const QString &c : m.causes)
            RD_FUZZ_CHECK(rd::isKnownCause(c));
        const QString registry = m.extracted.value(QStringLiteral("registry")).toString();
        RD_FUZZ_CHECK(registry == registry.toLower());
        RD_FUZZ_CHECK(!registry.contains(QLatin1Char('/')));
    }
    QStringList symptoms = r.symptoms();
    QStringList causes = r.causes();
    RD_FUZZ_CHECK(symptoms.removeDuplicates() == 0);
    RD_FUZZ_CHECK(causes.removeDuplicates() == 0);
    (void)r.registry();
    return 0;
}
