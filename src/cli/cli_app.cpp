#include "cli_app.h"
#include "client_detection.h"
#include "local_file.h"
#include "diagnosis/cause_catalog.h"
#include "diagnosis/all_logins_check.h"
#include "diagnosis/check.h"
#include "diagnosis/error_text.h"
#include "diagnosis/plan.h"
#include "diagnosis/symptom_catalog.h"
#include "docker/saved_logins.h"
#include "docker/pull_secret.h"
#include "i18n/translations.h"
#include "printable_text.h"
#include "registry/registry_kind.h"
#include "time_text.h"
#include "practice/practice_registry.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "report/text_report.h"
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSocketNotifier>
#include <cstdio>
#include <functional>
#include <memory>
#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rd {

namespace {

const QStringList kFormatsCheck{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")};

QByteArray readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.read(1024 * 1024); // more than a megabyte of paste or password is not input
}

#ifdef Q_OS_UNIX
// SIGINT, SIGTERM and SIGHUP become a cancel of the check: the handler only writes a byte to a
// pipe, the event loop reads it and cancels, so every program the check started is stopped
// (with its process group) and the report of what ran is still written.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
    (void)written;
}

// Calls `cancel` when a stop signal arrives while the returned object lives.
std::unique_ptr<QSocketNotifier> cancelOnStopSignals(const std::function<void()> &cancel)
{
    if (g_signalPipe[0] < 0) {
        if (::pipe(g_signalPipe) != 0)
            return nullptr;
        for (int fd : g_signalPipe) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(sig, &sa, nullptr);
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, notifier.get(), [cancel] {
        char buffer[16];
        while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
        }
        cancel();
    });
    return notifier;
}
#endif

QString helpText()
{
    return CliApp::tr(
        "Usage:\n"
        "  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]\n"
        "      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]\n"
        "      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]\n"
        "  registry-doctor-cli check --practice SCENARIO [options as above]\n"
        "  registry-doctor-cli practice --list [--format json]\n"
        "  registry-doctor-cli symptoms [--format json] [--lang CODE]\n"
        "  registry-doctor-cli causes [--format json] [--lang CODE]\n"
        "  registry-doctor-cli explain [--format text|json] [--lang CODE]   (the error text on standard input)\n"
        "  registry-doctor-cli --version | --help\n"
        "\n"
        "Finds why signing in to a container registry fails and says how to fix it.\n"
        "Passwords and tokens are read only from standard input (--password-stdin) or from what Docker saved;\n"
        "never give them as arguments.\n"
        "\n"
        "Exit codes: 0 no problem found, 1 problems found, 2 bad usage or input, 3 the check could not run.\n");
}

} // namespace

