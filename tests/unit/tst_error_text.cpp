#include "diagnosis/error_text.h"
#include "diagnosis/symptom_catalog.h"

#include "diagnosis/cause_catalog.h"

#include <QBuffer>
#include <QtTest>

using namespace rd;

namespace {

const QStringList kCauseIds = {
    QStringLiteral("docker-not-installed"), QStringLiteral("docker-too-old"),
    QStringLiteral("docker-daemon-not-running"), QStringLiteral("registry-name-invalid"),
    QStringLiteral("registry-not-found"), QStringLiteral("network-unreachable"),
    QStringLiteral("proxy-problem"), QStringLiteral("tls-untrusted-certificate"),
    QStringLiteral("firewall-blocked"), QStringLiteral("private-endpoint-dns"),
    QStringLiteral("throttled"), QStringLiteral("not-a-registry"), QStringLiteral("no-credentials"),
    QStringLiteral("credentials-invalid"), QStringLiteral("username-not-recognized"),
    QStringLiteral("credentials-not-authorized"), QStringLiteral("credentials-expired"),
    QStringLiteral("credential-store-failing"), QStringLiteral("az-not-logged-in"),
    QStringLiteral("clock-skew"), QStringLiteral("use-expose-token"), QStringLiteral("ci-secret-missing"),
    QStringLiteral("image-pull-secret-missing"), QStringLiteral("platform-mismatch"), QStringLiteral("mfa-required"),
    QStringLiteral("buildkit-ca-not-trusted"), QStringLiteral("podman-instead-of-docker"), QStringLiteral("az-cli-too-old"),
    QStringLiteral("repository-not-found"), QStringLiteral("data-endpoint-blocked"),
    QStringLiteral("plain-http-registry"), QStringLiteral("ipv6-unreachable"), QStringLiteral("acr-abac-legacy-role"),
};

QVariantMap ex(std::initializer_list<std::pair<const char *, QVariant>> pairs)
{
    QVariantMap m;
    for (const auto &p : pairs)
        m.insert(QLatin1String(p.first), p.second);
    return m;
}

QString describe(const Recognition &r)
{
    QStringList parts;
    for (const RecognizedMessage &m : r.matches)
        parts << m.patternId + QLatin1Char('@') + m.excerpt.left(60);
    return parts.join(QLatin1String(" | "));
}

} // namespace

class TstErrorText : public QObject
{
    Q_OBJECT

private slots:
    void knownMessage_isRecognised_data();
    void knownMessage_isRecognised();
    void azAcrLoginOutput_givesEveryMessageInOrder();
    void pasteWithAnsiCrlfCurlyQuotes_isStillRecognised();
    void uppercaseRegistryInMessage_isLowercased();
    void samePasteTwice_isReportedOnce();
    void sameMessageForDifferentRegistries_isReportedTwice();
    void specificMessage_hidesTheGenericOneInsideIt();
    void kubectlDescribeWithEscapedQuotes_givesRegistryFromImage();
    void emptyOrBlank_givesNothing();
    void unrelatedText_givesNothing_data();
    void unrelatedText_givesNothing();
    void hugeLog_isReadToTheEnd_lastErrorWins();
    void streamedInPieces_givesTheSameAsWhole();
    void clientMessage_isRecognised_data();
    void clientMessage_isRecognised();
    void anotherClientsLine_doesNotFireTheClientsPattern();
    void ciWrappersColoursAndEscapes_areUndone();
    void buildkitWithDockerDriver_isNotTheBuildersTrust();
    void everyNewCauseHasACatalogFix();
    void recognitionUnions_keepOrderWithoutDuplicates();
};

