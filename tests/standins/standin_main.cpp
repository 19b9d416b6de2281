// One stand-in program for the tests, built for every system: which program it stands in for is
// chosen by the name it is started under (StandinBin puts it on a private PATH under that name):
//
//   docker                 `docker version`, `docker info`, and `docker login`, which always succeeds.
//     RD_STANDIN_DOCKER_MODE: for version: ok (default) | old | no-daemon | garbage | hang | crash
//     RD_STANDIN_DOCKER_INFO: a file whose bytes `docker info` prints (a `docker info --format
//       '{{json .}}'` as docker/cli writes it: tests/unit/data/docker_info/*.json); unset: `docker
//       info` fails as an unknown command. RD_STANDIN_DOCKER_INFO_STDERR: a line it prints on
//       stderr first (docker prints warnings there).
//     RD_STANDIN_DOCKER_LOG: if set, a file that receives the arguments, one a line.
//     RD_STANDIN_DOCKER_STDIN: for login, if set, a file that receives exactly the bytes that
//       arrived on stdin (the password of --password-stdin).
//   az                     `az account show`, `az version`, `az acr show --query roleAssignmentMode`.
//     RD_STANDIN_AZ_MODE: signed-in (default) | not-signed-in | hang | hang-with-child | crash | garbage
//     RD_STANDIN_AZ_ROLE_MODE: what `az acr show` prints (the registry's role assignment mode);
//       unset: it fails.
//     RD_STANDIN_AZ_ACR_SHOW_ERROR: if set, `az acr show` prints it on stderr and fails (exit 1), as
//       az does when Microsoft Entra ID refuses it a token.
//     RD_STANDIN_CHILD_PIDFILE: with hang-with-child, receives "<own pid> <child pid>" once both run.
//     RD_STANDIN_AZ_LOG: if set, a file that receives the arguments, one a line.
//     On Windows the Azure CLI is az.cmd, a batch file that starts Python: StandinBin writes an
//     az.cmd that starts this program, and it prints text as Python does there (CR LF).
//   docker-credential-NAME a credential helper: only `get`; it reads the server address on stdin.
//     RD_STANDIN_HELPER_MODE: found (default) | notfound | baddata | logon | hang | garbage | crash
//       found: prints the file named by RD_STANDIN_HELPER_STORE verbatim (the JSON a helper prints).
//       garbage: prints that file cut after 40 bytes, exit 0.
//     RD_STANDIN_HELPER_LOG: if set, a file that receives the name it was called by (without
//       .exe), then the arguments, one a line.
//     RD_STANDIN_HELPER_STDIN: if set, a file that receives exactly the bytes that arrived on stdin.
//   any other name         a small program for tests of running programs; the first argument says
//                          what it does (see runTool).
// RD_STANDIN_AS: if set, the name to act as, whatever the program's name.
// RD_STANDIN_DELAY: if set, seconds to wait before answering (for measurements), for every name.
//
// "hang" sleeps 300 s; "crash" ends the program as a crash does on its system (SIGSEGV on Unix, an
// access violation's status on Windows), which is what QProcess reports as a crash.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QThread>
#include <cstdio>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#endif

