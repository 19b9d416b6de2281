#include "dns_client.h"
#include "dns_message.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSet>
#include <QUdpSocket>

namespace rd {

namespace {

QString rcodeName(int rcode)
{
    switch (rcode) {
    case DnsRcode::NoError: return QStringLiteral("NOERROR");
    case DnsRcode::FormErr: return QStringLiteral("FORMERR");
    case DnsRcode::ServFail: return QStringLiteral("SERVFAIL");
    case DnsRcode::NxDomain: return QStringLiteral("NXDOMAIN");
    case DnsRcode::NotImp: return QStringLiteral("NOTIMP");
    case DnsRcode::Refused: return QStringLiteral("REFUSED");
    default: return QStringLiteral("rcode %1").arg(rcode);
    }
}

constexpr int kMaxChain = 16;

} // namespace

DnsClient::DnsClient(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<rd::DnsAnswer>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DnsClient::onAttemptTimeout);
}

DnsClient::~DnsClient()
{
    abort();
}

void DnsClient::abort()
{
    m_running = false;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void DnsClient::lookup(const QString &name, const QHostAddress &server, quint16 port, int timeoutMs)
{
    abort();
    ++m_generation;
    m_running = true;
    m_name = normalizedDnsName(name);
    m_server = server;
    m_port = port;
    m_attemptMs = qMax(1, timeoutMs / 2);
    m_attempt = 0;
    m_a = Pending();
    m_a.type = DnsType::A;
    m_aaaa = Pending();
    m_aaaa.type = DnsType::AAAA;

    if (m_name.isEmpty() || buildDnsQuery(0, m_name, DnsType::A).isEmpty()) {
        const QString error = QStringLiteral("'%1' is not a valid DNS name").arg(name);
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, error, generation] {
            if (generation == m_generation)
                fail(error);
        });
        return;
    }
    if (server.isNull()) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fail(QStringLiteral("no DNS server address"));
        });
        return;
    }

    m_socket = new QUdpSocket(this);
    const QHostAddress any = server.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                                  : QHostAddress(QHostAddress::AnyIPv4);
    if (!m_socket->bind(any, 0)) {
        const QString error = QStringLiteral("cannot open a UDP socket: %1").arg(m_socket->errorString());
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, error, generation] {
            if (generation == m_generation)
                fail(error);
        });
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &DnsClient::onReadyRead);
    auto *rng = QRandomGenerator::system();
    m_a.id = quint16(rng->bounded(0x10000));
    do {
        m_aaaa.id = quint16(rng->bounded(0x10000));
    } while (m_aaaa.id == m_a.id);
    sendQueries();
}

void DnsClient::sendQueries()
{
    for (Pending *p : {&m_a, &m_aaaa}) {
        if (p->answered)
            continue;
        m_socket->writeDatagram(buildDnsQuery(p->id, m_name, p->type), m_server, m_port);
    }
    m_timer.start(m_attemptMs);
}

void DnsClient::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(65536);
        if (!m_running)
            return;
        // Only the server asked may answer (plain spoofing protection).
        if (datagram.senderPort() != m_port || !datagram.senderAddress().isEqual(m_server, QHostAddress::TolerantConversion))
            continue;
        const DnsParseResult parsed = parseDnsMessage(datagram.data());
        if (!parsed.ok || !parsed.message.isResponse || parsed.message.questions.size() != 1)
            continue;
        const DnsMessage &m = parsed.message;
        const DnsQuestion &q = m.questions.constFirst();
        if (normalizedDnsName(q.name) != m_name)
            continue;
        Pending *p = nullptr;
        if (m.id == m_a.id && q.type == DnsType::A)
            p = &m_a;
        else if (m.id == m_aaaa.id && q.type == DnsType::AAAA)
            p = &m_aaaa;
        if (!p || p->answered)
            continue;
        p->answered = true;
        p->rcode = m.rcode;

        // Follow the aliases from the name asked.
        QString current = m_name;
        QSet<QString> seen{current};
        for (int i = 0; i < kMaxChain; ++i) {
            bool moved = false;
            for (const DnsRecord &r : m.answers) {
                if (r.type == DnsType::CNAME && normalizedDnsName(r.name) == current) {
                    const QString next = normalizedDnsName(r.target);
                    if (seen.contains(next))
                        break;
                    seen.insert(next);
                    p->chain.append(next);
                    current = next;
                    moved = true;
                    break;
                }
            }
            if (!moved)
                break;
        }
        for (const DnsRecord &r : m.answers) {
            if (r.type == p->type && normalizedDnsName(r.name) == current && !r.address.isNull())
                p->addresses.append(r.address);
        }
        if (m_a.answered && m_aaaa.answered) {
            complete();
            return;
        }
    }
}

void DnsClient::onAttemptTimeout()
{
    if (!m_running)
        return;
    if (m_attempt == 0) {
        m_attempt = 1;
        sendQueries();
        return;
    }
    if (m_a.answered || m_aaaa.answered) {
        complete();
        return;
    }
    DnsAnswer answer;
    answer.timedOut = true;
    answer.error = QStringLiteral("no answer from %1 port %2 after 2 attempts").arg(m_server.toString()).arg(m_port);
    abort();
    emit finished(answer);
}

void DnsClient::complete()
{
    DnsAnswer answer;
    const Pending &first = m_a.answered ? m_a : m_aaaa;
    answer.rcode = first.rcode;
    answer.nxdomain = (m_a.answered && m_a.rcode == DnsRcode::NxDomain)
                      || (m_aaaa.answered && m_aaaa.rcode == DnsRcode::NxDomain);
    answer.ok = !answer.nxdomain
                && ((m_a.answered && m_a.rcode == DnsRcode::NoError) || (m_aaaa.answered && m_aaaa.rcode == DnsRcode::NoError));
    answer.cnameChain = first.chain.size() >= (m_aaaa.answered ? m_aaaa.chain.size() : 0) ? first.chain : m_aaaa.chain;
    if (m_a.answered)
        answer.addresses += m_a.addresses;
    if (m_aaaa.answered)
        answer.addresses += m_aaaa.addresses;
    if (!answer.ok)
        answer.error = QStringLiteral("the server answered %1").arg(rcodeName(answer.nxdomain ? int(DnsRcode::NxDomain) : answer.rcode));
    abort();
    emit finished(answer);
}

void DnsClient::fail(const QString &error)
{
    if (!m_running)
        return;
    DnsAnswer answer;
    answer.error = error;
    abort();
    emit finished(answer);
}

} // namespace rd
