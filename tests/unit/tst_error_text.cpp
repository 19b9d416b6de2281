#include "diagnosis/error_text.h"
#include "diagnosis/symptom_catalog.h"

#include <QElapsedTimer>
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
    QStringLiteral("clock-skew"), QStringLiteral("repository-not-found"), QStringLiteral("data-endpoint-blocked"),
    QStringLiteral("plain-http-registry"),
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
    void hugeInput_isCappedAndFast();
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
    QTest::newRow("no route")
        << "dial tcp [2603:1030::5]:443: connect: network is unreachable"
        << "network-no-route" << "docker" << connect << "network-unreachable"
        << ex({ { "host", QStringLiteral("2603:1030::5") } });
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
        << "aadsts90002: Tenant 'contoso' not found." << "aad-error" << "az"
        << QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized") } << "credentials-invalid"
        << ex({ { "errorCode", QStringLiteral("AADSTS90002") } });

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
    QCOMPARE(r.causes().first(), QStringLiteral("az-not-logged-in"));
    QVERIFY(r.causes().contains(QStringLiteral("registry-name-invalid")));
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
    QCOMPARE(r.registry(), QStringLiteral("one.azurecr.io"));
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
}

void TstErrorText::unrelatedText_givesNothing()
{
    QFETCH(QString, text);
    const Recognition r = recognizeErrorText(text);
    QVERIFY2(r.matches.isEmpty(), qPrintable(describe(r)));
}

void TstErrorText::hugeInput_isCappedAndFast()
{
    QString noise;
    const QString line = QStringLiteral("Step 3/9 : RUN apt-get update && apt-get install -y curl ---> Using cache\n");
    while (noise.size() < 4 * 1024 * 1024)
        noise += line;
    const QString message = QStringLiteral("denied: requested access to the resource is denied\n");

    QElapsedTimer timer;
    timer.start();
    const Recognition early = recognizeErrorText(message + noise);
    const Recognition late = recognizeErrorText(noise + message);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(early.matches.size(), 1);
    QCOMPARE(early.matches.first().patternId, QStringLiteral("access-denied"));
    QVERIFY(late.matches.isEmpty());   // beyond the analysed 64 KiB

    // Thousands of messages: the result stays bounded.
    QString many;
    for (int i = 0; i < 3000; ++i)
        many += QStringLiteral("pinging container registry r%1.azurecr.io: too many requests to registry\n").arg(i);
    const Recognition r = recognizeErrorText(many);
    QVERIFY(!r.matches.isEmpty());
    QVERIFY(r.matches.size() <= 200);
    QCOMPARE(r.matches.first().extracted.value(QStringLiteral("registry")).toString(), QStringLiteral("r0.azurecr.io"));
}

void TstErrorText::recognitionUnions_keepOrderWithoutDuplicates()
{
    const Recognition r = recognizeErrorText(QStringLiteral(
        "x509: certificate signed by unknown authority\nproxyconnect tcp: dial tcp 10.9.9.9:8080: i/o timeout\n"));
    QCOMPARE(r.matches.size(), 2);
    QCOMPARE(r.causes(), (QStringList{ QStringLiteral("tls-untrusted-certificate"), QStringLiteral("proxy-problem") }));
    QCOMPARE(r.symptoms(), (QStringList{ QStringLiteral("cannot-connect"), QStringLiteral("login-fails") }));
    QVERIFY(r.registry().isEmpty());
    QCOMPARE(r.matches.at(1).extracted.value(QStringLiteral("host")).toString(), QStringLiteral("10.9.9.9"));
}

QTEST_GUILESS_MAIN(TstErrorText)
#include "tst_error_text.moc"
