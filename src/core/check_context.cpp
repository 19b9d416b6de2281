#include "check_context.h"

namespace rd {

bool CheckContext::passed(const QString &probeId) const
{
    auto it = results.constFind(probeId);
    return it != results.cend() && (it->status == ProbeStatus::Pass || it->status == ProbeStatus::Warn);
}

bool CheckContext::failed(const QString &probeId) const
{
    auto it = results.constFind(probeId);
    return it != results.cend() && it->status == ProbeStatus::Fail;
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
