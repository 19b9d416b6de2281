#include "credential_store_probe.h"
#include "printable_text.h"
#include "check_context.h"
#include "docker/credential_helper_output.h"
#include "docker/docker_config.h"
#include "docker/pass_store.h"
#include "process_runner.h"
#include "local_probe_support.h"
#include <QDir>

namespace rd {

QString CredentialStoreProbe::title() const
{
    return titleFor(m_ctx ? m_ctx->options.client : RegistryClient::Docker);
}

QString CredentialStoreProbe::titleFor(RegistryClient client) const
{
    if (client == RegistryClient::Docker)
        return tr("Docker's stored login");
    //: %1 is the client: Podman or Helm.
    return tr("%1's stored login").arg(registryClientTitle(client));
}

void CredentialStoreProbe::finish(ProbeStatus status, const Message &detail, QVariantMap evidence)
{
    // Which client's store this was, as the configuration probe says it (the title follows it).
    if (!docker())
        evidence.insert(QStringLiteral("client"), registryClientName(m_ctx->options.client));
    Probe::finish(status, detail, evidence);
}

bool CredentialStoreProbe::docker() const
{
    return m_ctx->options.client == RegistryClient::Docker;
}

QString CredentialStoreProbe::client() const
{
    return registryClientTitle(m_ctx->options.client);
}

QString CredentialStoreProbe::helperServerKey(const QString &loginServer)
{
    if (loginServer == QLatin1String("docker.io") || loginServer == QLatin1String("index.docker.io")
        || loginServer == QLatin1String("registry-1.docker.io"))
        return QStringLiteral("https://index.docker.io/v1/");
    return loginServer;
}

void CredentialStoreProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    Facts &facts = ctx.facts;
    facts.stored = CredentialFacts();
    facts.helperFailed = false;
    facts.helperProblem.clear();
    facts.helperProgram.clear();
    facts.storeBreakage = Facts::StoreBreakage::Other;
    facts.passStoreDir.clear();
    facts.passKeyIds.clear();
    m_asked.clear();

    if (!ctx.reference.isUsable()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Without a usable registry name there is nothing to look up in Docker's store.")));
        return;
    }
    if (!ctx.has(ProbeId::DockerConfig)) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Docker's configuration was not checked, so its stored login was not looked up.")));
        return;
    }
    if (!facts.dockerConfigRead) {
        QVariantMap ev;
        ev.insert(QStringLiteral("path"), facts.dockerConfig.path);
        finish(ProbeStatus::Skip,
               docker() ? msg(QT_TR_NOOP("Docker's config file could not be read, so what Docker has stored for this registry is unknown."))
                        : msg(QT_TR_NOOP("%1's login file could not be read, so what %1 has stored for this registry is unknown.")).arg(client()),
               ev);
        return;
    }

    lookUp();
}

// The store in facts.dockerConfig: its helper, else its file.
void CredentialStoreProbe::lookUp()
{
    CheckContext &ctx = *m_ctx;
    const QString server = ctx.reference.loginServer;
    const DockerConfig &config = ctx.facts.dockerConfig;
    m_helper = config.helperFor(server);
    if (m_helper.isEmpty()) {
        readFromFile();
        return;
    }
    m_fromCredHelpers = false;
    for (auto it = config.credHelpers.cbegin(); it != config.credHelpers.cend(); ++it)
        if (normaliseServerKey(it.key()) == server && it.value() == m_helper)
            m_fromCredHelpers = true;
    if (!isCredentialHelperName(m_helper)) {
        // Never joined to a path and run: "../../tmp/x" would be a program anywhere on disk.
        const QString configKey = m_fromCredHelpers ? QStringLiteral("credHelpers") : QStringLiteral("credsStore");
        const QString shown = printableText(m_helper, 100);
        m_helper = shown;
        QVariantMap ev;
        ev.insert(QStringLiteral("helper"), shown);
        ev.insert(QStringLiteral("configKey"), configKey);
        helperFailed(QStringLiteral("\"%1\" is not a credential helper name").arg(shown),
                     msg(QT_TR_NOOP("Docker's config names the credential store \"%1\" (%2), which is not a program name (only "
                        "letters, digits, '.', '_' and '-'). It was not run. Correct or remove it in %3, then log in again."))
                         .arg(shown, configKey, config.path),
                     ev);
        return;
    }
    m_program = QStringLiteral("docker-credential-") + m_helper;
    m_effectiveTimeoutMs = processTimeoutWithin(m_processTimeoutMs, timeoutMs(ctx));

    m_process = new ProcessRunner(this);
    m_process->setTimeoutMs(m_effectiveTimeoutMs);
    m_process->setOutputCap(64 * 1024);
    connect(m_process, &ProcessRunner::finished, this, &CredentialStoreProbe::onHelperFinished);
    // Exactly as Docker asks: the server address on stdin, no newline; nothing else.
    m_process->start(m_program, {QStringLiteral("get")}, helperServerKey(server).toUtf8());
}

