#include "docker_config_probe.h"
#include "check_context.h"
#include "docker/containers_auth.h"
#include "docker/docker_config.h"
#include "process_runner.h"
#include <QDir>
#include <QProcessEnvironment>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

QString DockerConfigProbe::title() const
{
    return tr("Docker configuration");
}

void DockerConfigProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    if (ctx.options.client == RegistryClient::Podman && ctx.reference.isUsable()) {
        const QVector<ContainersAuthFile> files = containersAuthFiles(QProcessEnvironment::systemEnvironment(), QDir::homePath());
        const QString registry = ctx.reference.loginServer, repository = ctx.options.repository;
        m_containersWatcher = new QFutureWatcher<ContainersLogin>(this);
        connect(m_containersWatcher, &QFutureWatcher<ContainersLogin>::finished, this, [this] {
            QFutureWatcher<ContainersLogin> *w = m_containersWatcher;
            if (!w)
                return;
            w->disconnect(this);
            const ContainersLogin login = w->result();
            w->deleteLater();
            onContainersRead(login);
        });
        m_containersWatcher->setFuture(QtConcurrent::run([files, registry, repository] {
            return findContainersLogin(files, registry, repository);
        }));
        return;
    }
    const QString path = m_pathOverride.isEmpty() ? dockerConfigPath() : m_pathOverride;
    m_watcher = new QFutureWatcher<DockerConfig>(this);
    connect(m_watcher, &QFutureWatcher<DockerConfig>::finished, this, [this] {
        QFutureWatcher<DockerConfig> *w = m_watcher;
        if (!w)
            return;
        w->disconnect(this);
        const DockerConfig config = w->result();
        w->deleteLater();
        onRead(config);
    });
    m_watcher->setFuture(QtConcurrent::run([path] { return readDockerConfig(path); }));
}

void DockerConfigProbe::cancel()
{
    // A read finishes on its own (bounded by the 4 MiB cap); its result is dropped.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_containersWatcher) {
        m_containersWatcher->disconnect(this);
        m_containersWatcher->deleteLater();
        m_containersWatcher = nullptr;
    }
}

// Podman's view: the first of its login files that has something for this registry decides.
void DockerConfigProbe::onContainersRead(const ContainersLogin &login)
{
    Facts &facts = m_ctx->facts;
    facts.dockerConfig = login.config;
    const QString server = m_ctx->reference.loginServer;
    QVariantMap ev;
    ev.insert(QStringLiteral("client"), registryClientName(RegistryClient::Podman));
    ev.insert(QStringLiteral("searched"), login.searched);
    ev.insert(QStringLiteral("path"), login.config.path);
    ev.insert(QStringLiteral("server"), server);
    if (!login.problem.isEmpty()) {
        ev.insert(QStringLiteral("problem"), login.problem);
        facts.dockerConfigRead = false;
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for "
                              "any registry. Fix or remove the file, then sign in again.")).arg(login.file, login.problem),
               ev);
        return;
    }
    facts.dockerConfigRead = true;
    if (!login.helper.isEmpty()) {
        ev.insert(QStringLiteral("credHelper"), login.helper);
        ev.insert(QStringLiteral("helper"), login.helper);
        finish(ProbeStatus::Pass,
               msg(QT_TR_NOOP("Podman takes the login for %1 from the credential helper \"%2\", as %3 says (credHelpers)."))
                   .arg(server, login.helper, login.file),
               ev);
        return;
    }
    ev.insert(QStringLiteral("helper"), QString());
    if (!login.file.isEmpty()) {
        ev.insert(QStringLiteral("authsKey"), login.key);
        finish(ProbeStatus::Pass,
               msg(QT_TR_NOOP("Podman reads the login for %1 from %2, the first of its login files that has one (entry \"%3\")."))
                   .arg(server, login.file, login.key),
               ev);
        return;
    }
    finish(ProbeStatus::Pass,
           msg(QT_TR_NOOP("None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker's "
                          "credential store.")).arg(server, login.searched),
           ev);
}