void TstErrorText::knownMessage_isRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("patternId");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("symptoms");
    QTest::addColumn<QString>("firstCause");
    QTest::addColumn<QVariantMap>("extracted");

    const QStringList loginFails{ QStringLiteral("login-fails") };
    const QStringList connect{ QStringLiteral("cannot-connect"), QStringLiteral("login-fails") };
    const QStringList unauth{ QStringLiteral("unauthorized"), QStringLiteral("login-fails") };
    const QStringList pushPull{ QStringLiteral("push-pull-unauthorized") };
    const QStringList forbidden{ QStringLiteral("forbidden"), QStringLiteral("login-fails") };

    // Docker itself
    QTest::newRow("daemon down")
        << "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
        << "docker-daemon-down" << "docker" << loginFails << "docker-daemon-not-running" << QVariantMap();
    QTest::newRow("daemon down windows pipe")
        << "error during connect: Get \"http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/info\": open //./pipe/docker_engine: The system cannot find the file specified."
        << "docker-daemon-down-windows" << "docker" << loginFails << "docker-daemon-not-running" << QVariantMap();
    QTest::newRow("daemon down windows hint")
        << "error during connect: this error may indicate that the docker daemon is not running: Get \"http://%2F%2F.%2Fpipe%2Fdocker_engine/_ping\""
        << "docker-daemon-down-windows" << "docker" << loginFails << "docker-daemon-not-running" << QVariantMap();
    QTest::newRow("daemon permission")
        << "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post"
        << "docker-daemon-permission" << "docker" << loginFails << "docker-daemon-not-running" << QVariantMap();
    QTest::newRow("docker desktop dialog")
        << "Docker Desktop is not running. Start it and try again."
        << "docker-desktop-not-running" << "docker-desktop" << loginFails << "docker-daemon-not-running" << QVariantMap();
    QTest::newRow("docker command not found")
        << "docker: command not found" << "docker-not-installed" << "docker" << loginFails
        << "docker-not-installed" << QVariantMap();
    QTest::newRow("zsh docker not found")
        << "zsh: command not found: docker" << "docker-not-installed" << "docker" << loginFails
        << "docker-not-installed" << QVariantMap();
    QTest::newRow("bash docker not found")
        << "bash: docker: command not found" << "docker-not-installed" << "docker" << loginFails
        << "docker-not-installed" << QVariantMap();
    QTest::newRow("cmd docker not recognized")
        << "'docker' is not recognized as an internal or external command,\r\noperable program or batch file."
        << "docker-not-installed" << "docker" << loginFails << "docker-not-installed" << QVariantMap();
    QTest::newRow("powershell docker not recognized")
        << "docker : The term 'docker' is not recognized as the name of a cmdlet, function, script file"
        << "docker-not-installed" << "docker" << loginFails << "docker-not-installed" << QVariantMap();
    QTest::newRow("client too old")
        << "Error response from daemon: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version"
        << "docker-too-old" << "docker" << loginFails << "docker-too-old" << QVariantMap();
    QTest::newRow("password-stdin unknown")
        << "unknown flag: --password-stdin" << "docker-too-old" << "docker" << loginFails << "docker-too-old"
        << QVariantMap();
    QTest::newRow("non tty")
        << "Error: Cannot perform an interactive login from a non TTY device" << "docker-login-no-tty" << "docker"
        << loginFails << "no-credentials" << QVariantMap();

    // Credential store
    QTest::newRow("helper missing desktop")
        << "Error saving credentials: error storing credentials - err: exec: \"docker-credential-desktop\": executable file not found in $PATH, out: ``"
        << "credential-helper-missing" << "docker"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") }
        << "credential-store-failing" << ex({ { "helper", QStringLiteral("desktop") } });
    QTest::newRow("helper missing desktop.exe in wsl")
        << "error getting credentials - err: exec: \"docker-credential-desktop.exe\": executable file not found in $PATH, out: ``"
        << "credential-helper-missing" << "docker"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") }
        << "credential-store-failing" << ex({ { "helper", QStringLiteral("desktop") } });
    QTest::newRow("wincred stub bad data")
        << "Error saving credentials: error storing credentials - err: exit status 1, out: `The stub received bad data.`"
        << "wincred-bad-data" << "docker" << loginFails << "credential-store-failing" << QVariantMap();
    QTest::newRow("stub bad data alone")
        << "error storing credentials - err: exit status 1, out: The stub received bad data."
        << "wincred-bad-data" << "docker" << loginFails << "credential-store-failing" << QVariantMap();
    QTest::newRow("logon session")
        << "A specified logon session does not exist. It may already have been terminated."
        << "logon-session-missing" << "docker"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") }
        << "credential-store-failing" << QVariantMap();
    QTest::newRow("keychain not found")
        << "error getting credentials - err: exit status 1, out: `credentials not found in native keychain`"
        << "credentials-not-found" << "docker" << pushPull << "no-credentials" << QVariantMap();
    QTest::newRow("helper other error")
        << "error getting credentials - err: docker-credential-pass resolves to executable in current directory"
        << "credential-helper-error" << "docker"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") }
        << "credential-store-failing" << ex({ { "helper", QStringLiteral("pass") } });

    // Names
    QTest::newRow("reference uppercase")
        << "invalid reference format: repository name must be lowercase" << "reference-not-lowercase" << "docker"
        << pushPull << "registry-name-invalid" << QVariantMap();
    QTest::newRow("reference invalid")
        << "docker: invalid reference format." << "reference-invalid" << "docker" << pushPull
        << "registry-name-invalid" << QVariantMap();
    QTest::newRow("az name invalid")
        << "Registry names may contain only alpha numeric characters and must be between 5 and 50 characters"
        << "az-registry-name-invalid" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("cannot-manage") } << "registry-name-invalid"
        << QVariantMap();
    QTest::newRow("az resource not found")
        << "(ResourceNotFound) The Resource with name 'contosoreg' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'Pay-As-You-Go'."
        << "az-registry-not-found" << "az"
        << QStringList{ QStringLiteral("cannot-manage"), QStringLiteral("login-fails") } << "registry-not-found"
        << QVariantMap();
    QTest::newRow("az authorization failed")
        << "(AuthorizationFailed) The client 'ana@contoso.com' with object id '1111' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/read' over scope"
        << "az-authorization-failed" << "az" << QStringList{ QStringLiteral("cannot-manage") }
        << "credentials-not-authorized" << QVariantMap();

    // DNS, proxy, TLS, network
    QTest::newRow("dns no such host")
        << "Error response from daemon: Get \"https://nosuchreg.azurecr.io/v2/\": dial tcp: lookup nosuchreg.azurecr.io on 10.0.0.53:53: no such host"
        << "dns-no-such-host" << "docker" << connect << "registry-not-found"
        << ex({ { "registry", QStringLiteral("nosuchreg.azurecr.io") }, { "host", QStringLiteral("nosuchreg.azurecr.io") },
                { "resolver", QStringLiteral("10.0.0.53") } });
    QTest::newRow("dns no such host bare")
        << "dial tcp: lookup fabrikamacr.azurecr.cn on 127.0.0.53:53: no such host"
        << "dns-no-such-host" << "docker" << connect << "registry-not-found"
        << ex({ { "registry", QStringLiteral("fabrikamacr.azurecr.cn") }, { "host", QStringLiteral("fabrikamacr.azurecr.cn") },
                { "resolver", QStringLiteral("127.0.0.53") } });
    QTest::newRow("dns privatelink ipv6 resolver")
        << "dial tcp: lookup contosoacr.privatelink.azurecr.io on [::1]:53: no such host"
        << "dns-no-such-host" << "docker" << connect << "registry-not-found"
        << ex({ { "registry", QStringLiteral("contosoacr.azurecr.io") },
                { "host", QStringLiteral("contosoacr.privatelink.azurecr.io") }, { "resolver", QStringLiteral("::1") } });
    QTest::newRow("dns non-acr host")
        << "dial tcp: lookup registry.example.org: no such host"
        << "dns-no-such-host" << "docker" << connect << "registry-not-found"
        << ex({ { "host", QStringLiteral("registry.example.org") } });
    QTest::newRow("dns misbehaving")
        << "dial tcp: lookup myregistry.azurecr.us on 192.168.65.7:53: server misbehaving"
        << "dns-lookup-failed" << "docker" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.us") }, { "host", QStringLiteral("myregistry.azurecr.us") },
                { "resolver", QStringLiteral("192.168.65.7") } });
    QTest::newRow("proxyconnect")
        << "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": proxyconnect tcp: dial tcp 10.1.2.3:3128: connect: connection refused"
        << "proxy-connect-failed" << "docker" << connect << "proxy-problem"
        << ex({ { "registry", QStringLiteral("contoso.azurecr.io") }, { "host", QStringLiteral("10.1.2.3") } });
    QTest::newRow("az proxy error")
        << "(Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))"
        << "az-proxy-error" << "az" << connect << "proxy-problem" << ex({ { "statusCode", 407 } });
    QTest::newRow("az connection pool")
        << "HTTPSConnectionPool(host='myacr01.azurecr.io', port=443): Max retries exceeded with url: /v2/"
        << "az-connection-pool" << "az" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("myacr01.azurecr.io") }, { "host", QStringLiteral("myacr01.azurecr.io") } });
    QTest::newRow("az name resolution")
        << "NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -2] Name or service not known')"
        << "az-name-resolution" << "az" << connect << "registry-not-found" << QVariantMap();
    QTest::newRow("az ssl self signed")
        << "SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)'))"
        << "az-ssl-untrusted" << "az" << connect << "tls-untrusted-certificate" << QVariantMap();
    QTest::newRow("az ssl expired")
        << "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1129)"
        << "az-ssl-expired" << "az" << connect << "clock-skew" << QVariantMap();
    QTest::newRow("x509 unknown authority")
        << "Error response from daemon: Get \"https://corpreg.azurecr.io/v2/\": x509: certificate signed by unknown authority"
        << "tls-unknown-authority" << "docker" << connect << "tls-untrusted-certificate"
        << ex({ { "registry", QStringLiteral("corpreg.azurecr.io") } });
    QTest::newRow("x509 unknown authority go 1.20")
        << "Get \"https://corpreg.azurecr.io/v2/\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
        << "tls-unknown-authority" << "docker" << connect << "tls-untrusted-certificate"
        << ex({ { "registry", QStringLiteral("corpreg.azurecr.io") } });
    QTest::newRow("x509 expired")
        << "x509: certificate has expired or is not yet valid: current time 2019-01-01T10:00:00Z is before 2024-03-01T00:00:00Z"
        << "tls-expired" << "docker" << connect << "clock-skew" << QVariantMap();
    QTest::newRow("x509 name mismatch privatelink")
        << "Get \"https://contoso.privatelink.azurecr.io/v2/\": x509: certificate is valid for *.azurecr.io, azurecr.io, not contoso.privatelink.azurecr.io"
        << "tls-name-mismatch" << "docker" << connect << "registry-name-invalid"
        << ex({ { "registry", QStringLiteral("contoso.azurecr.io") }, { "host", QStringLiteral("contoso.privatelink.azurecr.io") } });
    QTest::newRow("not tls")
        << "Get \"https://myregistry.azurecr.io:80/v2/\": tls: first record does not look like a TLS handshake"
        << "tls-not-tls" << "docker" << connect << "not-a-registry"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io:80") } });
    QTest::newRow("http to https")
        << "Get \"https://localhost:5000/v2/\": http: server gave HTTP response to HTTPS client"
        << "http-response-to-https" << "docker" << connect << "plain-http-registry"
        << ex({ { "registry", QStringLiteral("localhost:5000") } });
    QTest::newRow("layer from the data endpoint, name unknown")
        << "Get \"https://contoso.eastus.data.azurecr.io/docker/registry/v2/blobs/sha256/4f/4f00/data?se=2030-01-01\": dial tcp: lookup contoso.eastus.data.azurecr.io: no such host"
        << "data-endpoint-unreachable" << "docker" << QStringList{ QStringLiteral("push-pull-unauthorized"), QStringLiteral("cannot-connect") }
        << "data-endpoint-blocked"
        << ex({ { "host", QStringLiteral("contoso.eastus.data.azurecr.io") }, { "registry", QStringLiteral("contoso.azurecr.io") } });
    QTest::newRow("layer from the storage account, timeout")
        << "Get \"https://xyzreg1.blob.core.windows.net/abc/data\": dial tcp 20.60.1.2:443: i/o timeout"
        << "data-endpoint-unreachable" << "docker" << QStringList{ QStringLiteral("push-pull-unauthorized"), QStringLiteral("cannot-connect") }
        << "data-endpoint-blocked" << ex({ { "host", QStringLiteral("xyzreg1.blob.core.windows.net") } });
    QTest::newRow("tls handshake failure")
        << "remote error: tls: handshake failure" << "tls-handshake-failed" << "docker" << connect << "proxy-problem"
        << QVariantMap();
    QTest::newRow("i/o timeout")
        << "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": dial tcp 20.61.98.1:443: i/o timeout"
        << "network-timeout" << "docker" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("contoso.azurecr.io") }, { "host", QStringLiteral("20.61.98.1") } });
    QTest::newRow("connection refused")
        << "Get \"https://127.0.0.1:5443/v2/\": dial tcp 127.0.0.1:5443: connect: connection refused"
        << "network-refused" << "docker" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("127.0.0.1:5443") }, { "host", QStringLiteral("127.0.0.1") } });
    QTest::newRow("connection refused bare")
        << "connection refused" << "network-refused" << "docker" << connect << "network-unreachable" << QVariantMap();
    QTest::newRow("i/o timeout bare")
        << "i/o timeout" << "network-timeout" << "docker" << connect << "network-unreachable" << QVariantMap();
    QTest::newRow("context deadline bare")
        << "context deadline exceeded" << "network-deadline" << "docker" << connect << "network-unreachable"
        << QVariantMap();
    // An IPv6 address in brackets: this network has no IPv6 route (Go's net.OpError).
    QTest::newRow("no route ipv6")
        << "dial tcp [2603:1030::5]:443: connect: network is unreachable"
        << "ipv6-network-unreachable" << "docker" << connect << "ipv6-unreachable"
        << ex({ { "host", QStringLiteral("2603:1030::5") } });
    // matrix-docker-ansible-deploy#2860 (docker pull after Docker Hub turned on IPv6)
    QTest::newRow("docker pull ipv6 unreachable")
        << "Get \"https://registry-1.docker.io/v2/devture/exim-relay/manifests/sha256:6aeb52edd282561aeaaa41de5757ba714419b21eb3e1454d9658d2bd0313fe14\": "
           "dial tcp [2600:1f18:2148:bc02:4bf0:3a98:55ae:e3d5]:443: connect: network is unreachable"
        << "ipv6-network-unreachable" << "docker" << connect << "ipv6-unreachable"
        << ex({ { "host", QStringLiteral("2600:1f18:2148:bc02:4bf0:3a98:55ae:e3d5") }, { "registry", QStringLiteral("registry-1.docker.io") } });
    // Georift/install-jellyfin-tizen#20: no IPv6 source address at all (EADDRNOTAVAIL)
    QTest::newRow("docker run ipv6 cannot assign")
        << "docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp [2600:1f18:2148:bc02:445d:9ace:d20b:c303]:443: "
           "connect: cannot assign requested address."
        << "ipv6-network-unreachable" << "docker" << connect << "ipv6-unreachable"
        << ex({ { "host", QStringLiteral("2600:1f18:2148:bc02:445d:9ace:d20b:c303") }, { "registry", QStringLiteral("registry-1.docker.io") } });
    // Go on Windows: "connectex:" and the WSAENETUNREACH (10051) system text
    QTest::newRow("windows ipv6 unreachable")
        << "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": dial tcp [2603:1030:403:3::2a]:443: "
           "connectex: A socket operation was attempted to an unreachable network."
        << "ipv6-network-unreachable" << "docker" << connect << "ipv6-unreachable"
        << ex({ { "host", QStringLiteral("2603:1030:403:3::2a") }, { "registry", QStringLiteral("contoso.azurecr.io") } });
    // The same words for an IPv4 address are not an IPv6 problem.
    QTest::newRow("no route ipv4")
        << "dial tcp 20.62.128.1:443: connect: network is unreachable"
        << "network-no-route" << "docker" << connect << "network-unreachable"
        << ex({ { "host", QStringLiteral("20.62.128.1") } });
    QTest::newRow("connection reset")
        << "read tcp 192.168.1.20:51234->20.61.98.1:443: read: connection reset by peer"
        << "network-reset" << "docker" << connect << "proxy-problem" << ex({ { "host", QStringLiteral("20.61.98.1") } });
    QTest::newRow("context deadline")
        << "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": context deadline exceeded"
        << "network-deadline" << "docker" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("contoso.azurecr.io") } });
    QTest::newRow("client timeout old docker")
        << "Error response from daemon: Get https://contoso.azurecr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"
        << "network-deadline" << "docker" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("contoso.azurecr.io") } });

    // Registry answers
    QTest::newRow("firewall denied")
        << "Error response from daemon: Get \"https://myregistry.azurecr.io/v2/\": denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."
        << "firewall-denied" << "docker" << forbidden << "firewall-blocked"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") }, { "clientIp", QStringLiteral("203.0.113.7") } });
    QTest::newRow("firewall denied ipv6 double quotes")
        << "denied: client with IP \"2001:db8::7\" is not allowed access." << "firewall-denied" << "docker" << forbidden
        << "firewall-blocked" << ex({ { "clientIp", QStringLiteral("2001:db8::7") } });
    QTest::newRow("login unauthorized")
        << "Error response from daemon: Get \"https://myregistry.azurecr.io/v2/\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."
        << "login-unauthorized" << "docker" << unauth << "credentials-invalid"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") } });
    QTest::newRow("app not registered daemon")
        << "Error response from daemon: Get \"https://teamreg.azurecr.io/v2/\": unauthorized: Application not registered with AAD."
        << "aad-app-not-registered" << "docker" << unauth << "username-not-recognized"
        << ex({ { "registry", QStringLiteral("teamreg.azurecr.io") } });
    QTest::newRow("app not registered bare")
        << "Application not registered with AAD" << "aad-app-not-registered" << "docker" << unauth
        << "username-not-recognized" << QVariantMap();
    QTest::newRow("incorrect password")
        << "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password"
        << "incorrect-password" << "docker" << unauth << "credentials-invalid"
        << ex({ { "registry", QStringLiteral("registry-1.docker.io") } });
    QTest::newRow("push unauthorized")
        << "unauthorized: authentication required" << "unauthorized-authentication-required" << "docker"
        << QStringList{ QStringLiteral("push-pull-unauthorized"), QStringLiteral("unauthorized") }
        << "credentials-expired" << QVariantMap();
    QTest::newRow("pull unauthorized head manifest")
        << "Error response from daemon: Head \"https://buildreg.azurecr.io/v2/app/manifests/1.0\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."
        << "unauthorized-authentication-required" << "docker"
        << QStringList{ QStringLiteral("push-pull-unauthorized"), QStringLiteral("unauthorized") }
        << "credentials-expired" << ex({ { "registry", QStringLiteral("buildreg.azurecr.io") } });
    QTest::newRow("skopeo manifest unknown")
        << "Error parsing image name \"docker://127.0.0.1:45123/helo:latest\": reading manifest latest in 127.0.0.1:45123/helo: manifest unknown: manifest unknown"
        << "manifest-unknown" << "registry" << pushPull << "repository-not-found"
        << ex({ { "registry", QStringLiteral("127.0.0.1:45123") } });
    QTest::newRow("acr tag not found")
        << "manifest unknown: manifest tagged by \"1.0\" is not found" << "manifest-unknown" << "registry" << pushPull
        << "repository-not-found" << QVariantMap();
    QTest::newRow("distribution name unknown")
        << "name unknown: repository name not known to registry" << "name-unknown" << "registry" << pushPull
        << "repository-not-found" << QVariantMap();
    QTest::newRow("docker pull access denied")
        << "Error response from daemon: pull access denied for helo, repository does not exist or may require 'docker login'"
        << "pull-access-denied" << "docker" << pushPull << "repository-not-found" << QVariantMap();
    QTest::newRow("buildkit push access denied")
        << "push access denied, repository does not exist or may require authorization" << "pull-access-denied" << "docker"
        << pushPull << "repository-not-found" << QVariantMap();
    QTest::newRow("access denied")
        << "denied: requested access to the resource is denied" << "access-denied" << "docker" << pushPull
        << "credentials-not-authorized" << QVariantMap();
    QTest::newRow("insufficient scope")
        << "insufficient_scope: authorization failed" << "insufficient-scope" << "docker" << pushPull
        << "credentials-not-authorized" << QVariantMap();
    QTest::newRow("login 403 with url")
        << "Error response from daemon: login attempt to https://myregistry.azurecr.io/v2/ failed with status: 403 Forbidden"
        << "login-status-403" << "docker" << forbidden << "firewall-blocked"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") }, { "statusCode", 403 } });
    QTest::newRow("login 403 article")
        << "Error response from daemon: login attempt failed with status: 403 Forbidden"
        << "login-status-403" << "docker" << forbidden << "firewall-blocked" << ex({ { "statusCode", 403 } });
    QTest::newRow("login 404")
        << "Error response from daemon: login attempt to https://www.contoso.com/v2/ failed with status: 404 Not Found"
        << "login-status-404" << "docker" << loginFails << "not-a-registry"
        << ex({ { "registry", QStringLiteral("www.contoso.com") }, { "statusCode", 404 } });
    QTest::newRow("login 401")
        << "login attempt to https://oldreg.azurecr.io/v2/ failed with status: 401 Unauthorized"
        << "login-status-401" << "docker" << unauth << "credentials-invalid"
        << ex({ { "registry", QStringLiteral("oldreg.azurecr.io") }, { "statusCode", 401 } });
    QTest::newRow("login 429")
        << "login attempt to https://busyreg.azurecr.io/v2/ failed with status: 429 Too Many Requests"
        << "login-status-429" << "docker" << loginFails << "throttled"
        << ex({ { "registry", QStringLiteral("busyreg.azurecr.io") }, { "statusCode", 429 } });
    QTest::newRow("login 502")
        << "login attempt to https://busyreg.azurecr.io/v2/ failed with status: 502 Bad Gateway"
        << "login-status-other" << "docker"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("cannot-connect") } << "network-unreachable"
        << ex({ { "registry", QStringLiteral("busyreg.azurecr.io") }, { "statusCode", 502 } });
    QTest::newRow("skopeo invalid password")
        << "Error: logging into \"contosoreg.azurecr.io\": invalid username/password"
        << "skopeo-invalid-credentials" << "skopeo" << unauth << "credentials-invalid"
        << ex({ { "registry", QStringLiteral("contosoreg.azurecr.io") } });
    QTest::newRow("skopeo ping 403")
        << "pinging container registry myregistry.azurecr.io: invalid status code from registry 403 (Forbidden)"
        << "skopeo-ping-forbidden" << "skopeo" << forbidden << "firewall-blocked"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") }, { "statusCode", 403 } });
    QTest::newRow("skopeo ping 404")
        << "pinging container registry www.example.com: invalid status code from registry 404 (Not Found)"
        << "skopeo-ping-not-found" << "skopeo" << loginFails << "not-a-registry"
        << ex({ { "registry", QStringLiteral("www.example.com") }, { "statusCode", 404 } });
    QTest::newRow("skopeo ping 500")
        << "pinging container registry myregistry.azurecr.io: invalid status code from registry 503 (Service Unavailable)"
        << "skopeo-ping-status" << "skopeo"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("cannot-connect") } << "network-unreachable"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") }, { "statusCode", 503 } });
    QTest::newRow("skopeo too many requests")
        << "pinging container registry myregistry.azurecr.io: too many requests to registry"
        << "skopeo-ping-throttled" << "skopeo" << loginFails << "throttled"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") } });
    QTest::newRow("skopeo x509")
        << "pinging container registry myregistry.azurecr.io: Get \"https://myregistry.azurecr.io/v2/\": x509: certificate signed by unknown authority"
        << "skopeo-ping-x509" << "skopeo" << connect << "tls-untrusted-certificate"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") } });
    QTest::newRow("toomanyrequests")
        << "toomanyrequests: You have reached your pull rate limit." << "too-many-requests" << "registry"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") } << "throttled"
        << QVariantMap();
    QTest::newRow("429 too many requests")
        << "unexpected status: 429 Too Many Requests" << "too-many-requests" << "registry"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") } << "throttled"
        << ex({ { "statusCode", 429 } });
    QTest::newRow("json unauthorized")
        << "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required, visit https://aka.ms/acr/authorization for more information.\",\"detail\":null}]}"
        << "registry-json-unauthorized" << "registry" << QStringList{ QStringLiteral("unauthorized") }
        << "credentials-invalid" << QVariantMap();
    QTest::newRow("json denied")
        << "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access to the resource is denied\"}]}"
        << "registry-json-denied" << "registry"
        << QStringList{ QStringLiteral("push-pull-unauthorized"), QStringLiteral("forbidden") }
        << "credentials-not-authorized" << QVariantMap();
    QTest::newRow("json toomanyrequests")
        << "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"slow down\"}]}" << "registry-json-too-many-requests"
        << "registry" << QStringList{ QStringLiteral("login-fails"), QStringLiteral("push-pull-unauthorized") }
        << "throttled" << QVariantMap();
    QTest::newRow("unexpected status 403")
        << "unexpected status from HEAD request to https://secure.azurecr.io/v2/app/manifests/1.0: 403 Forbidden"
        << "unexpected-status-403" << "docker"
        << QStringList{ QStringLiteral("forbidden"), QStringLiteral("push-pull-unauthorized") } << "firewall-blocked"
        << ex({ { "registry", QStringLiteral("secure.azurecr.io") }, { "statusCode", 403 } });
    QTest::newRow("unexpected status 401")
        << "unexpected status from HEAD request to https://secure.azurecr.io/v2/app/manifests/1.0: 401 Unauthorized"
        << "unexpected-status-401" << "docker"
        << QStringList{ QStringLiteral("push-pull-unauthorized"), QStringLiteral("unauthorized") } << "no-credentials"
        << ex({ { "registry", QStringLiteral("secure.azurecr.io") }, { "statusCode", 401 } });

    // Azure CLI
    QTest::newRow("az could not connect")
        << "Could not connect to the registry login server 'myregistry.azurecr.io'. Please verify that the registry exists and the URL 'https://myregistry.azurecr.io/v2/' is reachable from your environment."
        << "az-could-not-connect" << "az" << connect << "network-unreachable"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") } });
    QTest::newRow("az could not connect article")
        << "Could not connect to the registry login server" << "az-could-not-connect" << "az" << connect
        << "network-unreachable" << QVariantMap();
    QTest::newRow("no challenge")
        << "Registry 'labreg.azurecr.io' did not issue a challenge." << "registry-no-challenge" << "az" << connect
        << "proxy-problem" << ex({ { "registry", QStringLiteral("labreg.azurecr.io") } });
    QTest::newRow("az access denied")
        << "Access to registry 'labreg.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions."
        << "az-access-denied" << "az" << unauth << "credentials-not-authorized"
        << ex({ { "registry", QStringLiteral("labreg.azurecr.io") }, { "statusCode", 401 } });
    QTest::newRow("az exchange 401")
        << "401 Client Error: Unauthorized for url: https://labreg.azurecr.io/oauth2/exchange"
        << "az-exchange-unauthorized" << "az" << unauth << "credentials-not-authorized"
        << ex({ { "registry", QStringLiteral("labreg.azurecr.io") }, { "statusCode", 401 } });
    QTest::newRow("az login required")
        << "ERROR: Please run 'az login' to setup account." << "az-login-required" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("cannot-manage") } << "az-not-logged-in"
        << QVariantMap();
    QTest::newRow("az aad tokens")
        << "Unable to get AAD authorization tokens with message: something else went wrong" << "az-aad-tokens" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized") } << "az-not-logged-in"
        << QVariantMap();
    QTest::newRow("aadsts secret expired")
        << "AADSTS7000222: The provided client secret keys for app '11111111-2222-3333-4444-555555555555' are expired."
        << "aad-secret-expired" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized"), QStringLiteral("azure-service") }
        << "credentials-expired" << ex({ { "errorCode", QStringLiteral("AADSTS7000222") } });
    QTest::newRow("aadsts invalid secret")
        << "AADSTS7000215: Invalid client secret provided." << "aad-invalid-secret" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized"), QStringLiteral("azure-service") }
        << "credentials-invalid" << ex({ { "errorCode", QStringLiteral("AADSTS7000215") } });
    QTest::newRow("aadsts app not found")
        << "AADSTS700016: Application with identifier 'ana@contoso.com' was not found in the directory 'Contoso'."
        << "aad-app-not-found" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized"), QStringLiteral("azure-service") }
        << "username-not-recognized" << ex({ { "errorCode", QStringLiteral("AADSTS700016") } });
    QTest::newRow("aadsts refresh expired")
        << "AADSTS700082: The refresh token has expired due to inactivity." << "aad-session-expired" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("cannot-manage") } << "az-not-logged-in"
        << ex({ { "errorCode", QStringLiteral("AADSTS700082") } });
    QTest::newRow("aadsts clock")
        << "AADSTS700024: Client assertion is not within its valid time range." << "aad-clock" << "az" << loginFails
        << "clock-skew" << ex({ { "errorCode", QStringLiteral("AADSTS700024") } });
    QTest::newRow("aadsts other")
        << "aadsts65001: The user or administrator has not consented to use the application." << "aad-error" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized") } << "credentials-invalid"
        << ex({ { "errorCode", QStringLiteral("AADSTS65001") } });

    // az acr check-health codes
    const struct { const char *code; const char *id; QStringList symptoms; const char *cause; } health[] = {
        { "DOCKER_COMMAND_ERROR", "check-health-docker-command", loginFails, "docker-not-installed" },
        { "DOCKER_DAEMON_ERROR", "check-health-docker-daemon", loginFails, "docker-daemon-not-running" },
        { "DOCKER_VERSION_ERROR", "check-health-docker-version", loginFails, "docker-too-old" },
        { "DOCKER_PULL_ERROR", "check-health-docker-pull", loginFails, "network-unreachable" },
        { "CONNECTIVITY_DNS_ERROR", "check-health-dns", { QStringLiteral("cannot-connect") }, "registry-not-found" },
        { "CONNECTIVITY_FORBIDDEN_ERROR", "check-health-forbidden", { QStringLiteral("forbidden") }, "firewall-blocked" },
        { "CONNECTIVITY_CHALLENGE_ERROR", "check-health-challenge",
          { QStringLiteral("cannot-connect"), QStringLiteral("forbidden") }, "proxy-problem" },
        { "CONNECTIVITY_SSL_ERROR", "check-health-ssl", { QStringLiteral("cannot-connect") }, "tls-untrusted-certificate" },
        { "CONNECTIVITY_REFRESH_TOKEN_ERROR", "check-health-refresh-token", unauth, "credentials-not-authorized" },
        { "CONNECTIVITY_ACCESS_TOKEN_ERROR", "check-health-access-token",
          { QStringLiteral("unauthorized"), QStringLiteral("push-pull-unauthorized") }, "credentials-not-authorized" },
        { "CONNECTIVITY_TOOMANYREQUESTS_ERROR", "check-health-throttled", loginFails, "throttled" },
        { "LOGIN_SERVER_ERROR", "check-health-login-server",
          { QStringLiteral("login-fails"), QStringLiteral("cannot-manage") }, "registry-not-found" },
    };
    for (const auto &h : health) {
        QTest::newRow(h.code) << (QStringLiteral("An error occurred: ") + QLatin1String(h.code))
                              << QString::fromLatin1(h.id) << "check-health" << h.symptoms
                              << QString::fromLatin1(h.cause) << ex({ { "errorCode", QString::fromLatin1(h.code) } });
    }

    // Kubernetes
    QTest::newRow("kubelet anonymous token 401")
        << "Failed to pull image \"myregistry.azurecr.io/app:1.0\": rpc error: code = Unknown desc = failed to pull and unpack image \"myregistry.azurecr.io/app:1.0\": failed to resolve reference \"myregistry.azurecr.io/app:1.0\": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized"
        << "kube-token-401" << "kubectl"
        << QStringList{ QStringLiteral("azure-service"), QStringLiteral("push-pull-unauthorized") }
        << "credentials-not-authorized"
        << ex({ { "registry", QStringLiteral("myregistry.azurecr.io") }, { "statusCode", 401 } });
    QTest::newRow("digest kube message")
        << "Failed to pull image \"aksreg.azurecr.io/app:1.0\": ... failed to authorize: failed to fetch anonymous token: ... 401 Unauthorized"
        << "kube-token-401" << "kubectl"
        << QStringList{ QStringLiteral("azure-service"), QStringLiteral("push-pull-unauthorized") }
        << "credentials-not-authorized"
        << ex({ { "registry", QStringLiteral("aksreg.azurecr.io") }, { "statusCode", 401 } });
}

