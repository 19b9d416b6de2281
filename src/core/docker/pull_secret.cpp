#include "pull_secret.h"
#include "check_options.h"
#include "registry/registry_reference.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rd {

namespace {

// The kubelet's host match: the same number of dot-separated parts, each matching as a glob
// (filepath.Match), and the same port.
bool hostMatches(const QString &pattern, const QString &host)
{
    const auto split = [](const QString &h, QString *port) {
        const qsizetype colon = h.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !h.contains(QLatin1Char(']'))) {
            *port = h.mid(colon + 1);
            return h.left(colon);
        }
        port->clear();
        return h;
    };
    QString patternPort, hostPort;
    const QStringList p = split(pattern, &patternPort).split(QLatin1Char('.'));
    const QStringList h = split(host.toLower(), &hostPort).split(QLatin1Char('.'));
    if (p.size() != h.size() || patternPort != hostPort)
        return false;
    for (int i = 0; i < p.size(); ++i) {
        QString re;
        for (const QChar c : p.at(i))
            re += c == QLatin1Char('*') ? QStringLiteral(".*") : c == QLatin1Char('?') ? QStringLiteral(".") : QRegularExpression::escape(QString(c));
        const QRegularExpression glob(QRegularExpression::anchoredPattern(re));
        if (!glob.match(h.at(i)).hasMatch())
            return false;
    }
    return true;
}

} // namespace

PullSecret parsePullSecret(const QByteArray &bytes)
{
    PullSecret s;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        s.problem = QStringLiteral("not JSON (use kubectl get secret NAME -o json)");
        return s;
    }
    QJsonObject root = doc.object();
    QByteArray config;
    if (root.value(QLatin1String("kind")).toString() == QLatin1String("Secret")) {
        s.secretType = root.value(QLatin1String("type")).toString();
        const QString data = root.value(QLatin1String("data")).toObject().value(QLatin1String(".dockerconfigjson")).toString();
        const QString plain = root.value(QLatin1String("stringData")).toObject().value(QLatin1String(".dockerconfigjson")).toString();
        if (!data.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                s.problem = QStringLiteral(".dockerconfigjson is not base64");
                return s;
            }
            config = *decoded;
        } else if (!plain.isEmpty()) {
            config = plain.toUtf8();
        } else {
            s.problem = QStringLiteral("the Secret has no .dockerconfigjson (type %1)").arg(s.secretType);
            return s;
        }
    } else if (root.contains(QLatin1String("auths"))) {
        config = bytes;
    } else {
        s.problem = QStringLiteral("neither a Secret nor a .dockerconfigjson");
        return s;
    }
    s.config = parseDockerConfig(config, QStringLiteral(".dockerconfigjson"));
    if (!s.config.ok) {
        s.problem = QStringLiteral(".dockerconfigjson: ") + s.config.problem;
        return s;
    }
    const QJsonObject auths = QJsonDocument::fromJson(config).object().value(QLatin1String("auths")).toObject();
    s.keys = auths.keys();
    s.ok = true;
    return s;
}

const DockerAuthEntry *pullSecretEntryFor(const PullSecret &secret, const QString &loginServer, QString *matchedKey)
{
    for (const QString &key : secret.keys) {
        if (!hostMatches(normaliseServerKey(key), loginServer))   // the host and port, lowercase
            continue;
        // DockerConfig keeps its entries by Docker's normalised key, which keeps a glob as written.
        const auto it = secret.config.auths.constFind(normaliseServerKey(key));
        if (it == secret.config.auths.cend())
            continue;
        if (matchedKey)
            *matchedKey = key;
        return &*it;
    }
    return nullptr;
}

void applyPullSecret(CheckOptions &options, const PullSecret &secret)
{
    options.pullSecretGiven = true;
    options.pullSecretKeys = secret.keys;
    options.pullSecretKey.clear();
    options.username.clear();
    options.password = Secret();
    options.passwordGiven = false;
    const DockerAuthEntry *entry =
        pullSecretEntryFor(secret, parseRegistryReference(options.registryInput).loginServer, &options.pullSecretKey);
    if (!entry)
        return;
    options.username = entry->username;
    options.password = entry->password;
    options.passwordGiven = !entry->password.isEmpty();
    options.signIn = SignInMethod::Password;
}

} // namespace rd