void CredentialStoreProbe::cancel()
{
    for (ProcessRunner *p : {m_process.data(), m_gpg.data()})
        if (p) {
            p->disconnect(this);
            p->kill();
        }
}

bool CredentialStoreProbe::askNextStore()
{
    Facts &facts = m_ctx->facts;
    if (facts.credentialFallbacks.isEmpty())
        return false;
    const QString helper = facts.dockerConfig.helperFor(m_ctx->reference.loginServer);
    m_asked << (helper.isEmpty() ? facts.dockerConfig.path : QStringLiteral("docker-credential-") + helper);
    facts.dockerConfig = facts.credentialFallbacks.takeFirst();
    facts.stored = CredentialFacts();
    lookUp();
    return true;
}

void CredentialStoreProbe::readFromFile()
{
    Facts &facts = m_ctx->facts;
    const QString server = m_ctx->reference.loginServer;
    QVariantMap ev;
    ev.insert(QStringLiteral("helper"), QString());
    ev.insert(QStringLiteral("path"), facts.dockerConfig.path);
    if (!m_asked.isEmpty())
        ev.insert(QStringLiteral("askedBefore"), m_asked);

    const DockerAuthEntry *entry = facts.dockerConfig.authFor(server);
    const bool hasToken = entry && !entry->identityToken.isEmpty();
    const bool hasPassword = entry && !entry->password.isEmpty();
    if (!hasToken && !hasPassword) {
        if ((!entry || !entry->authMalformed) && askNextStore())
            return;
        ev.insert(QStringLiteral("source"), credentialSourceName(CredentialFacts::Source::None));
        ev.insert(QStringLiteral("hasSecret"), false);
        ev.insert(QStringLiteral("isIdentityToken"), false);
        if (entry)
            ev.insert(QStringLiteral("authMalformed"), entry->authMalformed);
        finish(ProbeStatus::Warn,
               entry && entry->authMalformed
                   //: %1 is the client (Docker, Podman, Helm), %2 the registry.
                   ? msg(QT_TR_NOOP("%1's login file has an entry for %2, but its saved login is damaged, so %1 has "
                        "nothing usable stored for this registry.")).arg(client(), server)
                   : m_ctx->options.client == RegistryClient::Helm
                   ? msg(QT_TR_NOOP("Helm has nothing stored for this registry (%1): neither its registry config nor Docker's "
                                    "config holds a login for it, and no credential store they name has one.")).arg(server)
                   : m_ctx->options.client == RegistryClient::Podman
                   ? msg(QT_TR_NOOP("Podman has nothing stored for this registry (%1): none of its login files holds a login "
                                    "for it.")).arg(server)
                   : msg(QT_TR_NOOP("Docker has nothing stored for this registry (%1): no credential store is set and the "
                        "config file holds no login for it.")).arg(server),
               ev);
        return;
    }

    CredentialFacts stored;
    stored.source = CredentialFacts::Source::DockerFile;
    if (hasToken) {
        stored.isIdentityToken = true;
        stored.secret = entry->identityToken;
        stored.username = (entry->username.isEmpty() || entry->username == QLatin1String("<token>"))
                              ? nullGuidUser()
                              : entry->username;
    } else {
        stored.secret = entry->password;
        stored.username = entry->username;
    }
    facts.stored = stored;
    ev.insert(QStringLiteral("source"), credentialSourceName(stored.source));
    ev.insert(QStringLiteral("username"), stored.username);
    ev.insert(QStringLiteral("isIdentityToken"), stored.isIdentityToken);
    ev.insert(QStringLiteral("hasSecret"), true);
    ev.insert(QStringLiteral("authsKey"), entry->serverKey);
    if (!docker()) {
        finish(ProbeStatus::Pass,
               stored.isIdentityToken
                   ? msg(QT_TR_NOOP("%3 reads an identity token for %1 (user %2) from %4.")).arg(server, stored.username, client(), facts.dockerConfig.path)
                   : msg(QT_TR_NOOP("%3 reads a user name and password for %1 (user %2) from %4.")).arg(server, stored.username, client(), facts.dockerConfig.path),
               ev);
        return;
    }
    finish(ProbeStatus::Pass,
           stored.isIdentityToken
               ? msg(QT_TR_NOOP("Docker's config file holds an identity token for %1 (user %2), as left by az acr login."))
                     .arg(server, stored.username)
               : msg(QT_TR_NOOP("Docker's config file holds a user name and password for %1 (user %2).")).arg(server, stored.username),
           ev);
}