void TstErrorText::knownMessage_isRecognised()
{
    QFETCH(QString, text);
    QFETCH(QString, patternId);
    QFETCH(QString, source);
    QFETCH(QStringList, symptoms);
    QFETCH(QString, firstCause);
    QFETCH(QVariantMap, extracted);

    const Recognition r = recognizeErrorText(text);
    QVERIFY2(r.matches.size() == 1, qPrintable(describe(r)));
    const RecognizedMessage &m = r.matches.first();
    QCOMPARE(m.patternId, patternId);
    QCOMPARE(m.source, source);
    QCOMPARE(m.symptoms, symptoms);
    QVERIFY(!m.causes.isEmpty());
    QCOMPARE(m.causes.first(), firstCause);
    QCOMPARE(m.extracted, extracted);
    QCOMPARE(r.registry(), extracted.value(QStringLiteral("registry")).toString());

    // Every id comes from the catalogues, the meaning is there, the excerpt is bounded.
    for (const QString &s : m.symptoms)
        QVERIFY2(isKnownSymptom(s), qPrintable(s));
    for (const QString &c : m.causes)
        QVERIFY2(kCauseIds.contains(c), qPrintable(c));
    QCOMPARE(QSet<QString>(m.causes.cbegin(), m.causes.cend()).size(), m.causes.size());
    QVERIFY(m.meaning.size() > 20);
    QVERIFY(!m.excerpt.isEmpty());
    QVERIFY(m.excerpt.size() <= 300);
    QVERIFY(text.contains(m.excerpt.left(20), Qt::CaseInsensitive) || m.excerpt.contains(QLatin1Char('"')));
}

