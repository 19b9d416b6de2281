#pragma once
// One client connection of the practice HTTPS server: reads requests, answers them in order.
#include "practice_http_server.h"
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace rd {

class PracticeHttpConnection : public QObject
{
    Q_OBJECT
public:
    PracticeHttpConnection(QSslSocket *socket, PracticeHttpServer *server);
    ~PracticeHttpConnection() override;
    void abort();

private:
    void onReadyRead();
    void processBuffer();
    void send(const PracticeHttpResponse &response, bool headRequest, bool keepAlive);
    void failAndClose(int status);

    QSslSocket *m_socket;
    QPointer<PracticeHttpServer> m_server;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_busy = false;      // a (delayed) answer is pending
    bool m_closing = false;
    int m_lingerMs = 0;
};

} // namespace rd