namespace {

void binaryStreams()
{
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
}

void write(FILE *to, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}
void out(const QByteArray &bytes) { write(stdout, bytes); }
void err(const QByteArray &bytes) { write(stderr, bytes); }

QByteArray env(const char *name) { return qgetenv(name); }

void appendLines(const QByteArray &file, const QStringList &lines)
{
    if (file.isEmpty())
        return;
    QFile f(QFile::decodeName(file));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    // One write per call: `docker version` and `docker info` run side by side.
    QByteArray all;
    for (const QString &line : lines)
        all += line.toUtf8() + '\n';
    f.write(all);
}

QByteArray readFile(const QByteArray &name)
{
    QFile f(QFile::decodeName(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray readStdin()
{
    QFile in;
    return in.open(stdin, QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// Reads stdin to its end, into `file` when one is named.
void saveStdin(const QByteArray &file)
{
    const QByteArray input = readStdin();
    QFile f(QFile::decodeName(file));
    if (!file.isEmpty() && f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(input);
}

[[noreturn]] void hang(int seconds = 300)
{
    QThread::sleep(seconds);
    std::exit(0);
}

[[noreturn]] void crash()
{
    std::fflush(nullptr);
#ifdef Q_OS_WIN
    // How Windows ends a program that touched memory it may not: the exception's status is its
    // exit code (no debugger is offered, under Wine either).
    TerminateProcess(GetCurrentProcess(), DWORD(EXCEPTION_ACCESS_VIOLATION));
#else
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
#endif
    std::abort();
}

int docker(const QStringList &args)
{
    binaryStreams();
    appendLines(env("RD_STANDIN_DOCKER_LOG"), args);
    if (args.value(0) == QLatin1String("login")) {
        saveStdin(env("RD_STANDIN_DOCKER_STDIN"));
        out("Login Succeeded\n");
        return 0;
    }
    if (args.value(0) == QLatin1String("info") && !env("RD_STANDIN_DOCKER_INFO").isEmpty()) {
        if (const QByteArray warning = env("RD_STANDIN_DOCKER_INFO_STDERR"); !warning.isEmpty())
            err(warning + '\n');
        QFile info(QFile::decodeName(env("RD_STANDIN_DOCKER_INFO")));
        if (!info.open(QIODevice::ReadOnly))
            return 1;
        out(info.readAll());
        return 0;
    }
    if (args.value(0) != QLatin1String("version")) {
        err("standin docker: unknown command \"" + args.value(0).toUtf8() + "\"\n");
        return 125;
    }
    QByteArray mode = env("RD_STANDIN_DOCKER_MODE");
    if (mode.isEmpty())
        mode = "ok";
    if (mode == "ok") {
        out(R"({"Client":{"Version":"28.2.2","ApiVersion":"1.50","DefaultAPIVersion":"1.50","GitCommit":"e6534b4","GoVersion":"go1.24.3","Os":"linux","Arch":"amd64","BuildTime":"Fri May 30 12:07:14 2025","Context":"default"},"Server":{"Platform":{"Name":"Docker Engine - Community"},"Components":[{"Name":"Engine","Version":"28.2.2","Details":{"ApiVersion":"1.50","Arch":"amd64","MinAPIVersion":"1.24","Os":"linux"}}],"Version":"28.2.2","ApiVersion":"1.50","MinAPIVersion":"1.24","GitCommit":"45873be","GoVersion":"go1.24.3","Os":"linux","Arch":"amd64","KernelVersion":"6.8.0","BuildTime":"2025-05-30T12:07:14.000000000+00:00"}})" "\n");
        return 0;
    }
    if (mode == "old") {
        out(R"({"Client":{"Version":"17.09.1-ce","ApiVersion":"1.32","GitCommit":"19e2cf6","GoVersion":"go1.8.3","Os":"linux","Arch":"amd64","BuildTime":"Thu Dec  7 22:24:23 2017"},"Server":{"Version":"17.09.1-ce","ApiVersion":"1.32","MinAPIVersion":"1.12","GitCommit":"19e2cf6","GoVersion":"go1.8.3","Os":"linux","Arch":"amd64","KernelVersion":"4.9.0","BuildTime":"Thu Dec  7 22:23:00 2017"}})" "\n");
        return 0;
    }
    if (mode == "no-daemon") {
        out(R"({"Client":{"Version":"28.2.2","ApiVersion":"1.50","DefaultAPIVersion":"1.50","GitCommit":"e6534b4","GoVersion":"go1.24.3","Os":"linux","Arch":"amd64","BuildTime":"Fri May 30 12:07:14 2025","Context":"default"},"Server":null})" "\n");
        err("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n");
        return 1;
    }
    if (mode == "garbage") {
        out(QByteArray("\001\002\377\376 not a version \033[31m at all\n"));
        return 0;
    }
    if (mode == "hang")
        hang();
    if (mode == "crash")
        crash();
    err("standin docker: unknown RD_STANDIN_DOCKER_MODE\n");
    return 99;
}

int az(const QStringList &args)
{
    // Python prints text: on Windows every "\n" reaches the pipe as CR LF. Logs stay binary.
    appendLines(env("RD_STANDIN_AZ_LOG"), args);
    if (args.value(0) == QLatin1String("version")) {
        out(R"({"azure-cli": "2.61.0", "azure-cli-core": "2.61.0", "azure-cli-telemetry": "1.1.0", "extensions": {}})" "\n");
        return 0;
    }
    if (args.value(0) == QLatin1String("acr") && args.value(1) == QLatin1String("show")) {
        if (const QByteArray refused = env("RD_STANDIN_AZ_ACR_SHOW_ERROR"); !refused.isEmpty()) {
            err(refused + '\n');
            return 1;
        }
        const QByteArray role = env("RD_STANDIN_AZ_ROLE_MODE");
        if (role.isEmpty()) {
            err("ERROR: standin az: no role assignment mode set\n");
            return 3;
        }
        out(role + '\n');
        return 0;
    }
    if (args.value(0) != QLatin1String("account") || args.value(1) != QLatin1String("show")) {
        err("ERROR: standin az: unsupported command\n");
        return 2;
    }
    QByteArray mode = env("RD_STANDIN_AZ_MODE");
    if (mode.isEmpty())
        mode = "signed-in";
    if (mode == "signed-in") {
        out(R"({
  "environmentName": "AzureCloud",
  "homeTenantId": "11111111-2222-3333-4444-555555555555",
  "id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  "isDefault": true,
  "managedByTenants": [],
  "name": "Contoso Production",
  "state": "Enabled",
  "tenantId": "11111111-2222-3333-4444-555555555555",
  "user": {
    "name": "dev@contoso.com",
    "type": "user"
  }
}
)");
        return 0;
    }
    if (mode == "not-signed-in") {
        err("Please run 'az login' to setup account.\n");
        return 1;
    }
    if (mode == "hang")
        hang();
    if (mode == "hang-with-child") {
        // A program that starts one of its own and waits: stopping only this one would leave its
        // child running. The child is this program under its own name, sleeping.
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        QProcessEnvironment childEnv = QProcessEnvironment::systemEnvironment();
        childEnv.insert(QStringLiteral("RD_STANDIN_AS"), QStringLiteral("tool")); // its name may be az
        child.setProcessEnvironment(childEnv);
        child.setArguments({QStringLiteral("sleep"), QStringLiteral("300")});
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start();
        if (!child.waitForStarted())
            return 98;
        const QByteArray pidFile = env("RD_STANDIN_CHILD_PIDFILE");
        if (!pidFile.isEmpty()) {
            QFile f(QFile::decodeName(pidFile + ".tmp"));
            if (f.open(QIODevice::WriteOnly)) {
                f.write(QByteArray::number(QCoreApplication::applicationPid()) + ' '
                        + QByteArray::number(child.processId()) + '\n');
                f.close();
                f.rename(QFile::decodeName(pidFile)); // whole or not at all
            }
        }
        child.waitForFinished(-1);
        return 0;
    }
    if (mode == "crash")
        crash();
    if (mode == "garbage") {
        out("this is not json\n");
        return 0;
    }
    err("ERROR: standin az: unknown RD_STANDIN_AZ_MODE\n");
    return 99;
}

int credentialHelper(const QString &name, const QStringList &args)
{
    binaryStreams();
    saveStdin(env("RD_STANDIN_HELPER_STDIN"));
    appendLines(env("RD_STANDIN_HELPER_LOG"), QStringList(name) + args);
    if (args.value(0) != QLatin1String("get")) {
        out("standin helper: unsupported action \"" + args.value(0).toUtf8() + "\"\n");
        return 1;
    }
    QByteArray mode = env("RD_STANDIN_HELPER_MODE");
    if (mode.isEmpty())
        mode = "found";
    if (mode == "found") {
        out(readFile(env("RD_STANDIN_HELPER_STORE")));
        return 0;
    }
    if (mode == "notfound") {
        out("credentials not found in native keychain\n");
        return 1;
    }
    if (mode == "baddata") {
        out("The stub received bad data.\n");
        return 1;
    }
    if (mode == "logon") {
        out("A specified logon session does not exist. It may already have been terminated.\n");
        return 1;
    }
    if (mode == "hang")
        hang();
    if (mode == "garbage") {
        out(readFile(env("RD_STANDIN_HELPER_STORE")).left(40));
        return 0;
    }
    if (mode == "crash")
        crash();
    out("standin helper: unknown RD_STANDIN_HELPER_MODE\n");
    return 99;
}

// Under any other name, the first argument says what to do:
//   exit CODE [OUT [ERR]]   prints OUT on stdout and ERR on stderr as they are, exits with CODE
//   args ARG...             prints each ARG as <ARG>, nothing else
//   cat                     copies stdin to stdout
//   sleep SECONDS           sleeps
//   yes TEXT | yes-stderr TEXT  prints TEXT and a newline until it is stopped
//   crash OUT               prints OUT, then crashes
//   pid-then-sleep FILE     writes its process id to FILE, then sleeps 30 s
int runTool(const QStringList &args)
{
    binaryStreams();
    const QString tool = args.value(0);
    if (tool == QLatin1String("exit")) {
        out(args.value(2).toUtf8());
        err(args.value(3).toUtf8());
        return args.value(1).toInt();
    }
    if (tool == QLatin1String("args")) {
        for (const QString &a : args.mid(1))
            out('<' + a.toUtf8() + '>');
        return 0;
    }
    if (tool == QLatin1String("cat")) {
        out(readStdin());
        return 0;
    }
    if (tool == QLatin1String("sleep"))
        hang(args.value(1).toInt());
    if (tool == QLatin1String("yes") || tool == QLatin1String("yes-stderr")) {
        const QByteArray line = args.value(1).toUtf8() + '\n';
        QByteArray block;
        while (block.size() < 8192)
            block += line;
        FILE *to = tool == QLatin1String("yes") ? stdout : stderr;
        for (;;) {
            if (std::fwrite(block.constData(), 1, size_t(block.size()), to) != size_t(block.size()))
                return 1; // the reader is gone
        }
    }
    if (tool == QLatin1String("crash")) {
        out(args.value(1).toUtf8());
        crash();
    }
    if (tool == QLatin1String("pid-then-sleep")) {
        QFile f(args.value(1));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
        f.close();
        hang(30);
    }
    err("standin: unknown tool \"" + tool.toUtf8() + "\"\n");
    return 99;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    // The name it was started under: a link's name on Unix, the copy's name on Windows.
    QString name = QFileInfo(args.takeFirst()).fileName();
    if (name.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive))
        name.chop(4);
    if (qEnvironmentVariableIsSet("RD_STANDIN_AS"))
        name = qEnvironmentVariable("RD_STANDIN_AS");
    if (const QByteArray delay = env("RD_STANDIN_DELAY"); !delay.isEmpty())
        QThread::msleep(static_cast<unsigned long>(delay.toDouble() * 1000));
    if (name == QLatin1String("docker"))
        return docker(args);
    if (name == QLatin1String("az"))
        return az(args);
    if (name.startsWith(QLatin1String("docker-credential-")))
        return credentialHelper(name, args);
    return runTool(args);
}
