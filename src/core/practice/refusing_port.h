#pragma once
// A loopback port that refuses every connection for as long as this object lives: bound, never
// listening. A port opened and closed again could be taken meanwhile by another program (a test
// running beside this one, another practice registry) and answer in place of the refusal.
#include <QHostAddress>
#include <QTcpSocket>

namespace rd {

class RefusingPort
{
public:
    explicit RefusingPort(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        m_socket.bind(address, 0, QAbstractSocket::DontShareAddress);
    }
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;
    // 0 when the system refused to bind.
    quint16 port() const { return m_socket.localPort(); }
    QString errorString() const { return m_socket.errorString(); }

private:
    QTcpSocket m_socket;
};

} // namespace rd
