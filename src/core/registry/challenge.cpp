#include "challenge.h"
#include "printable_text.h"

namespace rd {

// A token68 value ("Negotiate abc==") is stored in params under the key "token68".
// Each step of the parser consumes at least one byte, so the work is linear in the input.

namespace {

constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr int kMaxChallenges = 64;

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isWs(char c)
{
    return c == ' ' || c == '\t';
}

struct Cursor
{
    const QByteArray &s;
    int pos = 0;
    bool atEnd() const { return pos >= s.size(); }
    char peek(int ahead = 0) const { return pos + ahead < s.size() ? s.at(pos + ahead) : '\0'; }
    void skipWs()
    {
        while (!atEnd() && isWs(peek()))
            ++pos;
    }
    void skipWsAndCommas()
    {
        while (!atEnd() && (isWs(peek()) || peek() == ','))
            ++pos;
    }
    QByteArray token()
    {
        const int start = pos;
        while (!atEnd() && isTchar(peek()))
            ++pos;
        return s.mid(start, pos - start);
    }
};

QString describe(const char *what, int offset)
{
    return QStringLiteral("%1 at offset %2").arg(QLatin1String(what)).arg(offset);
}

// Looks ahead from the cursor: is this `name = value` (an auth-param)?
bool paramFollows(const Cursor &c)
{
    Cursor probe{c.s, c.pos};
    if (probe.token().isEmpty())
        return false;
    probe.skipWs();
    if (probe.peek() != '=')
        return false;
    ++probe.pos;
    probe.skipWs();
    // "abc==" or "abc=" followed by the end or a comma is a token68, not a parameter.
    return !probe.atEnd() && probe.peek() != '=' && probe.peek() != ',';
}

} // namespace

ChallengeParseResult parseWwwAuthenticate(const QByteArray &headerValue)
{
    ChallengeParseResult result;
    if (headerValue.size() > kMaxHeaderBytes) {
        result.problem = QStringLiteral("header value too long (%1 bytes)").arg(headerValue.size());
        return result;
    }
    if (headerValue.trimmed().isEmpty()) {
        result.problem = QStringLiteral("empty header value");
        return result;
    }

    Cursor c{headerValue};
    while (true) {
        c.skipWsAndCommas();
        if (c.atEnd())
            break;
        if (result.challenges.size() >= kMaxChallenges) {
            result.problem = QStringLiteral("more than %1 challenges").arg(kMaxChallenges);
            break;
        }
        const int schemeStart = c.pos;
        const char first = c.peek();
        const bool letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        const QByteArray scheme = letter ? c.token() : QByteArray();
        if (scheme.isEmpty()) {
            result.problem = describe("expected an authentication scheme", schemeStart);
            break;
        }
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme).toLower();
        bool malformed = false;

        // Right after the scheme: nothing, a token68 or the first parameter.
        const int afterScheme = c.pos;
        c.skipWs();
        if (!c.atEnd() && c.peek() != ',' && c.pos == afterScheme) {
            result.problem = describe("expected a space after the scheme", c.pos);
            break;
        }
        if (!c.atEnd() && c.peek() != ',' && !paramFollows(c)) {
            const int start = c.pos;
            while (!c.atEnd() && isToken68Char(c.peek()))
                ++c.pos;
            while (!c.atEnd() && c.peek() == '=')
                ++c.pos;
            if (c.pos == start) {
                result.problem = describe("unexpected character", c.pos);
                break;
            }
            challenge.params.insert(QStringLiteral("token68"), QString::fromLatin1(headerValue.mid(start, c.pos - start)));
            c.skipWs();
            if (!c.atEnd() && c.peek() != ',') {
                result.problem = describe("unexpected text after token68", c.pos);
                break;
            }
            result.challenges.append(challenge);
            continue;
        }

        // Parameters: name=value separated by commas, until something that starts a new challenge.
        while (true) {
            const int save = c.pos;
            c.skipWsAndCommas();
            if (c.atEnd())
                break;
            if (!paramFollows(c)) {
                c.pos = save; // the next challenge starts here
                break;
            }
            const QString name = QString::fromLatin1(c.token()).toLower();
            c.skipWs();
            ++c.pos; // '='
            c.skipWs();
            QString value;
            if (c.peek() == '"') {
                ++c.pos;
                QByteArray raw;
                bool closed = false;
                while (!c.atEnd()) {
                    const char ch = c.peek();
                    if (ch == '\\' && c.pos + 1 < headerValue.size()) {
                        raw.append(headerValue.at(c.pos + 1));
                        c.pos += 2;
                        continue;
                    }
                    ++c.pos;
                    if (ch == '"') {
                        closed = true;
                        break;
                    }
                    raw.append(ch);
                }
                if (!closed) {
                    result.problem = describe("unterminated quoted string", save);
                    malformed = true;
                    break;
                }
                // A realm, service or error text is shown: one printable line (the header is bounded).
                value = printableText(QString::fromUtf8(raw), kMaxHeaderBytes);
            } else {
                const QByteArray token = c.token();
                if (token.isEmpty()) {
                    result.problem = describe("expected a parameter value", c.pos);
                    malformed = true;
                    break;
                }
                value = QString::fromLatin1(token);
            }
            if (!challenge.params.contains(name))
                challenge.params.insert(name, value);
            // A missing comma before the next parameter or challenge is tolerated: the loops above
            // pick up whatever follows.
        }
        if (malformed)
            break;
        result.challenges.append(challenge);
    }
    result.ok = !result.challenges.isEmpty();
    if (!result.ok && result.problem.isEmpty())
        result.problem = QStringLiteral("no challenge found");
    return result;
}

} // namespace rd
