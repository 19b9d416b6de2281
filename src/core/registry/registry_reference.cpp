#include "registry_reference.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace rd {

namespace {

// Longer text is not a server name (a DNS name has at most 253 characters); refuse it before any work.
constexpr int kMaxInputLength = 2048;
constexpr int kMaxHostLength = 253;
constexpr int kMaxLabelLength = 63;
constexpr int kAcrNameMin = 5;
constexpr int kAcrNameMax = 50;

// Messages are written as say(QT_TRANSLATE_NOOP("rd::RegistryReference", ...)) with the context
// spelled out: lupdate would file the calls of a free tr() helper under "rd". They are rendered
// when shown, in the reader's language.

struct Pending
{
    QString id;
    bool blocking = false;
    QString corrected; // for blocking findings: the suggestion, if any
    QString detail;    // extra value some messages name (the scheme, the typed name)
};

const QStringList &acrSuffixes()
{
    static const QStringList suffixes{QStringLiteral(".azurecr.io"), QStringLiteral(".azurecr.cn"),
                                      QStringLiteral(".azurecr.us")};
    return suffixes;
}

bool isAsciiAlnum(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool isAcrNameChars(const QString &name)
{
    for (QChar c : name)
        if (!isAsciiAlnum(c))
            return false;
    return true;
}

// Text refused before it is parsed (too long, control characters) may hold a password we cannot
// locate: keep only its leading host-like characters, never a colon, an @ or a space.
QString safeInputPrefix(const QString &input)
{
    constexpr int kMaxShown = 64;
    QString shown;
    for (QChar c : input) {
        if (shown.size() >= kMaxShown || !(isAsciiAlnum(c) || c == QLatin1Char('.') || c == QLatin1Char('-')))
            return shown + QStringLiteral("...");
        shown.append(c);
    }
    return shown;
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Characters that never belong in a host name and that a shell would interpret (or that show the
// text is a sentence, not a name).
bool hasForbiddenHostCharacters(const QString &host)
{
    static const QString forbidden = QStringLiteral(";$`'\"|&<>(){}\\*?!#%^=,~+");
    for (QChar c : host) {
        if (c.isSpace() || forbidden.contains(c))
            return true;
    }
    return false;
}

// A DNS host name: labels of letters, digits and inner hyphens. Underscores are tolerated only to
// report them as ACR name characters elsewhere; here they make the host invalid.
bool isValidDnsName(const QString &host)
{
    if (host.isEmpty() || host.size() > kMaxHostLength)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabelLength)
            return false;
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label)
            if (!isAsciiAlnum(c) && c != QLatin1Char('-'))
                return false;
    }
    return true;
}

struct Token
{
    QString text;
    int start = 0; // index in the text it came from
};

QVector<Token> splitWords(const QString &text)
{
    QVector<Token> words;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const int start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i > start)
            words.append(Token{text.mid(start, i - start), start});
    }
    return words;
}

struct CommandStrip
{
    bool wasCommand = false;
    QString server;                 // the argument that names the registry
    QVector<QPair<int, int>> secretRanges; // (start, length) of password values in the text
};