void TstErrorText::azAcrLoginOutput_givesEveryMessageInOrder()
{
    const QString paste = QStringLiteral(
        "$ az acr login -n labreg\n"
        "Unable to get AAD authorization tokens with message: An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR\n"
        "Access to registry 'labreg.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.\n"
        "$ docker push labreg.azurecr.io/App:1.0\n"
        "invalid reference format: repository name must be lowercase\n");
    const Recognition r = recognizeErrorText(paste);
    QStringList ids;
    for (const RecognizedMessage &m : r.matches)
        ids << m.patternId;
    QCOMPARE(ids, (QStringList{ QStringLiteral("az-aad-tokens"), QStringLiteral("check-health-refresh-token"),
                                QStringLiteral("az-access-denied"), QStringLiteral("reference-not-lowercase") }));
    QCOMPARE(r.registry(), QStringLiteral("labreg.azurecr.io"));
    QCOMPARE(r.matches.at(1).extracted.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("CONNECTIVITY_REFRESH_TOKEN_ERROR"));
    QCOMPARE(r.symptoms(), (QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized"),
                                         QStringLiteral("push-pull-unauthorized") }));
    // Two commands: the last one's error wins, the first one's causes follow.
    QCOMPARE(r.causes().first(), QStringLiteral("registry-name-invalid"));
    QVERIFY(r.causes().contains(QStringLiteral("az-not-logged-in")));
}

