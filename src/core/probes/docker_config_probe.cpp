#include "docker_config_probe.h"
#include "check_context.h"
#include "docker/containers_auth.h"
#include "docker/helm_registry_config.h"
#include "docker/docker_config.h"
#include "process_runner.h"
#include <QDir>
#include <QProcessEnvironment>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

namespace {

// Where the client's login files are: this computer's, or the home folder a practice scenario
// gives, seen without this computer's settings and without any helper program installed.
struct LoginFiles
{
    QProcessEnvironment env;
    QString home;
    std::function<bool(const QString &program)> installed;
    QString dockerFile; // Docker's config.json
};

LoginFiles loginFiles(const CheckContext &ctx)
{
    LoginFiles f;
    if (ctx.options.homeFolder.isEmpty()) {
        f.env = QProcessEnvironment::systemEnvironment();
        f.home = QDir::homePath();
        f.installed = [](const QString &program) { return !ProcessRunner::findProgram(program).isEmpty(); };
        f.dockerFile = dockerConfigPath();
        return f;
    }
    f.home = ctx.options.homeFolder;
    const QDir home(f.home);
    // The variables whose absence would send Podman and Helm to folders outside the home folder.
    f.env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral(".run")));
    f.env.insert(QStringLiteral("APPDATA"), home.filePath(QStringLiteral("AppData/Roaming")));
    f.installed = [](const QString &) { return false; };
    f.dockerFile = QDir::toNativeSeparators(home.filePath(QStringLiteral(".docker/config.json")));
    return f;
}

} // namespace

QString DockerConfigProbe::title() const
{
    return titleFor(m_ctx ? m_ctx->options.client : RegistryClient::Docker);
}

QString DockerConfigProbe::titleFor(RegistryClient client) const
{
    if (client == RegistryClient::Docker)
        return tr("Docker configuration");
    //: %1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker's).
    return tr("%1's login files").arg(registryClientTitle(client));
}

// One read at a time, on a worker thread; its result goes to `done` unless the probe was cancelled.
template <typename T>
void DockerConfigProbe::readInBackground(QFuture<T> future, void (DockerConfigProbe::*done)(const T &))
{
    auto *watcher = new QFutureWatcher<T>(this);
    m_reading = watcher;
    connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, done] {
        watcher->disconnect(this);
        const T result = watcher->result();
        watcher->deleteLater();
        (this->*done)(result);
    });
    watcher->setFuture(future);
}

void DockerConfigProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    const LoginFiles where = loginFiles(ctx);
    if (ctx.options.client == RegistryClient::Podman && ctx.reference.isUsable()) {
        const QVector<ContainersAuthFile> files = containersAuthFiles(where.env, where.home);
        const QString registry = ctx.reference.loginServer, repository = ctx.options.repository;
        readInBackground(QtConcurrent::run([files, registry, repository] { return findContainersLogin(files, registry, repository); }),
                         &DockerConfigProbe::onContainersRead);
        return;
    }
    if (ctx.options.client == RegistryClient::Helm && ctx.reference.isUsable()) {
        const QString helmFile = helmRegistryConfigPath(where.env, where.home);
        const QString dockerFile = m_pathOverride.isEmpty() ? helmDockerConfigPath(where.env, where.home) : m_pathOverride;
        const QString registry = ctx.reference.loginServer;
        const auto installed = where.installed;
        readInBackground(QtConcurrent::run([helmFile, dockerFile, registry, installed] {
                             return findHelmLogin(helmFile, dockerFile, registry, installed);
                         }),
                         &DockerConfigProbe::onHelmRead);
        return;
    }
    const QString path = m_pathOverride.isEmpty() ? where.dockerFile : m_pathOverride;
    m_installed = where.installed;
    readInBackground(QtConcurrent::run([path] { return readDockerConfig(path); }), &DockerConfigProbe::onRead);
}

