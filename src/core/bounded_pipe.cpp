#include "bounded_pipe.h"
#ifdef Q_OS_WIN
#include <windows.h>

namespace rd {

namespace {
constexpr DWORD kPipeBuffer = 64 * 1024;
}

BoundedPipe::BoundedPipe()
{
    SECURITY_ATTRIBUTES inherit = {sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE read = nullptr;
    HANDLE write = nullptr;
    if (!CreatePipe(&read, &write, &inherit, kPipeBuffer))
        return;
    // Only the write end goes to the child.
    SetHandleInformation(read, HANDLE_FLAG_INHERIT, 0);
    m_read = read;
    m_write = write;
}

BoundedPipe::~BoundedPipe()
{
    closeWriteEnd();
    if (m_read)
        CloseHandle(m_read);
}

void BoundedPipe::closeWriteEnd()
{
    if (m_write)
        CloseHandle(m_write);
    m_write = nullptr;
}

QByteArray BoundedPipe::readAvailable(qint64 max)
{
    QByteArray got;
    while (m_read && got.size() < max) {
        DWORD available = 0;
        if (!PeekNamedPipe(m_read, nullptr, 0, nullptr, &available, nullptr) || available == 0)
            break; // empty, or every writer is gone
        const DWORD want = DWORD(qMin<qint64>(available, max - got.size()));
        const qsizetype at = got.size();
        got.resize(at + want);
        DWORD read = 0;
        if (!ReadFile(m_read, got.data() + at, want, &read, nullptr)) {
            got.resize(at);
            break;
        }
        got.resize(at + read);
    }
    return got;
}

} // namespace rd
#endif