void TstErrorText::pasteWithAnsiCrlfCurlyQuotes_isStillRecognised()
{
    const QString paste = QStringLiteral("PS C:\\> docker login myregistry.azurecr.io\r\n"
                                         "Username: 11111111-2222-3333-4444-555555555555\r\n"
                                         "\x1b[31mError response from daemon: Get \u201Chttps://myregistry.azurecr.io/v2/\u201D: "
                                         "denied: client with IP \u2018198.51.100.23\u2019 is not allowed access. "
                                         "Refer https://aka.ms/acr/firewall to grant access.\x1b[0m\r\n"
                                         "PS C:\\> \r\n");
    const Recognition r = recognizeErrorText(paste);
    QVERIFY2(r.matches.size() == 1, qPrintable(describe(r)));
    const RecognizedMessage &m = r.matches.first();
    QCOMPARE(m.patternId, QStringLiteral("firewall-denied"));
    QCOMPARE(m.extracted.value(QStringLiteral("clientIp")).toString(), QStringLiteral("198.51.100.23"));
    QCOMPARE(m.extracted.value(QStringLiteral("registry")).toString(), QStringLiteral("myregistry.azurecr.io"));
    QVERIFY(m.excerpt.startsWith(QLatin1String("Error response from daemon:")));
    QVERIFY(!m.excerpt.contains(QChar(0x1b)));
    QVERIFY(!m.excerpt.contains(QLatin1Char('\r')));
}

void TstErrorText::uppercaseRegistryInMessage_isLowercased()
{
    const Recognition r = recognizeErrorText(
        QStringLiteral("Error response from daemon: Get https://MyRegistry.AzureCR.io/v2/: unauthorized: authentication required"));
    QCOMPARE(r.matches.size(), 1);
    QCOMPARE(r.matches.first().patternId, QStringLiteral("login-unauthorized"));
    QCOMPARE(r.registry(), QStringLiteral("myregistry.azurecr.io"));
}

void TstErrorText::samePasteTwice_isReportedOnce()
{
    const QString line = QStringLiteral("unauthorized: authentication required\n");
    const Recognition r = recognizeErrorText(line + QStringLiteral("retrying...\n") + line);
    QCOMPARE(r.matches.size(), 1);
    QCOMPARE(r.matches.first().patternId, QStringLiteral("unauthorized-authentication-required"));
}

void TstErrorText::sameMessageForDifferentRegistries_isReportedTwice()
{
    const Recognition r = recognizeErrorText(QStringLiteral(
        "pinging container registry one.azurecr.io: too many requests to registry\n"
        "pinging container registry two.azurecr.io: too many requests to registry\n"));
    QCOMPARE(r.matches.size(), 2);
    QCOMPARE(r.matches.at(0).extracted.value(QStringLiteral("registry")).toString(), QStringLiteral("one.azurecr.io"));
    QCOMPARE(r.matches.at(1).extracted.value(QStringLiteral("registry")).toString(), QStringLiteral("two.azurecr.io"));
    QCOMPARE(r.registry(), QStringLiteral("two.azurecr.io"));   // the last error wins
    QCOMPARE(r.causes(), QStringList{ QStringLiteral("throttled") });
}

void TstErrorText::specificMessage_hidesTheGenericOneInsideIt()
{
    // The skopeo ping prefix names the registry; the DNS failure after it is its own message.
    const Recognition r = recognizeErrorText(QStringLiteral(
        "Error: pinging container registry nosuch.azurecr.io: Get \"https://nosuch.azurecr.io/v2/\": "
        "dial tcp: lookup nosuch.azurecr.io on 10.0.0.53:53: no such host"));
    QStringList ids;
    for (const RecognizedMessage &m : r.matches)
        ids << m.patternId;
    QCOMPARE(ids, (QStringList{ QStringLiteral("skopeo-ping-failed"), QStringLiteral("dns-no-such-host") }));
    QVERIFY(r.matches.first().causes.isEmpty());
    QCOMPARE(r.causes().first(), QStringLiteral("registry-not-found"));
    QCOMPARE(r.matches.at(1).extracted.value(QStringLiteral("resolver")).toString(), QStringLiteral("10.0.0.53"));

    // A credential-helper "not found" is not also reported as the generic helper error.
    const Recognition h = recognizeErrorText(QStringLiteral(
        "Error saving credentials: error storing credentials - err: exec: \"docker-credential-wincred\": "
        "executable file not found in %PATH%, out: ``"));
    QCOMPARE(h.matches.size(), 1);
    QCOMPARE(h.matches.first().patternId, QStringLiteral("credential-helper-missing"));
    QCOMPARE(h.matches.first().extracted.value(QStringLiteral("helper")).toString(), QStringLiteral("wincred"));
}

void TstErrorText::kubectlDescribeWithEscapedQuotes_givesRegistryFromImage()
{
    const Recognition r = recognizeErrorText(QStringLiteral(
        "  Warning  Failed     12s (x3 over 50s)  kubelet  Failed to pull image \\\"ProdReg.azurecr.io/web:2\\\": "
        "rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: "
        "failed to do request: Head \\\"https://prodreg.azurecr.io/v2/web/manifests/2\\\": dial tcp: lookup "
        "prodreg.azurecr.io on 10.0.0.10:53: no such host\n"
        "  Normal   BackOff    1s   kubelet  Back-off pulling image \"prodreg.azurecr.io/web:2\"\n"));
    QStringList ids;
    for (const RecognizedMessage &m : r.matches)
        ids << m.patternId;
    QCOMPARE(ids, (QStringList{ QStringLiteral("kube-pull-failed"), QStringLiteral("dns-no-such-host"),
                                QStringLiteral("kube-pull-failed") }));
    QCOMPARE(r.registry(), QStringLiteral("prodreg.azurecr.io"));
    QCOMPARE(r.symptoms().first(), QStringLiteral("azure-service"));
    QCOMPARE(r.causes().first(), QStringLiteral("registry-not-found"));
}

void TstErrorText::emptyOrBlank_givesNothing()
{
    QVERIFY(recognizeErrorText(QString()).matches.isEmpty());
    QVERIFY(recognizeErrorText(QStringLiteral(" \r\n\t ")).matches.isEmpty());
    QVERIFY(recognizeErrorText(QString()).registry().isEmpty());
    QVERIFY(recognizeErrorText(QString()).causes().isEmpty());
}

