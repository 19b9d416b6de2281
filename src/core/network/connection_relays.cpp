#include "connection_relays.h"
#include "byte_budget_relay.h"

namespace rd {

ConnectionRelays::ConnectionRelays(QObject *parent) : QObject(parent) {}

ConnectionRelays::~ConnectionRelays()
{
    clear();
}

ByteBudgetRelay *ConnectionRelays::relayFor(const QString &logicalHost, quint16 logicalPort, const QString &host,
                                             quint16 port, qint64 budget)
{
    const QString key = QStringLiteral("%1 %2 %3 %4").arg(logicalHost).arg(logicalPort).arg(host).arg(port);
    QPointer<ByteBudgetRelay> &relay = m_relays[key];
    if (relay && !relay->reusable())
        relay = nullptr; // it closes when the requests still on it end
    if (!relay) {
        auto *fresh = new ByteBudgetRelay(host, port, budget, this);
        if (!fresh->listen()) {
            delete fresh;
            m_relays.remove(key);
            return nullptr;
        }
        relay = fresh;
    }
    return relay;
}

void ConnectionRelays::clear()
{
    for (ByteBudgetRelay *relay : findChildren<ByteBudgetRelay *>(Qt::FindDirectChildrenOnly)) {
        relay->close();
        relay->deleteLater(); // its sockets, and so the connections through it, go with it
    }
    m_relays.clear();
}

} // namespace rd