void CredentialStoreProbe::helperFailed(const QString &problem, const Message &detail, QVariantMap ev)
{
    Facts &facts = m_ctx->facts;
    facts.helperFailed = true;
    facts.helperProblem = problem;
    facts.helperProgram = m_program;
    ev.insert(QStringLiteral("problem"), QStringLiteral("credential-store-failing"));
    ev.insert(QStringLiteral("helperProblem"), problem);
    finish(ProbeStatus::Fail, detail, ev);
}

void CredentialStoreProbe::onHelperFinished(const ProcessOutcome &o)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    Facts &facts = m_ctx->facts;
    const QString server = m_ctx->reference.loginServer;
    const CredentialFacts::Source source =
        m_fromCredHelpers ? CredentialFacts::Source::CredHelper : CredentialFacts::Source::CredsStore;
    const QString configKey = m_fromCredHelpers ? QStringLiteral("credHelpers") : QStringLiteral("credsStore");

    QVariantMap ev;
    ev.insert(QStringLiteral("source"), credentialSourceName(source));
    ev.insert(QStringLiteral("helper"), m_helper);
    ev.insert(QStringLiteral("helperProgram"), m_program);
    ev.insert(QStringLiteral("configKey"), configKey);
    ev.insert(QStringLiteral("serverKey"), helperServerKey(server));
    ev.insert(QStringLiteral("hasSecret"), false);
    ev.insert(QStringLiteral("isIdentityToken"), false);
    if (!m_asked.isEmpty())
        ev.insert(QStringLiteral("askedBefore"), m_asked);

    if (!o.found) {
        helperFailed(QStringLiteral("%1 is not installed (not found on PATH)").arg(m_program),
                     docker() ? msg(QT_TR_NOOP("Docker's config names the credential store \"%1\" (%2), but its program %3 is not "
                                   "installed. Docker cannot save or read logins for this registry: install it, or remove "
                                   "\"%1\" from %2 in %4 and log in again."))
                                    .arg(m_helper, configKey, m_program, facts.dockerConfig.path)
                              : msg(QT_TR_NOOP("%4 names the credential store \"%1\" (%2), but its program %3 is not installed. %5 "
                                   "cannot save or read logins for this registry: install it, or remove \"%1\" from %2 in %4 "
                                   "and log in again."))
                                    .arg(m_helper, configKey, m_program, facts.dockerConfig.path, client()),
                     ev);
        return;
    }
    ev.insert(QStringLiteral("helperPath"), o.program);
    ev.insert(QStringLiteral("exitCode"), o.exitCode);
    if (!o.started) {
        helperFailed(QStringLiteral("%1 could not be started: %2").arg(m_program, o.startError),
                     msg(QT_TR_NOOP("The credential helper %1 could not be started: %2")).arg(o.program, o.startError), ev);
        return;
    }
    if (o.timedOut) {
        ev.insert(QStringLiteral("timedOut"), true);
        const int seconds = (m_effectiveTimeoutMs + 999) / 1000;
        helperFailed(QStringLiteral("%1 did not answer within %2 ms").arg(m_program).arg(m_effectiveTimeoutMs),
                     docker() ? msg(QT_TR_N_NOOP("The credential helper %1 did not answer within %n second(s). Docker waits for it on every "
                                   "login, push and pull; it may be waiting for an unlock prompt or be stuck."), seconds)
                                    .arg(m_program)
                              : msg(QT_TR_N_NOOP("The credential helper %1 did not answer within %n second(s). %2 waits for it on every "
                                   "login, push and pull; it may be waiting for an unlock prompt or be stuck."), seconds)
                                    .arg(m_program, client()),
                     ev);
        return;
    }
    if (o.crashed) {
        ev.insert(QStringLiteral("crashed"), true);
        helperFailed(QStringLiteral("%1 crashed").arg(m_program),
                     docker() ? msg(QT_TR_NOOP("The credential helper %1 crashed when Docker's login for %2 was asked for.")).arg(m_program, server)
                              : msg(QT_TR_NOOP("The credential helper %1 crashed when %3's login for %2 was asked for.")).arg(m_program, server, client()),
                     ev);
        return;
    }

    const HelperCredential cred = parseCredentialHelperGet(o.out, o.exitCode);
    // Helm (oras-go) takes "not found", or an answer with neither user name nor secret, as no login
    // there and asks the next store (docker-credential-pass answers so for a pass store never set
    // up, too: reading does not fail).
    const bool nothing = cred.outcome == HelperCredential::Outcome::NotFound
                         || (cred.outcome == HelperCredential::Outcome::Found && cred.username.isEmpty() && cred.secret.isEmpty());
    if (nothing && askNextStore())
        return;
    if (m_helper == QLatin1String("pass") && checkPassStore(cred, o, ev))
        return;
    interpret(cred, o, ev);
}