void TstErrorText::unrelatedText_givesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hello") << "hello world";
    QTest::newRow("login succeeded") << "Login Succeeded";
    QTest::newRow("docker login success")
        << "WARNING! Your password will be stored unencrypted in /home/ana/.docker/config.json.\n"
           "Configure a credential helper to remove this warning. See\n"
           "https://docs.docker.com/engine/reference/commandline/login/#credential-stores\n\nLogin Succeeded\n";
    QTest::newRow("az acr login success") << "$ az acr login --name myregistry\nLogin Succeeded\n";
    QTest::newRow("push success")
        << "The push refers to repository [myregistry.azurecr.io/app]\n5f70bf18a086: Pushed\n1.0: digest: sha256:abc size: 528\n";
    QTest::newRow("prose") << "We discussed unauthorized access, time outs and certificates in the meeting.";
    QTest::newRow("az acr show legacy mode") << "  \"roleAssignmentMode\": \"LegacyRegistryPermissions\",\n";
    QTest::newRow("abac mode in prose") << "We plan to move to AbacRepositoryPermissions next quarter.";
}

void TstErrorText::unrelatedText_givesNothing()
{
    QFETCH(QString, text);
    const Recognition r = recognizeErrorText(text);
    QVERIFY2(r.matches.isEmpty(), qPrintable(describe(r)));
}

void TstErrorText::hugeLog_isReadToTheEnd_lastErrorWins()
{
    QString noise;
    const QString line = QStringLiteral("Step 3/9 : RUN apt-get update && apt-get install -y curl ---> Using cache\n");
    while (noise.size() < 4 * 1024 * 1024)
        noise += line;
    const QString early = QStringLiteral("unauthorized: authentication required\n");
    const QString late = QStringLiteral("denied: requested access to the resource is denied\n");

    // A CI log: the error is on its last lines, after 4 MB of build output and an earlier retry.
    const Recognition r = recognizeErrorText(early + noise + late);
    QCOMPARE(r.matches.size(), 2);
    QCOMPARE(r.primary()->patternId, QStringLiteral("access-denied"));
    QCOMPARE(r.causes().first(), r.primary()->causes.first());
    QVERIFY(r.lines > 50000);

    // Thousands of messages: the result stays bounded and keeps the last ones.
    QString many;
    for (int i = 0; i < 3000; ++i)
        many += QStringLiteral("pinging container registry r%1.azurecr.io: too many requests to registry\n").arg(i);
    const Recognition m = recognizeErrorText(many);
    QCOMPARE(m.matches.size(), 200);
    QCOMPARE(m.matches.last().extracted.value(QStringLiteral("registry")).toString(), QStringLiteral("r2999.azurecr.io"));
    QCOMPARE(m.registry(), QStringLiteral("r2999.azurecr.io"));

    // One endless line (a minified JSON blob) is analysed in pieces, not held whole.
    const Recognition blob = recognizeErrorText(QString(3 * 1024 * 1024, QLatin1Char('x')) + QStringLiteral("\n") + late);
    QCOMPARE(blob.matches.size(), 1);
}

void TstErrorText::streamedInPieces_givesTheSameAsWhole()
{
    // UTF-8 bytes in 7-byte pieces split characters (the curly quotes, the e acute) between calls.
    const QString text = QStringLiteral(
        "Caf\u00e9 build \u201cstep\u201d\n"
        "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": unauthorized: authentication required\n"
        "no matching manifest for linux/arm64/v8 in the manifest list entries");
    const QByteArray bytes = text.toUtf8();
    ErrorTextReader reader;
    for (qsizetype i = 0; i < bytes.size(); i += 7)
        reader.addBytes(QByteArrayView(bytes.constData() + i, qMin<qsizetype>(7, bytes.size() - i)));
    const Recognition pieces = reader.finish();
    const Recognition whole = recognizeErrorText(text);
    QCOMPARE(describe(pieces), describe(whole));
    QCOMPARE(pieces.matches.size(), 2);
    QCOMPARE(pieces.registry(), QStringLiteral("contoso.azurecr.io"));
    QCOMPARE(pieces.primary()->patternId, QStringLiteral("platform-mismatch"));

    // From a device, as `explain` reads standard input.
    QBuffer device;
    device.setData(bytes);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(describe(recognizeErrorText(device)), describe(whole));
}

void TstErrorText::recognitionUnions_keepOrderWithoutDuplicates()
{
    const Recognition r = recognizeErrorText(QStringLiteral(
        "x509: certificate signed by unknown authority\nproxyconnect tcp: dial tcp 10.9.9.9:8080: i/o timeout\n"));
    QCOMPARE(r.matches.size(), 2);
    // The last message's causes first: the proxy error came last.
    QCOMPARE(r.causes(), (QStringList{ QStringLiteral("proxy-problem"), QStringLiteral("tls-untrusted-certificate") }));
    QCOMPARE(r.symptoms(), (QStringList{ QStringLiteral("cannot-connect"), QStringLiteral("login-fails") }));
    QVERIFY(r.registry().isEmpty());
    QCOMPARE(r.matches.at(1).extracted.value(QStringLiteral("host")).toString(), QStringLiteral("10.9.9.9"));
}

