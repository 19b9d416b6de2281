#include "tool_versions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

namespace rd {

namespace {

constexpr int kMaxErrorLine = 300;
constexpr int kMaxSegments = 4;
constexpr int kMaxSegmentDigits = 9;

QString printableLine(const QString &line)
{
    QString out;
    for (QChar c : line) {
        if (out.size() >= kMaxErrorLine)
            break;
        if (c == QLatin1Char('\t'))
            out.append(QLatin1Char(' '));
        else if (c.isPrint() && c != QChar::ReplacementCharacter)
            out.append(c);
    }
    return out.trimmed();
}

// The line of stderr that says why the daemon could not be reached.
QString daemonErrorLine(const QByteArray &stderrBytes)
{
    const QStringList lines = QString::fromUtf8(stderrBytes.left(64 * 1024)).split(QLatin1Char('\n'));
    static const QStringList known{QStringLiteral("Cannot connect to the Docker daemon"),
                                   QStringLiteral("error during connect"),
                                   QStringLiteral("permission denied while trying to connect"),
                                   QStringLiteral("Error response from daemon")};
    for (const QString &marker : known)
        for (const QString &line : lines)
            if (line.contains(marker, Qt::CaseInsensitive))
                return printableLine(line);
    for (const QString &line : lines) {
        const QString p = printableLine(line);
        if (!p.isEmpty() && !p.startsWith(QLatin1String("WARNING"), Qt::CaseInsensitive))
            return p;
    }
    return QString();
}

bool parseJsonVersion(const QByteArray &stdoutBytes, DockerVersionInfo *info)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Some wrappers print more than the JSON line: try the first line that starts an object.
        const QList<QByteArray> lines = stdoutBytes.split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed().startsWith('{')) {
                doc = QJsonDocument::fromJson(line, &error);
                break;
            }
        }
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("Client")) && !root.contains(QLatin1String("Server")))
        return false;
    const QJsonObject client = root.value(QLatin1String("Client")).toObject();
    info->clientVersionText = client.value(QLatin1String("Version")).toString();
    info->clientVersion = parseLooseVersion(info->clientVersionText);
    info->clientParsed = !info->clientVersion.isNull();
    const QString os = client.value(QLatin1String("Os")).toString();
    const QString arch = client.value(QLatin1String("Arch")).toString();
    info->os = arch.isEmpty() ? os : os + QLatin1Char('/') + arch;
    // Podman's `version --format json` writes "APIVersion" and "OsArch" where Docker writes
    // "ApiVersion", "Os" and "Arch".
    if (client.contains(QLatin1String("OsArch")) && client.contains(QLatin1String("APIVersion"))) {
        info->podman = true;
        info->os = client.value(QLatin1String("OsArch")).toString();
    }
    info->context = client.value(QLatin1String("Context")).toString();
    const QJsonObject server = root.value(QLatin1String("Server")).toObject();
    info->serverVersionText = server.value(QLatin1String("Version")).toString();
    info->serverVersion = parseLooseVersion(info->serverVersionText);
    info->serverReachable = !info->serverVersionText.isEmpty();
    return true;
}

void parseTextVersion(const QByteArray &stdoutBytes, DockerVersionInfo *info)
{
    enum class Section { None, Client, Server } section = Section::None;
    const QStringList lines = QString::fromUtf8(stdoutBytes.left(256 * 1024)).split(QLatin1Char('\n'));
    // Docker indents the keys under "Client:" and "Server:"; Podman's emulation does not.
    static const QRegularExpression keyValue(QStringLiteral("^\\s*([A-Za-z/ ]+?):\\s*(.*?)\\s*$"));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Client"))) {
            section = Section::Client;
            if (line.contains(QLatin1String("Podman Engine")))
                info->podman = true;
            continue;
        }
        if (line.startsWith(QLatin1String("Server"))) {
            section = Section::Server;
            continue;
        }
        if (section == Section::None)
            continue;
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = m.captured(2);
        if (section == Section::Client) {
            if (key == QLatin1String("Version") && info->clientVersionText.isEmpty()) {
                info->clientVersionText = value;
                info->clientVersion = parseLooseVersion(value);
                info->clientParsed = !info->clientVersion.isNull();
            } else if (key == QLatin1String("OS/Arch") && info->os.isEmpty()) {
                info->os = value;
            } else if (key == QLatin1String("Context") && info->context.isEmpty()) {
                info->context = value;
            }
        } else if (key == QLatin1String("Version") && info->serverVersionText.isEmpty()) {
            // The engine's version comes first (containerd, runc and docker-init follow).
            info->serverVersionText = value;
            info->serverVersion = parseLooseVersion(value);
            info->serverReachable = !value.isEmpty();
        }
    }
}

} // namespace

QVersionNumber parseLooseVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[vV]?(\\d+(?:\\.\\d+)*)"));
    const QRegularExpressionMatch m = re.match(text.left(256));
    if (!m.hasMatch())
        return QVersionNumber();
    const QStringList parts = m.captured(1).split(QLatin1Char('.'));
    QList<int> segments;
    for (const QString &part : parts) {
        if (segments.size() >= kMaxSegments)
            break;
        // Leading zeros ("18.03") are ordinary; absurdly long numbers end the version.
        QString digits = part;
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        if (digits.size() > kMaxSegmentDigits)
            break;
        segments << digits.toInt();
    }
    return segments.isEmpty() ? QVersionNumber() : QVersionNumber(segments);
}

DockerVersionInfo parseDockerVersion(const QByteArray &stdoutBytes, const QByteArray &stderrBytes)
{
    DockerVersionInfo info;
    if (!parseJsonVersion(stdoutBytes, &info))
        parseTextVersion(stdoutBytes, &info);
    // podman-docker's wrapper says so on stderr (unless /etc/containers/nodocker exists).
    if (stderrBytes.left(64 * 1024).contains("Emulate Docker CLI using podman"))
        info.podman = true;
    if (!info.serverReachable && !info.podman)
        info.serverError = daemonErrorLine(stderrBytes);
    return info;
}

QVersionNumber parseAzureCliVersion(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return parseLooseVersion(doc.object().value(QLatin1String("azure-cli")).toString());
    static const QRegularExpression line(QStringLiteral("(?:^|\\n)\\s*azure-cli\\s+(\\S+)"));
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(output.left(64 * 1024)));
    return m.hasMatch() ? parseLooseVersion(m.captured(1)) : QVersionNumber();
}

} // namespace rd
