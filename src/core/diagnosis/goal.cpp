#include "goal.h"
#include "ids.h"
#include <QCoreApplication>
#include <algorithm>

namespace rd {

namespace {

QString say(const char *source)
{
    return QCoreApplication::translate("rd::Goal", source);
}

bool pullsOrPushes(const Diagnosis &d)
{
    return !d.repository.isEmpty();
}

ProbeStatus statusOf(const Diagnosis &d, ProbeId id)
{
    const QString name = idName(id);
    for (const ProbeResult &p : d.probes)
        if (p.id == name)
            return p.status;
    return ProbeStatus::Skip;
}

bool passes(const Diagnosis &d, ProbeId id)
{
    const ProbeStatus s = statusOf(d, id);
    return s == ProbeStatus::Pass || s == ProbeStatus::Warn;
}

QString target(const Diagnosis &d)
{
    return d.loginServer.isEmpty() ? d.registryInput : d.loginServer;
}

} // namespace

GoalStage goalStage(const Cause &cause, const Diagnosis &d)
{
    const std::optional<CauseId> id = causeIdFromName(cause.id);
    if (!id)
        return GoalStage::SignIn; // a cause from a newer report: where most of them block
    // No default: a new CauseId is a compiler warning here.
    switch (*id) {
    case CauseId::RegistryNameInvalid:
    case CauseId::RegistryNotFound:
    case CauseId::PrivateEndpointDns:
        return GoalStage::Name;
    case CauseId::ProxyProblem:
    case CauseId::DaemonProxyDiffers:
    case CauseId::NetworkUnreachable:
    case CauseId::FirewallBlocked:
        return GoalStage::Network;
    case CauseId::Ipv6Unreachable:
        return GoalStage::Note; // IPv4 connected: a warning for clients without fallback, not what blocks this check
    case CauseId::TlsUntrustedCertificate:
    case CauseId::PlainHttpRegistry:
    case CauseId::DockerInsecureRegistry:
        return GoalStage::Tls;
    case CauseId::BuildkitCaNotTrusted:
        // From a check, the engine trusts the registry: only builds fail, not this pull or push.
        return passes(d, ProbeId::Tls) ? GoalStage::Note : GoalStage::Tls;
    case CauseId::NotARegistry:
    case CauseId::RegistryUnavailable:
    case CauseId::Throttled:
    case CauseId::TokenServiceMisconfigured:
        return GoalStage::Registry;
    case CauseId::NoCredentials:
    case CauseId::CredentialsInvalid:
    case CauseId::UsernameNotRecognized:
    case CauseId::CredentialsExpired:
    case CauseId::CredentialStoreFailing:
    case CauseId::ClockSkew:
    case CauseId::CiSecretMissing:
    case CauseId::LoginHostMismatch:
    case CauseId::EmailAsUsername:
    case CauseId::WrongAzureCloud:
    case CauseId::UseExposeToken:
    case CauseId::ImagePullSecretMissing:
        return GoalStage::SignIn;
    case CauseId::MfaRequired:
        // Seen in a check only when az asked for a token of its own (the registry's permissions
        // mode) after the registry's sign-in had worked: the next az acr login fails the same way,
        // but this pull or push is not blocked by it.
        return passes(d, ProbeId::Credentials) ? GoalStage::Note : GoalStage::SignIn;
    case CauseId::AzCliTooOld:
        return d.signInMethod == QLatin1String("azure-cli") || d.signInMethod.isEmpty() ? GoalStage::SignIn : GoalStage::Note;
    case CauseId::PodmanInsteadOfDocker:
    case CauseId::EngineElsewhere:
        return GoalStage::Note; // context for the advice, never what blocks
    case CauseId::RepositoryNotFound:
    case CauseId::PlatformMismatch:
    case CauseId::DataEndpointBlocked:
        // After the sign-in and the rights: the image itself, and the path its layers take.
        return GoalStage::Rights;
    case CauseId::AzNotLoggedIn:
        // Only a sign-in through the Azure CLI needs it.
        return d.signInMethod == QLatin1String("azure-cli") || d.signInMethod.isEmpty() ? GoalStage::SignIn : GoalStage::Note;
    case CauseId::CredentialsNotAuthorized:
    case CauseId::AcrAbacLegacyRole:
        return GoalStage::Rights;
    case CauseId::DockerNotInstalled:
    case CauseId::DockerTooOld:
        return GoalStage::LocalTool;
    case CauseId::DockerDaemonNotRunning:
        // docker login works without the engine; pull and push go through it.
        return pullsOrPushes(d) ? GoalStage::LocalTool : GoalStage::Note;
    case CauseId::Count:
        break;
    }
    return GoalStage::SignIn;
}

bool isNote(const Cause &cause, const Diagnosis &d)
{
    return goalStage(cause, d) == GoalStage::Note;
}

void orderByGoal(QVector<Cause> &causes, const Diagnosis &d)
{
    std::stable_sort(causes.begin(), causes.end(), [&d](const Cause &a, const Cause &b) {
        const GoalStage sa = goalStage(a, d), sb = goalStage(b, d);
        if (sa != sb)
            return sa < sb;
        return a.severity == Cause::Severity::Error && b.severity != Cause::Severity::Error;
    });
}

QString goalHeadline(const Diagnosis &d)
{
    if (d.probes.isEmpty() || d.cancelled)
        return {};
    const QString server = target(d);
    const bool push = d.action == QLatin1String("push");
    const Cause *first = nullptr;
    for (const Cause &c : d.causes)
        if (!isNote(c, d) && (!first || goalStage(c, d) < goalStage(*first, d)))
            first = &c;
    const bool signedIn = passes(d, ProbeId::Credentials);
    if (!first) {
        if (!signedIn)
            return {};
        if (!d.repository.isEmpty() && passes(d, ProbeId::Permissions))
            return (push ? say(QT_TRANSLATE_NOOP("rd::Goal", "You can sign in to %1 and push to %2.")) : say(QT_TRANSLATE_NOOP("rd::Goal", "You can sign in to %1 and pull from %2.")))
                .arg(server, d.repository);
        return say(QT_TRANSLATE_NOOP("rd::Goal", "You can sign in to %1.")).arg(server);
    }
    switch (goalStage(*first, d)) {
    case GoalStage::Name:
    case GoalStage::Network:
        return say(QT_TRANSLATE_NOOP("rd::Goal", "Not tested: the sign-in could not be tried, because %1 cannot be reached.")).arg(server);
    case GoalStage::Tls:
        return say(QT_TRANSLATE_NOOP("rd::Goal", "Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.")).arg(server);
    case GoalStage::Registry:
        if (signedIn)
            break;
        return say(QT_TRANSLATE_NOOP("rd::Goal", "Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.")).arg(server);
    case GoalStage::SignIn:
        //: %1 is the registry, %2 the problem's title ("The password is wrong").
        return say(QT_TRANSLATE_NOOP("rd::Goal", "Sign-in to %1 fails: %2")).arg(server, first->title);
    case GoalStage::Rights:
        return (push ? say(QT_TRANSLATE_NOOP("rd::Goal", "You can sign in to %1, but not push to %2.")) : say(QT_TRANSLATE_NOOP("rd::Goal", "You can sign in to %1, but not pull from %2.")))
            .arg(server, d.repository.isEmpty() ? QStringLiteral("*") : d.repository);
    case GoalStage::LocalTool:
    case GoalStage::Note:
        break;
    }
    //: %1 is the problem's title ("The Docker engine is not running").
    return signedIn ? say(QT_TRANSLATE_NOOP("rd::Goal", "You can sign in to %1, but this computer is not ready: %2")).arg(server, first->title)
                    : first->title;
}

} // namespace rd