// Each client's own wording, quoted from its source or documentation (the source is named in the
// row's comment), with the lines a real paste has around it where they name the client.
void TstErrorText::clientMessage_isRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("patternId");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("firstCause");
    QTest::addColumn<QVariantMap>("extracted");

    // --- docker ------------------------------------------------------------------------------
    // moby distribution/pull_v2.go, noMatchesErr: "no matching manifest for %s in the manifest list entries"
    QTest::newRow("docker platform")
        << "Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries"
        << "platform-mismatch" << "docker" << "platform-mismatch" << ex({ { "platform", QStringLiteral("linux/arm64/v8") } });
    // moby, Windows daemon asking for a Linux image (as quoted in the project's own issue data)
    QTest::newRow("docker platform windows")
        << "docker: no matching manifest for windows(10.0.22631)/amd64 in the manifest list entries"
        << "platform-mismatch" << "docker" << "platform-mismatch" << ex({ { "platform", QStringLiteral("windows(10.0.22631)/amd64") } });
    // docker/cli cli/command/registry/login.go: errors.New("Must provide --username with --password-stdin")
    QTest::newRow("docker password-stdin without user")
        << "$ echo \"$ACR_PASSWORD\" | docker login contoso.azurecr.io --password-stdin\nMust provide --username with --password-stdin"
        << "password-stdin-without-username" << "docker" << "ci-secret-missing" << QVariantMap();
    // docker/cli cli/command/registry.go, PromptUserForCredentials: "Error: Non-null Username Required"
    QTest::newRow("docker empty user")
        << "$ docker login contoso.azurecr.io\nUsername: \nError: Non-null Username Required"
        << "ci-empty-credentials" << "docker" << "ci-secret-missing" << QVariantMap();
    // docker/login-action src/docker.ts: throw new Error('Username and password required'), in a
    // GitHub Actions log (time stamps, ##[group], ##[error]).
    QTest::newRow("github actions login-action empty secret")
        << "2024-05-01T10:00:00.1234567Z ##[group]Run docker/login-action@v3\n"
           "2024-05-01T10:00:00.1234567Z with:\n"
           "2024-05-01T10:00:00.1234567Z   registry: contoso.azurecr.io\n"
           "2024-05-01T10:00:00.1234567Z ##[endgroup]\n"
           "2024-05-01T10:00:01.7654321Z ##[error]Username and password required"
        << "ci-empty-credentials" << "docker" << "ci-secret-missing" << QVariantMap();
    // --- BuildKit / buildx ---------------------------------------------------------------------
    // buildx: "#0 building with %q instance using %s driver"; BuildKit's dockerfile frontend:
    // "failed to resolve source metadata for"; containerd remotes: "failed to do request"; Go
    // crypto/tls: "tls: failed to verify certificate: x509: certificate signed by unknown authority".
    QTest::newRow("buildkit x509 container driver")
        << "#0 building with \"builder\" instance using docker-container driver\n"
           "ERROR: failed to solve: registry.contoso.com/base:1.0: failed to resolve source metadata for "
           "registry.contoso.com/base:1.0: failed to do request: Head \"https://registry.contoso.com/v2/base/manifests/1.0\": "
           "tls: failed to verify certificate: x509: certificate signed by unknown authority"
        << "buildkit-x509-unknown-authority" << "buildkit" << "buildkit-ca-not-trusted"
        << ex({ { "registry", QStringLiteral("registry.contoso.com") } });
    // containerd images: "no match for platform in manifest" wrapping errdefs.ErrNotFound, in buildx
    QTest::newRow("buildkit platform")
        << "ERROR: failed to solve: eclipse-temurin:11-jre-alpine: no match for platform in manifest: not found"
        << "platform-mismatch" << "buildkit" << "platform-mismatch" << QVariantMap();
    // --- podman / buildah / skopeo -----------------------------------------------------------
    // podman-docker's /usr/bin/docker (Debian 12), tests/unit/data/docker_version/podman_docker_text.*
    QTest::newRow("podman docker emulation")
        << "$ docker version\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\n"
           "Client:       Podman Engine\nVersion:      4.3.1\n"
        << "podman-docker-emulation" << "podman" << "podman-instead-of-docker" << QVariantMap();
    // containers/image: "choosing an image from manifest list %s: %w" and "no image found in
    // manifest list for architecture %s, variant %q, OS %s"
    QTest::newRow("podman platform")
        << "Error: choosing an image from manifest list docker://alpine:latest: no image found in manifest list "
           "for architecture amd64, variant \"\", OS darwin"
        << "platform-mismatch" << "podman" << "platform-mismatch" << ex({ { "platform", QStringLiteral("darwin/amd64") } });
    // containers/common pkg/auth/auth.go: errors.New("Must provide --username with --password-stdin")
    QTest::newRow("podman password-stdin without user")
        << "$ podman login contoso.azurecr.io --password-stdin < /dev/null\nError: Must provide --username with --password-stdin"
        << "password-stdin-without-username" << "podman" << "ci-secret-missing" << QVariantMap();
    // --- helm ----------------------------------------------------------------------------------
    // docker/cli's registry client message, which Helm's registry client prints as is:
    // "login attempt to %s failed with status: %d %s"
    QTest::newRow("helm registry login 401")
        << "$ helm registry login contoso.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin\n"
           "Error: login attempt to https://contoso.azurecr.io/v2/ failed with status: 401 Unauthorized"
        << "login-status-401" << "helm" << "credentials-invalid" << ex({ { "registry", QStringLiteral("contoso.azurecr.io") }, { "statusCode", 401 } });
    // --- oras ------------------------------------------------------------------------------------
    // oras cmd/oras/internal/errors: "Error response from registry: " before the registry's error
    QTest::newRow("oras unauthorized")
        << "$ oras pull contoso.azurecr.io/artifacts/sbom:1.0\nError response from registry: unauthorized: authentication required"
        << "unauthorized-authentication-required" << "oras" << "credentials-expired" << QVariantMap();
    // --- containerd / ctr / nerdctl / crictl -------------------------------------------------------
    // nerdctl cmd/nerdctl/login: errors.New("must provide --username with --password-stdin")
    QTest::newRow("nerdctl password-stdin without user")
        << "$ nerdctl login contoso.azurecr.io --password-stdin\nFATA[0000] must provide --username with --password-stdin"
        << "password-stdin-without-username" << "containerd" << "ci-secret-missing" << QVariantMap();
    // ctr (urfave/cli "ctr: " prefix) with containerd's platform matcher error
    QTest::newRow("ctr platform")
        << "$ ctr image pull contoso.azurecr.io/app:1.0\nctr: no match for platform in manifest: not found"
        << "platform-mismatch" << "containerd" << "platform-mismatch" << QVariantMap();
    // --- kubelet events (kubectl describe pod) ----------------------------------------------------
    // kubernetes.io "Pull an Image from a Private Registry": FailedToRetrieveImagePullSecret event
    QTest::newRow("kubelet pull secret not found")
        << "Events:\n  Type     Reason                           Age                From     Message\n"
           "  ----     ------                           ----               ----     -------\n"
           "  Warning  FailedToRetrieveImagePullSecret  65s (x5 over 75s)  kubelet  Unable to retrieve some image pull "
           "secrets (acr-secret); attempting to pull the image may not succeed."
        << "kube-pull-secret-not-found" << "kubelet" << "image-pull-secret-missing" << ex({ { "secret", QStringLiteral("acr-secret") } });
    // kubelet with containerd's platform matcher
    QTest::newRow("kubelet platform")
        << "  Warning  Failed     30s   kubelet  Failed to pull image \"nginx:1.14.2\": rpc error: code = NotFound desc = "
           "failed to pull and unpack image \"nginx:1.14.2\": no match for platform in manifest: not found"
        << "platform-mismatch" << "kubelet" << "platform-mismatch" << QVariantMap();
    // kubelet with dockershim: Docker's "no basic auth credentials"
    QTest::newRow("kubelet no basic auth credentials")
        << "  Warning  Failed  9s  kubelet  Failed to pull image \"contoso.azurecr.io/app:1.0\": rpc error: code = Unknown "
           "desc = Error response from daemon: Get https://contoso.azurecr.io/v2/app/manifests/1.0: no basic auth credentials"
        << "kube-pull-unauthorized" << "kubelet" << "image-pull-secret-missing" << ex({ { "registry", QStringLiteral("contoso.azurecr.io") } });
    // --- Azure CLI ------------------------------------------------------------------------------
    // azure-cli acr/custom.py acr_login (the tip) and acr/_errors.py DOCKER_COMMAND_ERROR, as Learn's
    // "Troubleshoot registry health" quotes it
    QTest::newRow("az acr login without docker")
        << "You may want to use 'az acr login -n contosoreg --expose-token' to get an access token, which does not require Docker to be installed.\n"
           "2024-09-12 17:25:25.127779 An error occurred: DOCKER_COMMAND_ERROR\n"
           "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
        << "az-acr-login-needs-docker" << "az" << "use-expose-token"
        << ex({ { "acrName", QStringLiteral("contosoreg") }, { "errorCode", QStringLiteral("DOCKER_COMMAND_ERROR") } });
    // azure-cli acr/custom.py: in_cloud_console()
    QTest::newRow("az acr login cloud shell")
        << "This command requires running the docker daemon, which is not supported in Azure Cloud Shell. You may want to "
           "use 'az acr login -n contosoreg --expose-token' to get an access token, which does not require Docker to be installed."
        << "az-acr-login-needs-docker" << "az" << "use-expose-token" << QVariantMap();
    // argparse (knack): "%(prog)s: error: unrecognized arguments: %s"
    QTest::newRow("az too old for expose-token")
        << "$ az acr login --name contosoreg --expose-token\naz: error: unrecognized arguments: --expose-token"
        << "az-unknown-expose-token" << "az" << "az-cli-too-old" << QVariantMap();
    // Microsoft Entra ID (AADSTS50076), as MSAL and the Azure CLI pass it on
    QTest::newRow("az mfa 50076")
        << "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, "
           "you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'."
        << "aad-mfa-required" << "az" << "mfa-required" << ex({ { "errorCode", QStringLiteral("AADSTS50076") } });
    // Microsoft Entra ID error codes reference: AADSTS53003 BlockedByConditionalAccess
    QTest::newRow("az conditional access 53003")
        << "ERROR: AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."
        << "aad-mfa-required" << "az" << "mfa-required" << ex({ { "errorCode", QStringLiteral("AADSTS53003") } });
    // AADSTS50079: enrolment in MFA required
    QTest::newRow("az mfa enrolment 50079")
        << "AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new location, "
           "you must enroll in multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'."
        << "aad-mfa-required" << "az" << "mfa-required" << ex({ { "errorCode", QStringLiteral("AADSTS50079") } });
    // MSAL's OIDC discovery inside az login (Azure/azure-cli#22145, a tenant of another cloud
    // tried on login.microsoftonline.de), JSON-escaped as the traceback prints it.
    QTest::newRow("az login tenant in another cloud 90002")
        << "ValueError: OIDC Discovery endpoint rejects our request. Error: {\"error\":\"invalid_tenant\",\"error_description\":"
           "\"AADSTS90002: Tenant '2b0623dd-90fa-4c5c-bee8-8dc18bd4d948' not found. Check to make sure you have the correct tenant ID "
           "and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active "
           "subscriptions for the tenant.\\r\\nTrace ID: c1806f4a-bcae-4ac1-b7ff-4eea2dcd1200\",\"error_codes\":[90002]}"
        << "aad-tenant-not-found" << "az" << "wrong-azure-cloud" << ex({ { "errorCode", QStringLiteral("AADSTS90002") } });
    // ADAL's older wording (sjkp/letsencrypt-siteextension#108): an Azure China tenant tried on the global cloud.
    QTest::newRow("adal tenant onmschina 90002")
        << "AdalServiceException: AADSTS90002: Tenant myazuretenant.onmschina.cn not found. This may happen if there are no "
           "active subscriptions for the tenant. Check with your subscription administrator."
        << "aad-tenant-not-found" << "az" << "wrong-azure-cloud" << ex({ { "errorCode", QStringLiteral("AADSTS90002") } });
    // az acr show: the registry's role assignment mode as Azure Resource Manager names it
    // (ContainerRegistryRoleAssignmentMode.AbacRepositoryPermissions), in JSON and with --output tsv.
    QTest::newRow("az acr show abac json")
        << "  \"publicNetworkAccess\": \"Enabled\",\n  \"resourceGroup\": \"contoso-rg\",\n  \"roleAssignmentMode\": \"AbacRepositoryPermissions\",\n"
        << "az-acr-abac-mode" << "az" << "acr-abac-legacy-role" << QVariantMap();
    QTest::newRow("az acr show abac tsv")
        << "$ az acr show --name contoso --query roleAssignmentMode --output tsv\nAbacRepositoryPermissions\n"
        << "az-acr-abac-mode" << "az" << "acr-abac-legacy-role" << QVariantMap();
    // --- AWS CLI (botocore ClientError: "An error occurred (%s) when calling the %s operation: %s") ---
    QTest::newRow("aws ecr access denied")
        << "aws: [ERROR]: An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: "
           "arn:aws:iam::708464146667:user/Developer1 is not authorized to perform: ecr:GetAuthorizationToken on resource: *"
        << "aws-access-denied" << "aws" << "credentials-not-authorized" << QVariantMap();
    QTest::newRow("aws ecr token expired")
        << "An error occurred (ExpiredTokenException) when calling the GetAuthorizationToken operation: The security token "
           "included in the request is expired"
        << "aws-token-expired" << "aws" << "credentials-expired" << QVariantMap();
    QTest::newRow("aws ecr unknown access key")
        << "An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security "
           "token included in the request is invalid."
        << "aws-token-invalid" << "aws" << "credentials-invalid" << QVariantMap();
    // --- gcloud (as Docker's credential helper) -------------------------------------------------
    QTest::newRow("gcloud docker helper reauth")
        << "ERROR: (gcloud.auth.docker-helper) There was a problem refreshing your current auth tokens: Reauthentication "
           "failed. cannot prompt during non-interactive execution."
        << "gcloud-docker-helper-failed" << "gcloud" << "credentials-expired" << QVariantMap();
}