CliApp::CliApp() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliApp::usageError(const QString &message)
{
    m_err << message << Qt::endl << tr("Run registry-doctor-cli --help for usage.") << Qt::endl;
    return BadUsage;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    const QList<QCommandLineOption> options{
        {QStringLiteral("username"), QString(), QStringLiteral("user")},
        QCommandLineOption(QStringLiteral("password-stdin")),
        {QStringLiteral("password"), QString(), QStringLiteral("secret")}, // refused, see below
        {QStringLiteral("repository"), QString(), QStringLiteral("repo")},
        {QStringLiteral("action"), QString(), QStringLiteral("action"), QStringLiteral("pull")},
        {QStringLiteral("symptom"), QString(), QStringLiteral("id")},
        {QStringLiteral("sign-in"), QString(), QStringLiteral("method"), QStringLiteral("auto")},
        {QStringLiteral("client"), QString(), QStringLiteral("client"), QStringLiteral("docker")},
        {QStringLiteral("ca-file"), QString(), QStringLiteral("pem")},
        {QStringLiteral("docker-config-json"), QString(), QStringLiteral("file")},
        {QStringLiteral("timeout"), QString(), QStringLiteral("seconds"), QStringLiteral("20")},
        {QStringLiteral("lang"), QString(), QStringLiteral("code")},
        {QStringLiteral("format"), QString(), QStringLiteral("format"), QStringLiteral("text")},
        {QStringLiteral("practice"), QString(), QStringLiteral("scenario")},
        QCommandLineOption(QStringLiteral("list")),
        QCommandLineOption(QStringLiteral("all")),
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
        QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")}),
    };
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    installTranslations(parser.value(QStringLiteral("lang")));

    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "registry-doctor-cli " << QStringLiteral(RD_VERSION) << Qt::endl;
        return NoProblem;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        (parser.isSet(QStringLiteral("help")) ? m_out : m_err) << helpText()
            << QLatin1Char('\n')
            << tr("Every registry Docker has a login for, at once:\n"
                  "  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]\n");
        return parser.isSet(QStringLiteral("help")) ? NoProblem : BadUsage;
    }
    if (parser.isSet(QStringLiteral("password")))
        return usageError(tr("Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin."));

    const QString format = parser.value(QStringLiteral("format"));
    const QString command = positional.first();
    if (command == QLatin1String("check"))
        return runCheck(parser, positional);
    if (positional.size() > 1)
        return usageError(tr("Unexpected argument: %1").arg(positional.at(1)));
    if (command == QLatin1String("symptoms"))
        return runSymptoms(format);
    if (command == QLatin1String("causes"))
        return runCauses(format);
    if (command == QLatin1String("explain"))
        return runExplain(format);
    if (command == QLatin1String("practice")) {
        if (!parser.isSet(QStringLiteral("list")))
            return usageError(tr("Use \"practice --list\" to see the scenarios, and \"check --practice SCENARIO\" to run one."));
        return runPracticeList(format);
    }
    return usageError(tr("Unknown command: %1").arg(command));
}