bool CredentialStoreProbe::checkPassStore(const HelperCredential &cred, const ProcessOutcome &o, const QVariantMap &ev)
{
    // Everything but a usable login may come from pass itself: "not found" (or an empty login from
    // helpers before 0.7) for a store never set up, an error when the key cannot decrypt.
    const bool usable = cred.outcome == HelperCredential::Outcome::Found && !cred.secret.isEmpty();
    if (usable || cred.outcome == HelperCredential::Outcome::Garbage)
        return false;
    Facts &facts = m_ctx->facts;
    const QString dir = passStoreDir();
    const QStringList ids = passStoreKeyIds(dir);
    facts.passStoreDir = QDir::toNativeSeparators(dir);
    facts.passKeyIds = ids;
    QVariantMap passEv = ev;
    passEv.insert(QStringLiteral("passStoreDir"), facts.passStoreDir);
    if (ids.isEmpty()) {
        facts.storeBreakage = Facts::StoreBreakage::PassNotInitialised;
        helperFailed(QStringLiteral("pass store not initialised (%1 has no .gpg-id)").arg(facts.passStoreDir),
                     docker() ? msg(QT_TR_NOOP("Docker keeps logins with pass, but pass has not been set up on this account (%1 has no "
                                   ".gpg-id file). Nothing can be read from it, and docker login fails with \"pass not "
                                   "initialized\" until it is set up.")).arg(facts.passStoreDir)
                              : msg(QT_TR_NOOP("%2 keeps logins with pass, but pass has not been set up on this account (%1 has no "
                                   ".gpg-id file). Nothing can be read from it, and %3 fails with \"pass not initialized\" "
                                   "until it is set up.")).arg(facts.passStoreDir, client(), registryClientLoginCommand(m_ctx->options.client)),
                     passEv);
        return true;
    }
    passEv.insert(QStringLiteral("passKeyIds"), ids);
    // Is the key the store encrypts to here? gpg lists its keygrips without starting its agent, and
    // GnuPG keeps each secret key in a file named after its keygrip.
    m_gpg = new ProcessRunner(this);
    m_gpg->setTimeoutMs(qMin(5000, m_effectiveTimeoutMs));
    m_gpg->setOutputCap(64 * 1024);
    const HelperCredential kept = cred;
    const ProcessOutcome keptOutcome = o;
    connect(m_gpg, &ProcessRunner::finished, this, [this, kept, keptOutcome, passEv](const ProcessOutcome &g) {
        m_gpg->disconnect(this);
        m_gpg->deleteLater();
        Facts &facts = m_ctx->facts;
        const QStringList grips = keygripsFromGpgColons(g.out);
        if (g.found && !g.timedOut && (grips.isEmpty() || !secretKeyPresent(gnupgHomeDir(), grips))) {
            facts.storeBreakage = Facts::StoreBreakage::PassKeyMissing;
            helperFailed(QStringLiteral("pass store key %1 has no secret key here").arg(facts.passKeyIds.first()),
                         docker() ? msg(QT_TR_NOOP("Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that "
                                       "key's secret part is not on this computer. pass cannot decrypt what it holds, so Docker "
                                       "cannot read or save logins.")).arg(facts.passStoreDir, facts.passKeyIds.first())
                                  : msg(QT_TR_NOOP("%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that "
                                       "key's secret part is not on this computer. pass cannot decrypt what it holds, so %3 "
                                       "cannot read or save logins.")).arg(facts.passStoreDir, facts.passKeyIds.first(), client()),
                         passEv);
            return;
        }
        interpret(kept, keptOutcome, passEv);
    });
    m_gpg->start(QStringLiteral("gpg"), {QStringLiteral("--batch"), QStringLiteral("--no-autostart"),
                                         QStringLiteral("--with-colons"), QStringLiteral("--with-keygrip"),
                                         QStringLiteral("--list-keys"), QStringLiteral("--"), ids.first()});
    return true;
}

