#include "distribution_registry.h"
#include "practice/certificate_factory.h"
#include "test_env.h"
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace rd::test {

quint16 unusedLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

DistributionRegistry::DistributionRegistry() = default;

DistributionRegistry::~DistributionRegistry()
{
    stop();
}

bool DistributionRegistry::available()
{
    return QFile::exists(QStringLiteral("/usr/bin/docker-registry")) && !QStandardPaths::findExecutable(QStringLiteral("htpasswd")).isEmpty();
}

QString DistributionRegistry::loginServer() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool DistributionRegistry::start(const QString &user, const QByteArray &password, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    // htpasswd -B: bcrypt, the only hash the distribution registry accepts. -i reads the password on stdin.
    QProcess htpasswd;
    htpasswd.start(QStringLiteral("htpasswd"), {QStringLiteral("-niB"), user});
    htpasswd.write(password + '\n');
    htpasswd.closeWriteChannel();
    if (!htpasswd.waitForFinished(30000) || htpasswd.exitCode() != 0)
        return fail(QStringLiteral("htpasswd failed: ") + QString::fromLocal8Bit(htpasswd.readAllStandardError()));
    if (!writeFile(m_dir.filePath(QStringLiteral("htpasswd")), htpasswd.readAllStandardOutput()))
        return fail(QStringLiteral("cannot write htpasswd"));

    CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Registry Doctor test CA");
    const GeneratedCertificate ca = CertificateFactory::createCertificateAuthority(caRequest);
    CertificateRequest leafRequest;
    leafRequest.commonName = QStringLiteral("127.0.0.1");
    leafRequest.ipAddresses = {QHostAddress::LocalHost};
    leafRequest.dnsNames = {QStringLiteral("localhost")};
    const GeneratedCertificate leaf = CertificateFactory::createServerCertificate(leafRequest, ca);
    if (leaf.isNull())
        return fail(QStringLiteral("no certificate"));
    writeFile(m_dir.filePath(QStringLiteral("cert.pem")), leaf.certificatePem + ca.certificatePem);
    writeFile(m_dir.filePath(QStringLiteral("key.pem")), leaf.keyPem);

    m_port = unusedLoopbackPort();
    const QByteArray config = QByteArrayLiteral("version: 0.1\n"
                                                "log:\n  level: error\n"
                                                "storage:\n  filesystem:\n    rootdirectory: ")
        + m_dir.filePath(QStringLiteral("data")).toUtf8()
        + QByteArrayLiteral("\nhttp:\n  addr: 127.0.0.1:") + QByteArray::number(m_port)
        + QByteArrayLiteral("\n  tls:\n    certificate: ") + m_dir.filePath(QStringLiteral("cert.pem")).toUtf8()
        + QByteArrayLiteral("\n    key: ") + m_dir.filePath(QStringLiteral("key.pem")).toUtf8()
        + QByteArrayLiteral("\nauth:\n  htpasswd:\n    realm: basic-realm\n    path: ")
        + m_dir.filePath(QStringLiteral("htpasswd")).toUtf8() + '\n';
    writeFile(m_dir.filePath(QStringLiteral("config.yml")), config);
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice()); // its log: TLS probes that hang up, refused sign-ins
    m_process->start(QStringLiteral("/usr/bin/docker-registry"), {QStringLiteral("serve"), m_dir.filePath(QStringLiteral("config.yml"))});
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("docker-registry did not start"));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_process->state() != QProcess::Running)
            return fail(QStringLiteral("docker-registry exited"));
        QThread::msleep(50);
    }
    return fail(QStringLiteral("docker-registry does not listen"));
}

void DistributionRegistry::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

} // namespace rd::test