int CliApp::runCheck(QCommandLineParser &parser, const QStringList &positional)
{
    CheckOptions options;
    const QString practice = parser.value(QStringLiteral("practice"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (positional.size() > 2 || (all && (positional.size() > 1 || !practice.isEmpty())))
        return usageError(tr("Give one registry only."));
    if (positional.size() < 2 && practice.isEmpty() && !all)
        return usageError(tr("Which registry? Example: registry-doctor-cli check myregistry.azurecr.io"));
    if (positional.size() == 2)
        options.registryInput = positional.at(1);

    const QString format = parser.value(QStringLiteral("format"));
    if (!kFormatsCheck.contains(format))
        return usageError(tr("Unknown format \"%1\": use text, json or markdown.").arg(format));
    options.username = parser.value(QStringLiteral("username"));
    options.repository = parser.value(QStringLiteral("repository")).trimmed();
    options.action = parser.value(QStringLiteral("action"));
    if (options.action != QLatin1String("pull") && options.action != QLatin1String("push"))
        return usageError(tr("--action must be pull or push."));
    if (options.repository != options.repository.toLower() || options.repository.contains(QLatin1Char(' ')))
        return usageError(tr("Repository names are lowercase, without spaces: %1").arg(options.repository));
    if (!signInMethodFromName(parser.value(QStringLiteral("sign-in")), &options.signIn))
        return usageError(tr("Unknown sign-in method \"%1\": use auto, azure-cli, password, token, docker or azure-service.")
                              .arg(parser.value(QStringLiteral("sign-in"))));
    if (parser.value(QStringLiteral("client")) == QLatin1String("auto")) {
        // Say which client the verdict is for, and why; on stderr, so a JSON report stays clean.
        const ClientGuess guess = detectRegistryClient();
        options.client = guess.client;
        QString why;
        switch (guess.basis) {
        case ClientGuess::Basis::DockerFound: why = tr("Checking as Docker sees it (%1).").arg(guess.path); break;
        case ClientGuess::Basis::PodmanEmulation:
            why = tr("Checking as Podman sees it: %1 is Podman's Docker emulation.").arg(guess.path);
            break;
        case ClientGuess::Basis::OnlyPodman: why = tr("Checking as Podman sees it: there is no docker command, only %1.").arg(guess.path); break;
        case ClientGuess::Basis::OnlyHelm:
            why = tr("Checking as Helm sees it: there is no docker or podman command, only %1.").arg(guess.path);
            break;
        case ClientGuess::Basis::Neither: why = tr("Checking as Docker sees it: neither docker nor podman is installed."); break;
        }
        m_err << why << Qt::endl;
    } else if (!registryClientFromName(parser.value(QStringLiteral("client")), &options.client)) {
        return usageError(tr("Unknown client \"%1\": use docker, podman, helm or auto.").arg(parser.value(QStringLiteral("client"))));
    }
    for (const QString &s : parser.values(QStringLiteral("symptom"))) {
        if (!isKnownSymptom(s))
            return usageError(tr("Unknown symptom \"%1\". See registry-doctor-cli symptoms.").arg(s));
        options.symptoms << s;
    }
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600)
        return usageError(tr("--timeout takes a number of seconds between 1 and 600."));
    options.timeoutSeconds = timeout;
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString caFile = parser.value(QStringLiteral("ca-file"));
        const LocalFile f = readLocalFile(caFile, 4 * 1024 * 1024);
        if (!f.ok())
            return usageError(tr("Cannot read the certificate file %1: %2").arg(caFile, f.problem.isEmpty() ? tr("no such file") : f.problem));
        const auto certs = QSslCertificate::fromData(f.bytes, QSsl::Pem);
        if (certs.isEmpty())
            return usageError(tr("%1 holds no PEM certificate.").arg(caFile));
        options.extraCaCertificates = certs;
    }
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QByteArray secret = readAllStdin();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        // Empty is not a usage error: it is what a pipeline passes when its secret variable is not
        // set, and the check says so (ci-secret-missing) instead of signing in with nothing.
        options.password = Secret(secret);
        options.passwordGiven = true;
        std::fill(secret.begin(), secret.end(), '\0');
        if (options.username.isEmpty() && !practice.isEmpty())
            return usageError(tr("--password-stdin needs --username."));
    }

    if (parser.isSet(QStringLiteral("docker-config-json"))) {
        if (options.passwordGiven || !options.username.isEmpty())
            return usageError(tr("--docker-config-json gives the credentials: do not give --username or --password-stdin with it."));
        const QString file = parser.value(QStringLiteral("docker-config-json"));
        const LocalFile f = readLocalFile(file, 4 * 1024 * 1024);
        if (!f.ok())
            return usageError(tr("Cannot read the pull secret %1: %2").arg(file, f.problem.isEmpty() ? tr("no such file") : f.problem));
        const PullSecret secret = parsePullSecret(f.bytes);
        if (!secret.ok)
            return usageError(tr("Cannot read the pull secret %1: %2").arg(file, secret.problem));
        applyPullSecret(options, secret);
    }

    if (all)
        return executeAllLogins(options, format);
    if (practice.isEmpty())
        return executeCheck(options, format);

    if (!isPracticeScenario(practice))
        return usageError(tr("Unknown practice scenario \"%1\". See registry-doctor-cli practice --list.").arg(practice));
    PracticeRegistry registry;
    QString error;
    if (!registry.start(practice, &error)) {
        m_err << tr("The practice registry could not start: %1").arg(error) << Qt::endl;
        return CouldNotRun;
    }
    return executeCheck(registry.checkOptions(options), format);
}

int CliApp::executeCheck(const CheckOptions &options, const QString &format)
{
    Check check(options);
    if (!check.reference().isUsable()) {
        QStringList messages;
        for (const ReferenceFinding &f : check.reference().findings)
            messages << f.message;
        // The reference's input, not the typed text: a password in the text is masked there.
        return usageError(tr("\"%1\" is not a registry address. %2").arg(check.reference().input, messages.join(QLatin1Char(' '))));
    }
    QEventLoop loop;
    Diagnosis result;
    QObject::connect(&check, &Check::finished, &loop, [&](const Diagnosis &d) {
        result = d;
        loop.quit();
    });
    if (format == QLatin1String("text"))
        m_err << tr("Checking %1...").arg(check.reference().loginServer) << Qt::endl;
#ifdef Q_OS_UNIX
    const auto stopSignals = cancelOnStopSignals([&check] { check.cancel(); });
#endif
    check.start();
    if (check.isRunning())
        loop.exec();
    const Redactor redactor(check.context());
    if (format == QLatin1String("json"))
        m_out << QString::fromUtf8(writeJsonReport(result, redactor));
    else if (format == QLatin1String("markdown"))
        m_out << writeMarkdownReport(result, redactor);
    else
        m_out << writeTextReport(result, redactor);
    m_out.flush();
    if (m_out.status() != QTextStream::Ok) {
        // The diagnosis is lost (a full disk, a closed pipe): never exit as if it had been given.
        m_err << tr("The report could not be written to standard output.") << Qt::endl;
        return CouldNotRun;
    }
    if (result.cancelled)
        return CouldNotRun;
    return result.hasProblems() ? ProblemsFound : NoProblem;
}