void CredentialStoreProbe::interpret(const HelperCredential &cred, const ProcessOutcome &o, QVariantMap ev)
{
    Facts &facts = m_ctx->facts;
    const QString server = m_ctx->reference.loginServer;
    const CredentialFacts::Source source =
        m_fromCredHelpers ? CredentialFacts::Source::CredHelper : CredentialFacts::Source::CredsStore;
    switch (cred.outcome) {
    case HelperCredential::Outcome::Found: {
        CredentialFacts stored;
        stored.source = source;
        stored.helper = m_helper;
        stored.isIdentityToken = cred.isIdentityToken();
        stored.username = stored.isIdentityToken ? nullGuidUser() : cred.username;
        stored.secret = cred.secret;
        facts.stored = stored;
        ev.insert(QStringLiteral("username"), stored.username);
        ev.insert(QStringLiteral("isIdentityToken"), stored.isIdentityToken);
        ev.insert(QStringLiteral("hasSecret"), !stored.secret.isEmpty());
        if (stored.secret.isEmpty()) {
            finish(ProbeStatus::Warn,
                   msg(QT_TR_NOOP("The credential store \"%1\" has an entry for %2 (user %3), but it holds no password or token."))
                       .arg(m_helper, server, stored.username),
                   ev);
            return;
        }
        finish(ProbeStatus::Pass,
               stored.isIdentityToken
                   ? msg(QT_TR_NOOP("The credential store \"%1\" holds an identity token for %2 (user %3), as left by az acr "
                        "login.")).arg(m_helper, server, stored.username)
                   : msg(QT_TR_NOOP("The credential store \"%1\" holds a user name and password for %2 (user %3)."))
                         .arg(m_helper, server, stored.username),
               ev);
        return;
    }
    case HelperCredential::Outcome::NotFound:
        facts.stored = CredentialFacts();
        facts.stored.helper = m_helper;
        ev.insert(QStringLiteral("source"), credentialSourceName(CredentialFacts::Source::None));
        finish(ProbeStatus::Warn,
               docker() ? msg(QT_TR_NOOP("The credential store \"%1\" has nothing saved for this registry (%2): nobody has logged in to it "
                             "with docker on this account, or the login was removed.")).arg(m_helper, server)
                        : msg(QT_TR_NOOP("The credential store \"%1\" has nothing saved for this registry (%2): nobody has signed in to it "
                             "with %3 on this account, or the login was removed.")).arg(m_helper, server, registryClientLoginCommand(m_ctx->options.client)),
               ev);
        return;
    case HelperCredential::Outcome::Error: {
        QString words = cred.message;
        if (words.startsWith(QLatin1Char('{')))
            words.clear(); // looks like structured output; never echo it (it could hold a secret)
        if (words.isEmpty())
            words = firstPrintableLine(o.err);
        if (!words.isEmpty())
            ev.insert(QStringLiteral("helperMessage"), words);
        // secretservice talks to the desktop's keyring over D-Bus; over SSH or on a server there is none.
        if (m_helper == QLatin1String("secretservice")
            && (words.contains(QLatin1String("D-Bus")) || words.contains(QLatin1String("dbus"), Qt::CaseInsensitive))) {
            facts.storeBreakage = Facts::StoreBreakage::NoDesktopSession;
            helperFailed(QStringLiteral("%1 get failed: no D-Bus session (%2)").arg(m_program, words),
                         docker() ? msg(QT_TR_NOOP("Docker keeps logins with secretservice, the desktop's keyring, which needs a desktop "
                                       "session: %1 answered \"%2\". Over SSH, in a container or on a server there is none, so "
                                       "Docker cannot read or save logins.")).arg(m_program, words)
                                  : msg(QT_TR_NOOP("%3 keeps logins with secretservice, the desktop's keyring, which needs a desktop "
                                       "session: %1 answered \"%2\". Over SSH, in a container or on a server there is none, so "
                                       "%3 cannot read or save logins.")).arg(m_program, words, client()),
                         ev);
            return;
        }
        helperFailed(QStringLiteral("%1 get failed (exit code %2): %3").arg(m_program).arg(o.exitCode).arg(words),
                     words.isEmpty()
                         ? (docker() ? msg(QT_TR_NOOP("The credential store \"%1\" fails: %2 printed nothing and ended with exit code %3. "
                                          "Docker cannot read or save logins for this registry while it fails."))
                                           .arg(m_helper, m_program)
                                           .arg(o.exitCode)
                                     : msg(QT_TR_NOOP("The credential store \"%1\" fails: %2 printed nothing and ended with exit code %3. "
                                          "%4 cannot read or save logins for this registry while it fails."))
                                           .arg(m_helper, m_program)
                                           .arg(o.exitCode)
                                           .arg(client()))
                         : (docker() ? msg(QT_TR_NOOP("The credential store \"%1\" fails: %2 answered \"%3\" (exit code %4). Docker cannot read or "
                                          "save logins for this registry while it fails."))
                                           .arg(m_helper, m_program, words)
                                           .arg(o.exitCode)
                                     : msg(QT_TR_NOOP("The credential store \"%1\" fails: %2 answered \"%3\" (exit code %4). %5 cannot read or "
                                          "save logins for this registry while it fails."))
                                           .arg(m_helper, m_program, words)
                                           .arg(o.exitCode)
                                           .arg(client())),
                     ev);
        return;
    }
    case HelperCredential::Outcome::Garbage:
        // Do not echo what it printed: it may be half of a credential.
        ev.insert(QStringLiteral("outputBytes"), o.out.size());
        helperFailed(QStringLiteral("%1 get printed %2 bytes that are not a credential (exit code %3)")
                         .arg(m_program)
                         .arg(o.out.size())
                         .arg(o.exitCode),
                     docker() ? msg(QT_TR_N_NOOP("The credential store \"%1\" answered with something that is not a credential, so Docker "
                                   "cannot use it (%2 printed %n byte(s) of unreadable output)."), int(o.out.size()))
                                    .arg(m_helper, m_program)
                              : msg(QT_TR_N_NOOP("The credential store \"%1\" answered with something that is not a credential, so %3 "
                                   "cannot use it (%2 printed %n byte(s) of unreadable output)."), int(o.out.size()))
                                    .arg(m_helper, m_program, client()),
                     ev);
        return;
    }
}

} // namespace rd
