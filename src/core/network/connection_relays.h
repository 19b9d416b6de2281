#pragma once
// The byte-budget relays of one check run, one per server (or proxy) and logical host, so that
// Qt's HTTP stack can keep one connection to a registry for all the run's requests to it, as the
// user's client does (one TLS handshake instead of one per request). Each request opens a new
// budget on its relay (ByteBudgetRelay::beginAnswer), so every answer stays bounded.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rd {

class ByteBudgetRelay;

class ConnectionRelays : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionRelays(QObject *parent = nullptr);
    ~ConnectionRelays() override;

    // The relay to `host`:`port` (the server, or the proxy) for requests to `logicalHost`:`logicalPort`,
    // listening, with `budget` bytes per answer: the open one, or a new one when there is none or
    // the last one takes no more requests (see ByteBudgetRelay::endAnswer). nullptr when no relay
    // can listen.
    ByteBudgetRelay *relayFor(const QString &logicalHost, quint16 logicalPort, const QString &host, quint16 port,
                              qint64 budget);
    // Closes every relay and the connections through them: a new run starts with new connections,
    // so nothing it finds was decided by an earlier run's handshake.
    void clear();

private:
    QHash<QString, QPointer<ByteBudgetRelay>> m_relays;
};

} // namespace rd