// Recognises `docker login [options] server` and `az acr login --name name [options]` pasted whole.
CommandStrip stripLoginCommand(const QString &text)
{
    CommandStrip result;
    const QVector<Token> words = splitWords(text);
    if (words.size() < 2)
        return result;
    const QString w0 = words.at(0).text.toLower();
    const QString w1 = words.at(1).text.toLower();
    int first = 0;
    bool az = false;
    if ((w0 == QLatin1String("docker") || w0 == QLatin1String("podman") || w0 == QLatin1String("nerdctl"))
        && w1 == QLatin1String("login")) {
        first = 2;
    } else if (w0 == QLatin1String("sudo") && words.size() >= 3 && w1 == QLatin1String("docker")
               && words.at(2).text.toLower() == QLatin1String("login")) {
        first = 3;
    } else if (w0 == QLatin1String("az") && words.size() >= 3 && w1 == QLatin1String("acr")
               && words.at(2).text.toLower() == QLatin1String("login")) {
        first = 3;
        az = true;
    } else {
        return result;
    }
    result.wasCommand = true;
    // Options that take a value; the value of a password option is a secret.
    static const QStringList withValue{QStringLiteral("-u"), QStringLiteral("--username"), QStringLiteral("-p"),
                                       QStringLiteral("--password"), QStringLiteral("-n"), QStringLiteral("--name"),
                                       QStringLiteral("--subscription"), QStringLiteral("-g"),
                                       QStringLiteral("--resource-group"), QStringLiteral("--suffix"),
                                       QStringLiteral("-t"), QStringLiteral("--tenant")};
    static const QStringList passwordOptions{QStringLiteral("-p"), QStringLiteral("--password")};
    QString positional;
    QString azName;
    for (int i = first; i < words.size(); ++i) {
        const Token &w = words.at(i);
        const QString lower = w.text.toLower();
        if (lower.startsWith(QLatin1Char('-'))) {
            const int eq = int(lower.indexOf(QLatin1Char('=')));
            const QString option = eq > 0 ? lower.left(eq) : lower;
            const bool isPassword = passwordOptions.contains(option);
            if (eq > 0) {
                const QString value = w.text.mid(eq + 1);
                if (isPassword)
                    result.secretRanges.append({w.start + eq + 1, int(value.size())});
                if (option == QLatin1String("-n") || option == QLatin1String("--name"))
                    azName = value;
                continue;
            }
            // Short password option glued to its value: -pSECRET
            if (lower.startsWith(QLatin1String("-p")) && !lower.startsWith(QLatin1String("--")) && lower.size() > 2) {
                result.secretRanges.append({w.start + 2, int(w.text.size()) - 2});
                continue;
            }
            if (withValue.contains(option) && i + 1 < words.size()) {
                const Token &value = words.at(i + 1);
                if (isPassword)
                    result.secretRanges.append({value.start, int(value.text.size())});
                if (option == QLatin1String("-n") || option == QLatin1String("--name"))
                    azName = value.text;
                ++i;
            }
            continue;
        }
        positional = w.text;
    }
    result.server = az ? azName : positional;
    return result;
}

// A finding's sentence, in the context lupdate files it under.
Message say(const char *source)
{
    return Message::translatable("rd::RegistryReference", source);
}

Message messageFor(const Pending &p, const QString &corrected)
{
    const QString id = p.id;
    if (id == QLatin1String("whitespace"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Remove the spaces before and after the name: %1")).arg(corrected);
    if (id == QLatin1String("command"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Only the registry's login server is needed, not the whole command: %1")).arg(corrected);
    if (id == QLatin1String("uppercase"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Use lowercase letters: %1")).arg(corrected);
    if (id == QLatin1String("scheme"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Leave out \"%1\"; the login server is the name alone: %2")).arg(p.detail, corrected);
    if (id == QLatin1String("path"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Leave out the path after the server name: %1")).arg(corrected);
    if (id == QLatin1String("tag"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "This is an image reference; the registry's login server is: %1")).arg(corrected);
    if (id == QLatin1String("port-443"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Leave out \":443\", the standard HTTPS port, or the name will not match stored credentials: %1"))
            .arg(corrected);
    if (id == QLatin1String("privatelink"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Use the registry's normal name, not the private-link name (its certificate is for "
                  "*.azurecr.io; with a private endpoint the normal name leads to it): %1"))
            .arg(corrected);
    if (id == QLatin1String("data-endpoint"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "This is a data endpoint of the registry, not its login server. Log in to: %1")).arg(corrected);
    if (id == QLatin1String("bare-name"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "A name alone means an Azure container registry in the public cloud: %1")).arg(corrected);
    if (id == QLatin1String("credentials-in-url"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Remove the user name and password from the text and never share a password; the server is: %1"))
            .arg(corrected);
    if (id == QLatin1String("name-length")) {
        if (!corrected.isEmpty())
            return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1")).arg(corrected);
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "An Azure container registry name has 5 to 50 letters and digits; \"%1\" has %2, so no such "
                  "registry can exist."))
            .arg(p.detail)
            .arg(p.detail.size());
    }
    if (id == QLatin1String("name-characters")) {
        if (!corrected.isEmpty())
            return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "An Azure container registry name has only letters and digits (no dashes, dots or "
                      "underscores). Did you mean: %1"))
                .arg(corrected);
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "An Azure container registry name has only letters and digits (no dashes, dots or "
                  "underscores), so no such registry can exist."));
    }
    if (id == QLatin1String("empty"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "Enter the registry's login server, for example myregistry.azurecr.io."));
    if (id == QLatin1String("bad-port"))
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "The port after the colon must be a number from 1 to 65535."));
    if (id == QLatin1String("bad-host")) {
        if (!corrected.isEmpty())
            return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "This is not a valid server name. Did you mean: %1")).arg(corrected);
        return say(QT_TRANSLATE_NOOP("rd::RegistryReference", "This is not a valid server name: a login server has only letters, digits, dots and dashes, "
                  "like myregistry.azurecr.io."));
    }
    return Message();
}