void DockerConfigProbe::onRead(DockerConfig config)
{
    Facts &facts = m_ctx->facts;
    // Only a file that was read and held nothing (a FIFO or a device has size 0 too).
    const bool empty = config.exists && !config.ok && config.problem == QLatin1String("empty file");
    if (!config.exists || empty || config.ok)
        applyPlatformDefaultStore(config, [](const QString &program) { return !ProcessRunner::findProgram(program).isEmpty(); });
    facts.dockerConfig = config;
    QVariantMap ev;
    ev.insert(QStringLiteral("path"), config.path);
    ev.insert(QStringLiteral("exists"), config.exists);

    if (config.credsStoreIsPlatformDefault)
        ev.insert(QStringLiteral("platformDefaultStore"), config.credsStore);
    if (!config.exists) {
        facts.dockerConfigRead = true; // nothing to read: Docker uses its defaults (no logins in a file)
        finish(ProbeStatus::Pass,
               config.credsStoreIsPlatformDefault
                   ? msg(QT_TR_NOOP("There is no Docker config at %1, so Docker keeps logins in its default credential store "
                                    "for this system, \"%2\".")).arg(config.path, config.credsStore)
                   : msg(QT_TR_NOOP("There is no Docker config yet at %1 (nobody has logged in with docker on this account)."))
                         .arg(config.path),
               ev);
        return;
    }
    ev.insert(QStringLiteral("sizeBytes"), config.sizeBytes);

    if (!config.ok) {
        ev.insert(QStringLiteral("problem"), config.problem);
        if (empty) {
            // The Docker CLI accepts an empty file and treats it as no settings.
            facts.dockerConfigRead = true;
            finish(ProbeStatus::Warn,
                   msg(QT_TR_NOOP("The Docker config file %1 is empty. Docker treats it as having no settings and no saved "
                      "logins.")).arg(config.path),
                   ev);
            return;
        }
        facts.dockerConfigRead = false;
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the "
                  "file, then log in again.")).arg(config.path, config.problem),
               ev);
        return;
    }
    facts.dockerConfigRead = true;

    if (!config.credsStore.isEmpty())
        ev.insert(QStringLiteral("credsStore"), config.credsStore);
    ev.insert(QStringLiteral("credHelperCount"), config.credHelpers.size());
    ev.insert(QStringLiteral("authsCount"), config.auths.size());

    const RegistryReference &ref = m_ctx->reference;
    if (!ref.isUsable()) {
        finish(ProbeStatus::Pass,
               msg(QT_TR_NOOP("Docker's config file %1 was read. Without a usable registry name, nothing in it was looked up."))
                   .arg(config.path),
               ev);
        return;
    }

    const QString server = ref.loginServer;
    ev.insert(QStringLiteral("server"), server);
    QString credHelper;
    for (auto it = config.credHelpers.cbegin(); it != config.credHelpers.cend(); ++it)
        if (normaliseServerKey(it.key()) == server)
            credHelper = it.value();
    if (!credHelper.isEmpty())
        ev.insert(QStringLiteral("credHelper"), credHelper);
    const QString helper = config.helperFor(server);
    ev.insert(QStringLiteral("helper"), helper);

    const DockerAuthEntry *entry = config.authFor(server);
    ev.insert(QStringLiteral("authsHasServer"), entry != nullptr);
    if (entry) {
        ev.insert(QStringLiteral("authsKey"), entry->serverKey);
        ev.insert(QStringLiteral("username"), entry->username);
        ev.insert(QStringLiteral("hasPassword"), !entry->password.isEmpty());
        ev.insert(QStringLiteral("hasIdentityToken"), !entry->identityToken.isEmpty());
        ev.insert(QStringLiteral("authMalformed"), entry->authMalformed);
    } else {
        ev.insert(QStringLiteral("hasPassword"), false);
        ev.insert(QStringLiteral("hasIdentityToken"), false);
    }

    if (entry && entry->authMalformed && helper.isEmpty()) {
        finish(ProbeStatus::Warn,
               msg(QT_TR_NOOP("Docker's config file %1 has an entry for %2, but its saved login is damaged (the \"auth\" value "
                  "is not a readable user name and password). Log in again.")).arg(config.path, server),
               ev);
        return;
    }

    Message where;
    if (!credHelper.isEmpty())
        where = msg(QT_TR_NOOP("Docker keeps the login for %1 in the credential helper \"%2\" (credHelpers).")).arg(server, credHelper);
    else if (config.credsStoreIsPlatformDefault)
        where = msg(QT_TR_NOOP("The file names no credential store, so Docker keeps logins in its default store for this "
                               "system, \"%1\".")).arg(helper);
    else if (!helper.isEmpty())
        where = msg(QT_TR_NOOP("Docker keeps logins in the credential store \"%1\" (credsStore).")).arg(helper);
    else if (entry && (!entry->password.isEmpty() || !entry->identityToken.isEmpty()))
        where = msg(QT_TR_NOOP("The file itself holds a login for %1.")).arg(server);
    else
        where = msg(QT_TR_NOOP("The file holds no login for %1.")).arg(server);
    finish(ProbeStatus::Pass, msg(QT_TR_NOOP("Docker's config file %1 was read. %2")).arg(config.path, where), ev);
}

} // namespace rd
