#include "credential_helper_output.h"
#include "printable_text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

namespace rd {

namespace {

constexpr int kMaxMessage = 300;

// Words that look like a token or a password-ish blob (long runs of base64/JWT characters) are
// replaced, so a helper that echoes a secret in its error text cannot leak it into our message.
QString hideTokenLikeWords(const QString &text)
{
    static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9+/=_.\\-]{24,}"));
    QString out = text;
    QRegularExpressionMatchIterator it = tokenLike.globalMatch(text);
    QVector<QPair<int, int>> ranges;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(0);
        bool letters = false, digits = false;
        for (QChar c : word) {
            letters = letters || c.isLetter();
            digits = digits || c.isDigit();
        }
        // Paths and URLs made of words ("docker-credential-desktop") have no digit mix; tokens do.
        if (letters && digits)
            ranges.append({int(m.capturedStart(0)), int(m.capturedLength(0))});
    }
    for (int i = int(ranges.size()) - 1; i >= 0; --i)
        out.replace(ranges.at(i).first, ranges.at(i).second, QStringLiteral("[hidden]"));
    return out;
}

QString printableMessage(const QByteArray &bytes)
{
    // Decode a bounded prefix only: a helper can print a lot.
    const QString text = QString::fromUtf8(bytes.left(kMaxMessage * 8));
    QString out = printableText(text, int(text.size()));
    out = hideTokenLikeWords(out);
    if (out.size() > kMaxMessage)
        out = out.left(kMaxMessage - 3) + QStringLiteral("...");
    return out;
}

} // namespace

HelperCredential parseCredentialHelperGet(const QByteArray &stdoutBytes, int exitCode)
{
    HelperCredential result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &error);
    const bool isObject = error.error == QJsonParseError::NoError && doc.isObject();

    if (exitCode != 0) {
        if (isObject && doc.object().contains(QLatin1String("Secret"))) {
            result.outcome = HelperCredential::Outcome::Error;
            result.message = QStringLiteral("the helper failed (exit code %1) after printing credentials").arg(exitCode);
            return result;
        }
        // Credentials cut short (a helper killed half-way) are not JSON but still hold the secret.
        // (Docker's Go JSON reader matches the key in any case.)
        if (stdoutBytes.toLower().contains("\"secret\"")) {
            result.outcome = HelperCredential::Outcome::Error;
            result.message = QStringLiteral("the helper failed (exit code %1) while printing credentials").arg(exitCode);
            return result;
        }
        result.message = printableMessage(stdoutBytes);
        const bool notFound = result.message.contains(QLatin1String("credentials not found"), Qt::CaseInsensitive)
            || result.message.contains(QLatin1String("not found"), Qt::CaseInsensitive);
        result.outcome = notFound ? HelperCredential::Outcome::NotFound : HelperCredential::Outcome::Error;
        if (result.message.isEmpty())
            result.message = QStringLiteral("the helper failed (exit code %1) without a message").arg(exitCode);
        return result;
    }

    // Exit code 0: the answer must be the JSON credentials. Its text is never echoed: it may be a secret.
    if (!isObject) {
        result.outcome = HelperCredential::Outcome::Garbage;
        result.message = stdoutBytes.trimmed().isEmpty()
            ? QStringLiteral("the helper printed nothing")
            : QStringLiteral("the helper's answer is not a JSON object (%1 bytes)").arg(stdoutBytes.size());
        return result;
    }
    const QJsonObject o = doc.object();
    const QJsonValue user = o.value(QLatin1String("Username"));
    const QJsonValue secret = o.value(QLatin1String("Secret"));
    QStringList missing;
    if (!user.isString())
        missing << QStringLiteral("Username");
    if (!secret.isString())
        missing << QStringLiteral("Secret");
    if (!missing.isEmpty()) {
        result.outcome = HelperCredential::Outcome::Garbage;
        result.message = QStringLiteral("the helper's answer lacks %1").arg(missing.join(QStringLiteral(" and ")));
        return result;
    }
    result.serverUrl = o.value(QLatin1String("ServerURL")).toString();
    result.username = printableText(user.toString(), 256); // shown in findings: one printable line
    if (secret.toString().isEmpty()) {
        result.outcome = HelperCredential::Outcome::NotFound;
        result.message = QStringLiteral("the helper answered with an empty Secret");
        return result;
    }
    result.secret = Secret(secret.toString().toUtf8());
    result.outcome = HelperCredential::Outcome::Found;
    return result;
}

} // namespace rd