void TstErrorText::clientMessage_isRecognised()
{
    QFETCH(QString, text);
    QFETCH(QString, patternId);
    QFETCH(QString, client);
    QFETCH(QString, firstCause);
    QFETCH(QVariantMap, extracted);
    const Recognition r = recognizeErrorText(text);
    const RecognizedMessage *p = r.primary();
    QVERIFY2(p, qPrintable(describe(r)));
    QCOMPARE(p->patternId, patternId);
    QCOMPARE(p->client, client);
    QCOMPARE(r.client(), client);
    QCOMPARE(p->causes.first(), firstCause);
    QCOMPARE(r.causes().first(), firstCause);
    QVERIFY(clientNames().contains(client));
    for (auto it = extracted.cbegin(); it != extracted.cend(); ++it)
        QCOMPARE(p->extracted.value(it.key()), it.value());
}

void TstErrorText::anotherClientsLine_doesNotFireTheClientsPattern()
{
    // A kubelet event with a certificate error: the BuildKit pattern (it knows "failed to do
    // request ... x509") must not fire on it; the generic certificate message does.
    const Recognition k = recognizeErrorText(QStringLiteral(
        "  Warning  Failed  3s  kubelet  Failed to pull image \"registry.contoso.com/app:1\": rpc error: code = Unknown "
        "desc = failed to pull and unpack image \"registry.contoso.com/app:1\": failed to resolve reference "
        "\"registry.contoso.com/app:1\": failed to do request: Head \"https://registry.contoso.com/v2/app/manifests/1\": "
        "tls: failed to verify certificate: x509: certificate signed by unknown authority"));
    QVERIFY2(k.primary(), qPrintable(describe(k)));
    QCOMPARE(k.primary()->client, QStringLiteral("kubelet"));
    QVERIFY(!k.causes().contains(QStringLiteral("buildkit-ca-not-trusted")));
    QCOMPARE(k.causes().first(), QStringLiteral("tls-untrusted-certificate"));

    // A BuildKit line naming an image pull secret is not a kubelet event.
    const Recognition b = recognizeErrorText(QStringLiteral(
        "ERROR: failed to solve: Unable to retrieve some image pull secrets (x); attempting to pull the image may not succeed."));
    QVERIFY(!b.causes().contains(QStringLiteral("image-pull-secret-missing")));

    // An AWS error is not an Azure one, and gcloud's "ERROR: (gcloud." is not az's "ERROR:".
    const Recognition g = recognizeErrorText(QStringLiteral("ERROR: (gcloud.auth.docker-helper) There was a problem refreshing your current auth tokens"));
    QCOMPARE(g.client(), QStringLiteral("gcloud"));
}

void TstErrorText::ciWrappersColoursAndEscapes_areUndone()
{
    // Azure DevOps: "##[error]" after a time stamp, a coloured docker message.
    const Recognition ado = recognizeErrorText(QStringLiteral(
        "2024-05-01T10:00:00.0000000Z ##[section]Starting: Login to ACR\n"
        "2024-05-01T10:00:01.0000000Z ##[error]\x1B[31mError response from daemon: Get \"https://contoso.azurecr.io/v2/\": "
        "unauthorized: authentication required\x1B[0m\n"
        "2024-05-01T10:00:01.0000000Z ##[error]The process '/usr/bin/docker' failed with exit code 1\n"));
    QVERIFY2(ado.primary(), qPrintable(describe(ado)));
    QCOMPARE(ado.primary()->patternId, QStringLiteral("login-unauthorized"));
    QCOMPARE(ado.registry(), QStringLiteral("contoso.azurecr.io"));
    QCOMPARE(ado.client(), QStringLiteral("docker"));
    QVERIFY(!ado.primary()->excerpt.contains(QLatin1String("##")));

    // JSON-escaped (an error passed through JSON twice: \u0027 and \\\" and \\r\\n).
    const Recognition json = recognizeErrorText(QStringLiteral(
        R"({"message": "{\"message\":\"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \u0027797f4846-ba00-4fd7-ba43-dac1f8f63013\u0027.\\r\\nTrace ID: 89ac6eb8\"}"})"));
    QVERIFY2(json.primary(), qPrintable(describe(json)));
    QCOMPARE(json.primary()->patternId, QStringLiteral("aad-mfa-required"));
    QVERIFY2(json.primary()->excerpt.contains(QLatin1String("'797f4846-ba00-4fd7-ba43-dac1f8f63013'")), qPrintable(json.primary()->excerpt));
    QVERIFY(!json.primary()->excerpt.contains(QLatin1String("Trace ID")));   // \r\n ended the line

    // A Windows path keeps its backslashes: "\n" is a line break only in JSON-escaped text.
    const Recognition path = recognizeErrorText(QStringLiteral(
        "error getting credentials - err: exec: \"docker-credential-desktop.exe\": executable file not found in %PATH%, out: `` C:\\new\\docker"));
    QCOMPARE(path.matches.size(), 1);
}

void TstErrorText::buildkitWithDockerDriver_isNotTheBuildersTrust()
{
    // With Docker's own builder (the docker driver) BuildKit trusts what the engine trusts.
    const QString error = QStringLiteral(
        "ERROR: failed to solve: registry.contoso.com/base:1.0: failed to resolve source metadata for "
        "registry.contoso.com/base:1.0: failed to do request: Head \"https://registry.contoso.com/v2/base/manifests/1.0\": "
        "tls: failed to verify certificate: x509: certificate signed by unknown authority");
    const Recognition docker = recognizeErrorText(QStringLiteral("#0 building with \"default\" instance using docker driver\n") + error);
    QCOMPARE(docker.causes().first(), QStringLiteral("tls-untrusted-certificate"));
    QVERIFY(!docker.causes().contains(QStringLiteral("buildkit-ca-not-trusted")));
    // Not said which driver: both, the builder's first.
    const Recognition unsaid = recognizeErrorText(error);
    QCOMPARE(unsaid.causes().mid(0, 2), (QStringList{ QStringLiteral("buildkit-ca-not-trusted"), QStringLiteral("tls-untrusted-certificate") }));
}

void TstErrorText::everyNewCauseHasACatalogFix()
{
    for (CauseId id : { CauseId::UseExposeToken, CauseId::CiSecretMissing, CauseId::ImagePullSecretMissing,
                        CauseId::PlatformMismatch, CauseId::MfaRequired, CauseId::BuildkitCaNotTrusted,
                        CauseId::PodmanInsteadOfDocker, CauseId::AzCliTooOld, CauseId::Ipv6Unreachable, CauseId::AcrAbacLegacyRole }) {
        const QVector<RemediationStep> steps = catalogRemediation(id, QStringLiteral("contoso.azurecr.io"));
        QVERIFY2(!steps.isEmpty(), qPrintable(idName(id)));
        bool anyCommand = false;
        for (const RemediationStep &s : steps) {
            QVERIFY(!s.text.isEmpty());
            // On any system: some bash commands are for Linux or macOS only.
            anyCommand = anyCommand || (!s.commandsFor(QStringLiteral("bash"), QStringLiteral("linux")).isEmpty()
                                        && !s.commandsFor(QStringLiteral("powershell"), QStringLiteral("windows")).isEmpty());
        }
        QVERIFY2(anyCommand, qPrintable(idName(id)));
        const Cause c = makeCause(id);
        QVERIFY(!c.title.isEmpty() && c.explanation.endsWith(QLatin1Char('.')) && !c.links.isEmpty());
    }
    // A pasted registry that is not a host name never reaches a command.
    const QVector<RemediationStep> hostile = catalogRemediation(CauseId::PodmanInsteadOfDocker, QStringLiteral("x; rm -rf ~"));
    QCOMPARE(hostile.first().commandsFor(QStringLiteral("bash")).first().command, QStringLiteral("podman login myregistry.azurecr.io"));
    // The Azure CLI gets the resource name.
    QVERIFY(catalogRemediation(CauseId::UseExposeToken, QStringLiteral("contoso.azurecr.io")).first().commands.first().command.contains(QLatin1String("--name contoso ")));
}

QTEST_GUILESS_MAIN(TstErrorText)
#include "tst_error_text.moc"
