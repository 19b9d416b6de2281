// Fuzzes parseCredentialHelperGet: what a docker-credential-* program prints, with any exit code.
// The first byte picks the exit code; the rest is stdout.
#include "fuzz_support.h"
#include "docker/credential_helper_output.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int exitCode = data[0] % 4 == 0 ? 0 : int(data[0] % 4) - 2; // 0, -1, 1 (and 0 again)
    const QByteArray out = rdfuzz::bytes(data + 1, size - 1);
    const rd::HelperCredential r = rd::parseCredentialHelperGet(out, exitCode);
    using Outcome = rd::HelperCredential::Outcome;

    RD_FUZZ_CHECK((r.outcome == Outcome::Found) == !r.secret.isEmpty());
    RD_FUZZ_CHECK(r.outcome != Outcome::Found || exitCode == 0);
    RD_FUZZ_CHECK(r.outcome == Outcome::Found || !r.message.isEmpty());
    RD_FUZZ_CHECK(r.message.size() <= 300);
    for (QChar c : r.message)
        RD_FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    if (exitCode == 0) {
        // Success output is never echoed: only our own sentences.
        RD_FUZZ_CHECK(r.message.isEmpty() || r.message.startsWith(QLatin1String("the helper")));
        if (r.outcome != Outcome::Found)
            RD_FUZZ_CHECK(r.serverUrl.isEmpty() || r.outcome == Outcome::NotFound);
    }
    // Credentials printed by a failing helper are never echoed either.
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (exitCode != 0 && doc.isObject() && doc.object().contains(QLatin1String("Secret")))
        RD_FUZZ_CHECK(r.outcome == Outcome::Error && r.message.startsWith(QLatin1String("the helper")));
    // Not even when the JSON is cut short (a helper killed half-way): a "Secret":"value" pair in the
    // output never brings its value into the message.
    static const QRegularExpression secretPair(QStringLiteral("\"Secret\"\\s*:\\s*\"([^\"\\\\]{8,})"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = secretPair.match(QString::fromUtf8(out));
    if (m.hasMatch())
        RD_FUZZ_CHECK(!r.message.contains(m.captured(1).left(8)) || r.message.startsWith(QLatin1String("the helper")));
    (void)r.isIdentityToken();
    return 0;
}
