#pragma once
// Version parsing for `docker version` and the Azure CLI.
#include <QByteArray>
#include <QString>
#include <QVersionNumber>

namespace rd {

struct DockerVersionInfo
{
    bool clientParsed = false;
    QVersionNumber clientVersion;   // 28.2.2; Docker's old "18.03.1-ce" gives 18.3.1
    QString clientVersionText;      // as printed
    bool serverReachable = false;
    QVersionNumber serverVersion;
    QString serverVersionText;
    QString serverError;            // "Cannot connect to the Docker daemon at ..." (first line, printable)
    QString os, context;            // client OS/Arch, context name when present
    bool podman = false;            // `docker` is Podman's Docker emulation (podman-docker): the
                                    // version is Podman's, and there is no Docker daemon
};

// Parses `docker version --format "{{json .}}"` stdout and stderr (the server part fails on its own
// with a message on stderr when the daemon is down), falling back to the plain `docker version` text.
DockerVersionInfo parseDockerVersion(const QByteArray &stdoutBytes, const QByteArray &stderrBytes);

// "18.03.1-ce" -> 18.3.1 ; "28.2.2" -> 28.2.2 ; "v20.10.7+dfsg1" -> 20.10.7
QVersionNumber parseLooseVersion(const QString &text);

// `az version` JSON ({"azure-cli": "2.45.0", ...}) or `az --version` text ("azure-cli   2.45.0 *")
QVersionNumber parseAzureCliVersion(const QByteArray &output);

} // namespace rd