void DockerConfigProbe::cancel()
{
    // A read finishes on its own (bounded by the 4 MiB cap); its result is dropped.
    if (m_reading) {
        m_reading->disconnect(this);
        m_reading->deleteLater();
        m_reading = nullptr;
    }
}

// Helm's view: its own registry config, then Docker's; the first store with a login decides, and a
// credential helper without one passes on to the next (the credential store probe asks them).
void DockerConfigProbe::onHelmRead(const HelmLogin &login)
{
    Facts &facts = m_ctx->facts;
    const QString server = m_ctx->reference.loginServer;
    QVariantMap ev;
    ev.insert(QStringLiteral("client"), registryClientName(RegistryClient::Helm));
    ev.insert(QStringLiteral("searched"), QStringList{login.helmFile, login.dockerFile});
    ev.insert(QStringLiteral("path"), login.helmFile);
    ev.insert(QStringLiteral("server"), server);
    ev.insert(QStringLiteral("serverKey"), login.serverKey);
    facts.credentialFallbacks.clear();
    if (!login.problem.isEmpty()) {
        ev.insert(QStringLiteral("problem"), login.problem);
        facts.dockerConfig = DockerConfig();
        facts.dockerConfig.path = login.helmFile;
        facts.dockerConfig.exists = true;
        facts.dockerConfig.problem = login.problem;
        facts.dockerConfigRead = false;
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops "
                              "with an error there. Fix or remove the file, then sign in again with helm registry login."))
                   .arg(login.helmFile, login.problem),
               ev);
        return;
    }
    facts.dockerConfigRead = true;
    if (!login.dockerSkipped.isEmpty())
        ev.insert(QStringLiteral("dockerSkipped"), login.dockerSkipped);
    QStringList order;
    for (const HelmStore &store : login.stores) {
        const QString helper = store.config.helperFor(server);
        order << (helper.isEmpty() ? store.file : QStringLiteral("docker-credential-") + helper);
    }
    ev.insert(QStringLiteral("stores"), order);
    if (login.stores.isEmpty()) {
        facts.dockerConfig = DockerConfig();
        facts.dockerConfig.path = login.helmFile;
        facts.dockerConfig.ok = true;
        ev.insert(QStringLiteral("helper"), QString());
        finish(ProbeStatus::Pass,
               login.dockerSkipped.isEmpty()
                   ? msg(QT_TR_NOOP("Neither Helm's registry config %1 nor Docker's config %2 has a login for %3, and neither "
                                    "names a credential store for it.")).arg(login.helmFile, login.dockerFile, server)
                   : msg(QT_TR_NOOP("Helm's registry config %1 has no login for %2, and Helm skips Docker's config %3, which it "
                                    "cannot read (%4).")).arg(login.helmFile, server, login.dockerFile, login.dockerSkipped),
               ev);
        return;
    }
    facts.dockerConfig = login.stores.first().config;
    for (int i = 1; i < login.stores.size(); ++i)
        facts.credentialFallbacks << login.stores.at(i).config;
    ev.insert(QStringLiteral("helper"), facts.dockerConfig.helperFor(server));
    finish(ProbeStatus::Pass,
           msg(QT_TR_NOOP("Helm reads logins from its registry config %1, then from Docker's config %2. For %3 it asks, in "
                          "this order, until one has a login: %4.")).arg(login.helmFile, login.dockerFile, server, order.join(QStringLiteral(", "))),
           ev);
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

void DockerConfigProbe::onRead(const DockerConfig &read)
{
    DockerConfig config = read;
    Facts &facts = m_ctx->facts;
    // Only a file that was read and held nothing (a FIFO or a device has size 0 too).
    const bool empty = config.exists && !config.ok && config.problem == QLatin1String("empty file");
    if (!config.exists || empty || config.ok)
        applyPlatformDefaultStore(config, m_installed);
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
               //: %1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.
               msg(QT_TR_NOOP("%1's login file %2 has an entry for %3, but its saved login is damaged (the \"auth\" value "
                  "is not a readable user name and password). Log in again.")).arg(registryClientTitle(m_ctx->options.client), config.path, server),
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