int CliApp::executeAllLogins(const CheckOptions &options, const QString &format)
{
    if (format == QLatin1String("markdown"))
        return usageError(tr("Unknown format \"%1\": use text, json or markdown.").arg(format));
    const DockerConfig config = readDockerConfig(dockerConfigPath());
    const QStringList servers = savedLoginServers(config);
    if (servers.isEmpty()) {
        m_err << tr("No saved logins found in %1.").arg(config.path) << Qt::endl;
        if (format == QLatin1String("json"))
            m_out << "[]\n";
        return NoProblem;
    }
    if (format == QLatin1String("text"))
        m_err << tr("Checking the saved logins in %1...").arg(config.path) << Qt::endl;
    AllLoginsCheck all(options, servers);
    QEventLoop loop;
    QObject::connect(&all, &AllLoginsCheck::finished, &loop, &QEventLoop::quit);
#ifdef Q_OS_UNIX
    const auto stopSignals = cancelOnStopSignals([&all] { all.cancel(); });
#endif
    all.start();
    if (all.isRunning())
        loop.exec();

    bool problems = false;
    bool cancelled = false;
    QJsonArray rows;
    QStringList table;
    const QStringList header{tr("Registry"), tr("Kind"), tr("User"), tr("Sign-in"), tr("Expires")};
    QVector<QStringList> cells{header};
    for (int i = 0; i < all.results().size(); ++i) {
        const SavedLoginStatus &s = all.results().at(i);
        const Redactor redactor(all.checks().at(i)->context());
        problems = problems || s.diagnosis.hasProblems();
        cancelled = cancelled || s.diagnosis.cancelled;
        const std::optional<RegistryKind> kind = registryKindFromName(s.kind);
        QStringList causes;
        for (const Cause &c : s.diagnosis.causes)
            causes << c.id;
        if (format == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("server"), s.server},
                          {QStringLiteral("kind"), s.kind},
                          {QStringLiteral("user"), redactor.apply(s.user)},
                          {QStringLiteral("tested"), s.tested},
                          {QStringLiteral("works"), s.works},
                          {QStringLiteral("causes"), QJsonArray::fromStringList(causes)},
                          {QStringLiteral("report"), QJsonDocument::fromJson(writeJsonReport(s.diagnosis, redactor)).object()}};
            if (s.expiresAt)
                o.insert(QStringLiteral("expiresAt"), s.expiresAt->toUTC().toString(Qt::ISODate));
            rows.append(o);
            continue;
        }
        QString expires = QStringLiteral("-");
        if (s.expiresAt)
            expires = *s.expiresAt < QDateTime::currentDateTimeUtc() ? tr("%1 (expired)").arg(describeMoment(*s.expiresAt))
                                                                     : describeMoment(*s.expiresAt);
        cells << QStringList{s.server, registryKindTitle(kind.value_or(RegistryKind::Generic)),
                             s.user.isEmpty() ? QStringLiteral("-") : redactor.apply(s.user),
                             !s.tested ? tr("not tested") : s.works ? tr("works") : tr("fails"), expires};
        for (const Cause &c : s.diagnosis.causes)
            table << QStringLiteral("  %1: %2").arg(s.server, redactor.apply(c.title));
    }
    if (format == QLatin1String("json")) {
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        QVector<int> widths(header.size(), 0);
        for (const QStringList &row : std::as_const(cells))
            for (int c = 0; c < row.size(); ++c)
                widths[c] = qMax(widths[c], int(row.at(c).size()));
        for (const QStringList &row : std::as_const(cells)) {
            QString line;
            for (int c = 0; c < row.size(); ++c)
                line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
            m_out << withoutControlCharacters(line, false) << Qt::endl;
        }
        if (!table.isEmpty())
            m_out << Qt::endl << withoutControlCharacters(table.join(QLatin1Char('\n')), true) << Qt::endl;
    }
    m_out.flush();
    if (m_out.status() != QTextStream::Ok) {
        m_err << tr("The report could not be written to standard output.") << Qt::endl;
        return CouldNotRun;
    }
    if (cancelled)
        return CouldNotRun;
    return problems ? ProblemsFound : NoProblem;
}

