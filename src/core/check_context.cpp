#include "check_context.h"
#include "network/http_exchange.h"
#include <QLocale>
#include <QTimeZone>

namespace rd {

const ProbeResult *CheckContext::result(ProbeId probe) const
{
    auto it = results.constFind(idName(probe));
    return it == results.cend() ? nullptr : &*it;
}

bool CheckContext::passed(ProbeId probe) const { return passed(idName(probe)); }
bool CheckContext::failed(ProbeId probe) const { return failed(idName(probe)); }

RegistryKindInfo CheckContext::registryKind() const
{
    return confirmRegistryKind(registryKindFromHost(reference.host), facts.answeredKind);
}

bool CheckContext::passed(const QString &probeId) const
{
    auto it = results.constFind(probeId);
    return it != results.cend() && (it->status == ProbeStatus::Pass || it->status == ProbeStatus::Warn);
}

QByteArray CheckContext::registryAuthorization() const
{
    return facts.accessToken.isEmpty() ? HttpExchange::basicAuthorization(facts.used.username, facts.used.secret)
                                       : "Bearer " + facts.accessToken.expose();
}

bool CheckContext::failed(const QString &probeId) const
{
    auto it = results.constFind(probeId);
    return it != results.cend() && it->status == ProbeStatus::Fail;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 7231 IMF-fixdate, the form registries send; the day name is ignored.
    QString text = QString::fromLatin1(value).trimmed();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    // Date and time apart, never as a local date-time: a wall-clock time that does not exist in
    // this computer's time zone (the spring-forward gap) is a perfectly good UTC time.
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return {};
    const QDate date = QLocale::c().toDate(text.left(space), QStringLiteral("dd MMM yyyy"));
    const QTime time = QTime::fromString(text.mid(space + 1), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

const QString &nullGuidUser()
{
    static const QString guid = QStringLiteral("00000000-0000-0000-0000-000000000000");
    return guid;
}

QString loginFailureName(LoginFailure f)
{
    switch (f) {
    case LoginFailure::NoAnswer: return QStringLiteral("no-answer");
    case LoginFailure::NoToken: return QStringLiteral("no-token");
    case LoginFailure::InsecureRealm: return QStringLiteral("insecure-realm");
    case LoginFailure::TokenRefused: return QStringLiteral("token-refused");
    case LoginFailure::UsernameNotRecognized: return QStringLiteral("username-not-recognized");
    case LoginFailure::Expired: return QStringLiteral("expired");
    case LoginFailure::Rejected: return QStringLiteral("rejected");
    case LoginFailure::Status: return QStringLiteral("status");
    case LoginFailure::None:
    case LoginFailure::NoCredentials:
        break;
    }
    return {};
}

QString credentialSourceName(CredentialFacts::Source s)
{
    switch (s) {
    case CredentialFacts::Source::Given: return QStringLiteral("given");
    case CredentialFacts::Source::DockerFile: return QStringLiteral("docker-file");
    case CredentialFacts::Source::CredHelper: return QStringLiteral("cred-helper");
    case CredentialFacts::Source::CredsStore: return QStringLiteral("creds-store");
    case CredentialFacts::Source::None: break;
    }
    return QStringLiteral("none");
}

} // namespace rd
