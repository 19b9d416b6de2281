// The byte-budget relay on loopback sockets: one budget per request, also when several requests
// share one connection through it (ConnectionRelays), and the relay closing its connections once a
// request ended without a complete answer and no other request is left on it.
#include "network/byte_budget_relay.h"
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QDeadlineTimer>
#include <QTest>
#include <memory>

using rd::ByteBudgetRelay;

namespace {

constexpr qint64 kBudget = 1000;

// Answers each line "SEND n" with n bytes 'x', on as many connections as come.
class ByteServer : public QTcpServer
{
public:
    ByteServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    while (s->canReadLine()) {
                        const QByteArray line = s->readLine().trimmed();
                        if (line.startsWith("SEND "))
                            s->write(QByteArray(line.mid(5).toInt(), 'x'));
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    int connections = 0;
};

// Reads from `s` until `count` bytes came, it closed, or 5 s passed; what came. The relay and the
// server answer from this thread's event loop, so this waits in it.
QByteArray readUpTo(QTcpSocket &s, qint64 count)
{
    QByteArray got;
    QDeadlineTimer deadline(5000);
    while (got.size() < count && s.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        QTest::qWait(5);
        got += s.readAll();
    }
    return got + s.readAll();
}

} // namespace

class TestByteBudgetRelay : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<ByteServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_relay = new ByteBudgetRelay(QStringLiteral("127.0.0.1"), m_server->serverPort(), kBudget);
        QVERIFY(m_relay->listen());
    }
    void cleanup()
    {
        delete m_relay.data();
        m_server.reset();
    }

    void twoAnswersOnOneConnection_eachHasItsOwnBudget()
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_relay->port());
        QVERIFY(client.waitForConnected(5000));
        m_relay->beginAnswer();
        client.write("SEND 900\n");
        QCOMPARE(readUpTo(client, 900).size(), 900);
        m_relay->endAnswer(true);
        m_relay->beginAnswer();
        client.write("SEND 900\n"); // 1800 in all: more than one budget, within two
        QCOMPARE(readUpTo(client, 900).size(), 900);
        m_relay->endAnswer(true);
        QCOMPARE(m_server->connections, 1);
        QVERIFY(!m_relay->exceeded());
        QVERIFY(m_relay->reusable());
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    }

    void answerOverItsBudget_cutThere()
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_relay->port());
        QVERIFY(client.waitForConnected(5000));
        m_relay->beginAnswer();
        client.write("SEND 500\n");
        QCOMPARE(readUpTo(client, 500).size(), 500);
        m_relay->endAnswer(true);
        m_relay->beginAnswer();
        // The budget left from the first answer and this one's: 1500 bytes at most, then the end.
        client.write("SEND 100000\n");
        const QByteArray got = readUpTo(client, 100000);
        QVERIFY2(got.size() <= 2 * kBudget - 500, qPrintable(QString::number(got.size())));
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(m_relay->exceeded());
        QVERIFY(!m_relay->reusable());
    }

    void incompleteAnswer_closesTheConnectionsWhenTheLastRequestEnds()
    {
        QTcpSocket first, second;
        for (QTcpSocket *c : {&first, &second}) {
            c->connectToHost(QHostAddress::LocalHost, m_relay->port());
            QVERIFY(c->waitForConnected(5000));
            m_relay->beginAnswer();
        }
        m_relay->endAnswer(false); // stopped at a deadline, say: no new request takes this relay
        QVERIFY(!m_relay->reusable());
        second.write("SEND 10\n"); // the other request still gets its answer
        QCOMPARE(readUpTo(second, 10).size(), 10);
        QPointer<ByteBudgetRelay> relay = m_relay;
        m_relay->endAnswer(true);
        QTRY_VERIFY(relay.isNull());
        QTRY_COMPARE(first.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(second.state(), QAbstractSocket::UnconnectedState);
    }

private:
    std::unique_ptr<ByteServer> m_server;
    QPointer<ByteBudgetRelay> m_relay;
};

QTEST_GUILESS_MAIN(TestByteBudgetRelay)
#include "tst_byte_budget_relay.moc"