int CliApp::runSymptoms(const QString &format)
{
    const auto symptoms = symptomCatalog();
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const Symptom &s : symptoms)
            arr.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
                                   {QStringLiteral("example"), s.example},
                                   {QStringLiteral("probes"), QJsonArray::fromStringList(withDependencies(s.probes))}});
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return NoProblem;
    }
    if (format != QLatin1String("text"))
        return usageError(tr("Unknown format \"%1\": use text or json.").arg(format));
    for (const Symptom &s : symptoms) {
        m_out << s.id << Qt::endl << "    " << s.title << Qt::endl;
        if (!s.example.isEmpty())
            m_out << "    " << s.example << Qt::endl;
    }
    return NoProblem;
}

int CliApp::runCauses(const QString &format)
{
    const auto causes = causeCatalog();
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const Cause &c : causes) {
            QJsonArray links;
            for (const DocLink &l : c.links)
                links.append(QJsonObject{{QStringLiteral("title"), l.title}, {QStringLiteral("url"), l.url}});
            arr.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("severity"), severityName(c.severity)},
                                   {QStringLiteral("title"), c.title}, {QStringLiteral("explanation"), c.explanation},
                                   {QStringLiteral("links"), links}});
        }
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return NoProblem;
    }
    if (format != QLatin1String("text"))
        return usageError(tr("Unknown format \"%1\": use text or json.").arg(format));
    for (const Cause &c : causes)
        m_out << c.id << Qt::endl << "    " << c.title << Qt::endl << "    " << c.explanation << Qt::endl;
    return NoProblem;
}