struct Parser
{
    QString input;
    QVector<Pending> pending;
    RegistryReference result;

    void add(const QString &id, bool blocking = false, const QString &corrected = QString(),
             const QString &detail = QString())
    {
        for (const Pending &p : pending)
            if (p.id == id)
                return;
        pending.append(Pending{id, blocking, corrected, detail});
    }

    bool blocked() const
    {
        for (const Pending &p : pending)
            if (p.blocking)
                return true;
        return false;
    }

    RegistryReference finish()
    {
        const bool isBlocked = blocked();
        if (isBlocked) {
            result.loginServer.clear();
            result.host.clear();
            result.port = 443;
            result.kind = RegistryReference::Kind::Generic;
            result.acrName.clear();
            result.cloudSuffix.clear();
        }
        for (const Pending &p : pending) {
            ReferenceFinding f;
            f.id = p.id;
            f.blocking = p.blocking;
            f.corrected = p.blocking ? p.corrected : (isBlocked ? QString() : result.loginServer);
            f.text = messageFor(p, f.corrected);
            f.message = f.text.render();
            result.findings.append(f);
        }
        return result;
    }

    // Checks an ACR resource name; returns false (with a blocking finding) when no registry can have it.
    bool checkAcrName(const QString &name, const QString &suffix)
    {
        if (!isAcrNameChars(name)) {
            QString stripped;
            bool onlySeparators = true;
            for (QChar c : name) {
                if (isAsciiAlnum(c))
                    stripped.append(c);
                else if (c != QLatin1Char('-') && c != QLatin1Char('_'))
                    onlySeparators = false;
            }
            const bool obvious = onlySeparators && stripped.size() >= kAcrNameMin && stripped.size() <= kAcrNameMax;
            add(QStringLiteral("name-characters"), true, obvious ? stripped + suffix : QString());
            return false;
        }
        if (name.size() < kAcrNameMin || name.size() > kAcrNameMax) {
            add(QStringLiteral("name-length"), true, QString(), name);
            return false;
        }
        return true;
    }

    void run();
};

