#pragma once
// The practice registry's DNS responder: UDP on 127.0.0.1 (random port), answers A / AAAA / CNAME
// questions from a small table, NXDOMAIN for names it does not hold, NOERROR with no answer when a
// name exists without data of the type asked.
#include "network/dns_message.h"
#include <QObject>
#include <QVector>

class QUdpSocket;

namespace rd {

class PracticeDnsServer : public QObject
{
    Q_OBJECT
public:
    explicit PracticeDnsServer(QObject *parent = nullptr);
    ~PracticeDnsServer() override;

    bool start(QString *error = nullptr);
    void stop();
    quint16 port() const;
    void setRecords(const QVector<DnsRecord> &records) { m_records = records; }
    int queryCount() const { return m_queries; }

    // The answer records for one question, and the rcode; exposed for tests.
    quint8 answer(const DnsQuestion &question, QVector<DnsRecord> *answers) const;

private:
    void onReadyRead();
    QUdpSocket *m_socket = nullptr;
    QVector<DnsRecord> m_records;
    int m_queries = 0;
};

} // namespace rd
