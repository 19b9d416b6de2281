#include "practice_dns_server.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QUdpSocket>

namespace rd {

PracticeDnsServer::PracticeDnsServer(QObject *parent) : QObject(parent) {}

PracticeDnsServer::~PracticeDnsServer()
{
    stop();
}

bool PracticeDnsServer::start(QString *error)
{
    stop();
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = QCoreApplication::translate("rd::PracticeRegistry", "The practice DNS responder could not open a UDP port: %1")
                         .arg(m_socket->errorString());
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &PracticeDnsServer::onReadyRead);
    return true;
}

void PracticeDnsServer::stop()
{
    if (m_socket) {
        m_socket->close();
        delete m_socket;
        m_socket = nullptr;
    }
}

quint16 PracticeDnsServer::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

quint8 PracticeDnsServer::answer(const DnsQuestion &question, QVector<DnsRecord> *answers) const
{
    answers->clear();
    QString current = normalizedDnsName(question.name);
    bool exists = false;
    for (const DnsRecord &r : m_records) {
        if (normalizedDnsName(r.name) == current)
            exists = true;
    }
    if (!exists)
        return DnsRcode::NxDomain;
    for (int hop = 0; hop < 8; ++hop) {
        bool moved = false;
        for (const DnsRecord &r : m_records) {
            if (r.type == DnsType::CNAME && normalizedDnsName(r.name) == current) {
                DnsRecord copy = r;
                copy.name = current;
                answers->append(copy);
                if (question.type == DnsType::CNAME)
                    return DnsRcode::NoError;
                current = normalizedDnsName(r.target);
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    for (const DnsRecord &r : m_records) {
        if (normalizedDnsName(r.name) == current && r.type == question.type && r.type != DnsType::CNAME)
            answers->append(r);
    }
    return DnsRcode::NoError;
}

void PracticeDnsServer::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(4096);
        if (!datagram.isValid())
            continue;
        ++m_queries;
        const QByteArray packet = datagram.data();
        const DnsParseResult parsed = parseDnsMessage(packet);
        QByteArray reply;
        if (!parsed.ok) {
            if (packet.size() < 12 || (quint8(packet.at(2)) & 0x80))
                continue; // not even a header, or a response: drop
            DnsMessage header;
            header.id = quint16((quint8(packet.at(0)) << 8) | quint8(packet.at(1)));
            header.opcode = quint8((quint8(packet.at(2)) >> 3) & 0x0f);
            header.recursionDesired = quint8(packet.at(2)) & 0x01;
            reply = buildDnsResponse(header, DnsRcode::FormErr, {});
        } else {
            const DnsMessage &query = parsed.message;
            if (query.isResponse)
                continue;
            if (query.opcode != 0) {
                reply = buildDnsResponse(query, DnsRcode::NotImp, {});
            } else if (query.questions.size() != 1) {
                DnsMessage bare = query;
                bare.questions.clear();
                reply = buildDnsResponse(bare, DnsRcode::FormErr, {});
            } else if (query.questions.constFirst().klass != 1) {
                reply = buildDnsResponse(query, DnsRcode::Refused, {});
            } else {
                QVector<DnsRecord> answers;
                const quint8 rcode = answer(query.questions.constFirst(), &answers);
                reply = buildDnsResponse(query, rcode, answers);
            }
        }
        if (!reply.isEmpty())
            m_socket->writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

} // namespace rd