void Parser::run()
{
    result.input = input;
    if (input.size() > kMaxInputLength) {
        result.input = safeInputPrefix(input);
        add(QStringLiteral("bad-host"), true);
        return;
    }
    QString text = input.trimmed();
    // Offset of `text` inside `input`, to redact secrets in the stored input.
    int textOffset = 0;
    while (textOffset < input.size() && input.at(textOffset).isSpace())
        ++textOffset;
    if (text.isEmpty()) {
        add(QStringLiteral("empty"), true);
        return;
    }
    if (text.size() != input.size())
        add(QStringLiteral("whitespace"));
    if (hasControlCharacters(text)) {
        result.input = safeInputPrefix(input);
        add(QStringLiteral("bad-host"), true);
        return;
    }

    QVector<QPair<int, int>> secretRanges; // in `input` coordinates

    // A whole login command pasted: keep its server argument.
    const CommandStrip command = stripLoginCommand(text);
    if (command.wasCommand) {
        for (const auto &range : command.secretRanges)
            secretRanges.append({range.first + textOffset, range.second});
        add(QStringLiteral("command"));
        if (!command.secretRanges.isEmpty())
            add(QStringLiteral("credentials-in-url"));
        if (command.server.isEmpty()) {
            add(QStringLiteral("empty"), true);
        } else {
            textOffset += int(text.indexOf(command.server));
            text = command.server;
        }
    }

    auto redactInput = [&]() {
        QString redacted = input;
        // Replace from the end so earlier offsets stay valid.
        std::sort(secretRanges.begin(), secretRanges.end(),
                  [](const QPair<int, int> &a, const QPair<int, int> &b) { return a.first > b.first; });
        for (const auto &range : secretRanges)
            if (range.first >= 0 && range.first + range.second <= redacted.size())
                redacted.replace(range.first, range.second, QStringLiteral("***"));
        result.input = redacted;
    };

    if (blocked()) {
        redactInput();
        return;
    }

    // Scheme.
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]{0,15})://"));
    const QRegularExpressionMatch schemeMatch = schemeRe.match(text);
    bool hadScheme = false;
    if (schemeMatch.hasMatch()) {
        hadScheme = true;
        add(QStringLiteral("scheme"), false, QString(), schemeMatch.captured(0).toLower());
        textOffset += int(schemeMatch.capturedLength(0));
        text = text.mid(schemeMatch.capturedLength(0));
    }

    // Authority and path.
    int slash = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            slash = i;
            break;
        }
    }
    QString authority = slash < 0 ? text : text.left(slash);
    const QString path = slash < 0 ? QString() : text.mid(slash);

    // Credentials: user[:password]@host.
    const int at = int(authority.lastIndexOf(QLatin1Char('@')));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const int colon = int(userInfo.indexOf(QLatin1Char(':')));
        if (colon >= 0)
            secretRanges.append({textOffset + colon + 1, int(userInfo.size()) - colon - 1});
        add(QStringLiteral("credentials-in-url"));
        authority = authority.mid(at + 1);
    }
    redactInput();

    // Host and port.
    QString hostPart;
    QString portText;
    bool ipv6 = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const int close = int(authority.indexOf(QLatin1Char(']')));
        if (close < 0) {
            add(QStringLiteral("bad-host"), true);
            return;
        }
        hostPart = authority.left(close + 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                add(QStringLiteral("bad-host"), true);
                return;
            }
            portText = rest.mid(1);
            if (portText.isEmpty()) {
                add(QStringLiteral("bad-port"), true);
                return;
            }
        }
        QHostAddress address;
        if (!address.setAddress(hostPart.mid(1, hostPart.size() - 2))
            || address.protocol() != QAbstractSocket::IPv6Protocol) {
            add(QStringLiteral("bad-host"), true);
            return;
        }
        hostPart = QLatin1Char('[') + address.toString().toLower() + QLatin1Char(']');
        ipv6 = true;
    } else {
        const int colon = int(authority.indexOf(QLatin1Char(':')));
        if (colon >= 0) {
            hostPart = authority.left(colon);
            portText = authority.mid(colon + 1);
            if (portText.isEmpty()) {
                add(QStringLiteral("bad-port"), true);
                return;
            }
        } else {
            hostPart = authority;
        }
    }

    int port = 443;
    bool explicitPort = false;
    if (!portText.isEmpty()) {
        bool ok = false;
        bool digits = portText.size() <= 5;
        for (QChar c : portText)
            if (!c.isDigit() || c.unicode() > 127)
                digits = false;
        const int value = digits ? portText.toInt(&ok) : 0;
        if (!ok || value < 1 || value > 65535) {
            // A shell character after the colon is a bad host, not merely a bad port.
            add(hasForbiddenHostCharacters(portText) ? QStringLiteral("bad-host") : QStringLiteral("bad-port"), true);
            return;
        }
        port = value;
        explicitPort = true;
    }

    if (hostPart.isEmpty() || hasForbiddenHostCharacters(hostPart)) {
        add(QStringLiteral("bad-host"), true);
        return;
    }

    // Mixed case only matters for names; IPv6 literals were normalised above.
    if (!ipv6 && hostPart != hostPart.toLower())
        add(QStringLiteral("uppercase"));
    QString host = ipv6 ? hostPart : hostPart.toLower();

    if (explicitPort && port == 443)
        add(QStringLiteral("port-443"));

    // Path: an image reference (repository[:tag][@digest]) or a URL path.
    if (!path.isEmpty() && !(hadScheme && path == QLatin1String("/"))) {
        QString repo = path;
        while (repo.startsWith(QLatin1Char('/')))
            repo.remove(0, 1);
        const int query = int(repo.indexOf(QRegularExpression(QStringLiteral("[?#]"))));
        if (query >= 0)
            repo.truncate(query);
        bool tagged = false;
        const int digest = int(repo.indexOf(QLatin1Char('@')));
        if (digest >= 0) {
            repo.truncate(digest);
            tagged = true;
        }
        const int lastSlash = int(repo.lastIndexOf(QLatin1Char('/')));
        const int tagColon = int(repo.lastIndexOf(QLatin1Char(':')));
        if (tagColon > lastSlash) {
            repo.truncate(tagColon);
            tagged = true;
        }
        while (repo.endsWith(QLatin1Char('/')))
            repo.chop(1);
        // API paths are not repositories.
        static const QRegularExpression apiPath(QStringLiteral("^v[12](/|$)"));
        if (apiPath.match(repo).hasMatch() || repo.startsWith(QLatin1String("oauth2")))
            repo.clear();
        result.repository = repo;
        add(tagged ? QStringLiteral("tag") : QStringLiteral("path"));
    }

    QHostAddress address;
    const bool isIp = ipv6 || address.setAddress(host);

    // ACR names.
    QString suffix;
    for (const QString &s : acrSuffixes())
        if (!isIp && host.endsWith(s) && host.size() > s.size()) {
            suffix = s;
            break;
        }

    if (!suffix.isEmpty()) {
        QString name = host.left(host.size() - suffix.size());
        if (name.endsWith(QLatin1String(".privatelink"))) {
            name.chop(int(qstrlen(".privatelink")));
            add(QStringLiteral("privatelink"));
        } else {
            static const QRegularExpression dataEndpoint(QStringLiteral("^([^.]+)\\.[a-z0-9-]+\\.data$"));
            const QRegularExpressionMatch m = dataEndpoint.match(name);
            if (m.hasMatch()) {
                name = m.captured(1);
                add(QStringLiteral("data-endpoint"));
            }
        }
        if (!checkAcrName(name, suffix))
            return;
        result.kind = RegistryReference::Kind::Acr;
        result.acrName = name;
        result.cloudSuffix = suffix;
        host = name + suffix;
    } else if (!isIp && !host.contains(QLatin1Char('.')) && host != QLatin1String("localhost") && !explicitPort) {
        // A bare name: the ACR resource name in the public cloud.
        if (!checkAcrName(host, QStringLiteral(".azurecr.io")))
            return;
        add(QStringLiteral("bare-name"));
        result.kind = RegistryReference::Kind::Acr;
        result.acrName = host;
        result.cloudSuffix = QStringLiteral(".azurecr.io");
        host = host + result.cloudSuffix;
    } else if (!isIp) {
        if (!isValidDnsName(host)) {
            QString suggestion;
            if (host.endsWith(QLatin1Char('.'))) {
                const QString withoutDot = host.left(host.size() - 1);
                if (isValidDnsName(withoutDot))
                    suggestion = withoutDot + (explicitPort && port != 443 ? QLatin1Char(':') + QString::number(port)
                                                                           : QString());
            }
            add(QStringLiteral("bad-host"), true, suggestion);
            return;
        }
    }

    result.host = host;
    result.port = port;
    result.loginServer = (explicitPort && port != 443) ? host + QLatin1Char(':') + QString::number(port) : host;
}

} // namespace

bool RegistryReference::hasBlockingFinding() const
{
    for (const ReferenceFinding &f : findings)
        if (f.blocking)
            return true;
    return false;
}

QString RegistryReference::kindName(Kind kind)
{
    return kind == Kind::Acr ? QStringLiteral("acr") : QStringLiteral("generic");
}

RegistryReference parseRegistryReference(const QString &input)
{
    Parser parser;
    parser.input = input;
    parser.run();
    return parser.finish();
}

} // namespace rd