int CliApp::runExplain(const QString &format)
{
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(tr("Unknown format \"%1\": use text or json.").arg(format));
    // The whole paste, however long (a CI log puts its error last), read as it arrives.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return usageError(tr("Paste the error message on standard input, for example:\n  docker login myregistry.azurecr.io 2>&1 | registry-doctor-cli explain"));
    const Recognition r = recognizeErrorText(in);
    if (r.lines == 0)
        return usageError(tr("Paste the error message on standard input, for example:\n  docker login myregistry.azurecr.io 2>&1 | registry-doctor-cli explain"));

    // A suggested command never holds pasted text: the registry only when it is a valid address,
    // written as its login server (letters, digits, '.', '-', ':'), and symptom ids from the catalogue.
    const RegistryReference pasted = parseRegistryReference(r.registry());
    const bool usable = !r.registry().isEmpty() && pasted.isUsable()
                        && !pasted.loginServer.contains(QRegularExpression(QStringLiteral("[^a-z0-9.:\\[\\]-]")));
    const QString server = usable ? pasted.loginServer : QString();
    // Which kind of registry the message is about, as its address shows it.
    const std::optional<RegistryKindInfo> kind = usable ? std::optional(registryKindFromHost(pasted.host)) : std::nullopt;
    const RecognizedMessage *primary = r.primary();
    const std::optional<CauseId> first = primary ? causeIdFromName(primary->causes.first()) : std::nullopt;
    const QVector<RemediationStep> fix = first ? catalogRemediation(*first, server) : QVector<RemediationStep>();

    if (format == QLatin1String("json")) {
        QJsonArray matches;
        for (const RecognizedMessage &m : r.matches) {
            QJsonArray causes;
            for (const QString &id : m.causes)
                causes.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), makeCause(id).title}});
            matches.append(QJsonObject{{QStringLiteral("pattern"), m.patternId}, {QStringLiteral("source"), m.source},
                                       {QStringLiteral("client"), m.client},
                                       {QStringLiteral("meaning"), m.meaning}, {QStringLiteral("excerpt"), m.excerpt},
                                       {QStringLiteral("symptoms"), QJsonArray::fromStringList(m.symptoms)},
                                       {QStringLiteral("causes"), causes},
                                       {QStringLiteral("extracted"), QJsonObject::fromVariantMap(m.extracted)}});
        }
        QJsonArray steps;
        for (const RemediationStep &step : fix) {
            QJsonArray commands;
            for (const ShellCommand &c : step.commands)
                commands.append(toJson(c));
            steps.append(QJsonObject{{QStringLiteral("text"), step.text}, {QStringLiteral("commands"), commands}});
        }
        const QJsonObject root{{QStringLiteral("recognized"), !r.matches.isEmpty()},
                               {QStringLiteral("registry"), r.registry()},
                               {QStringLiteral("client"), r.client()},
                               {QStringLiteral("registryKind"), kind ? registryKindName(kind->kind) : QString()},
                               {QStringLiteral("primary"), primary ? int(primary - r.matches.constData()) : -1},
                               {QStringLiteral("symptoms"), QJsonArray::fromStringList(r.symptoms())},
                               {QStringLiteral("causes"), QJsonArray::fromStringList(r.causes())},
                               {QStringLiteral("fix"), steps},
                               {QStringLiteral("matches"), matches}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return r.matches.isEmpty() ? NoProblem : ProblemsFound;
    }
    if (r.matches.isEmpty()) {
        m_out << tr("This message is not one the tool knows. Run a full check instead:") << Qt::endl
              << "  registry-doctor-cli check REGISTRY" << Qt::endl;
        return NoProblem;
    }
    for (const RecognizedMessage &m : r.matches) {
        m_out << "\"" << m.excerpt << "\"" << Qt::endl;
        if (!m.client.isEmpty())
            //: %1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.
            m_out << "  " << tr("Printed by: %1").arg(m.client) << Qt::endl;
        m_out << "  " << m.meaning << Qt::endl;
        QStringList likely;
        for (const QString &id : m.causes)
            likely << makeCause(id).title;
        if (!likely.isEmpty())
            //: %1 is a list of cause titles.
            m_out << "  " << tr("Likely causes: %1").arg(likely.join(QLatin1String("; "))) << Qt::endl;
    }
    if (kind)
        //: %1 is the registry's address; %2 the kind of registry: a service's name ("Docker Hub", "Azure Container Registry") or "container registry".
        m_out << Qt::endl << tr("Registry: %1 (%2)").arg(server, registryKindTitle(*kind)) << Qt::endl;
    if (first) {
        const Cause cause = makeCause(*first, kind ? kind->kind : RegistryKind::Generic);
        //: %1 is a cause title.
        m_out << Qt::endl << tr("Most likely: %1").arg(cause.title) << Qt::endl << "  " << cause.explanation << Qt::endl;
        for (const RemediationStep &step : fix) {
            m_out << "  " << step.text << Qt::endl;
            for (const ShellCommand &c : step.commandsFor(nativeShell()))
                m_out << "    " << c.command << Qt::endl;
        }
    }
    QString next = QStringLiteral("registry-doctor-cli check %1").arg(usable ? pasted.loginServer : QStringLiteral("REGISTRY"));
    for (const QString &s : r.symptoms())
        next += QStringLiteral(" --symptom ") + s;
    m_out << Qt::endl << tr("To confirm, run:") << Qt::endl << "  " << next << Qt::endl;
    return ProblemsFound;
}

int CliApp::runPracticeList(const QString &format)
{
    const auto scenarios = practiceScenarios();
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const PracticeScenario &s : scenarios)
            arr.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
                                   {QStringLiteral("complaint"), s.complaint},
                                   {QStringLiteral("difficulty"), practiceDifficultyTitle(s.difficulty)},
                                   {QStringLiteral("description"), s.description},
                                   {QStringLiteral("expectedCauses"), QJsonArray::fromStringList(s.expectedCauses)}});
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return NoProblem;
    }
    for (const PracticeScenario &s : scenarios)
        m_out << QStringLiteral("%1").arg(s.id, -24) << s.title << Qt::endl;
    m_out << Qt::endl << tr("Run one with: registry-doctor-cli check --practice SCENARIO") << Qt::endl;
    return NoProblem;
}

} // namespace rd
