#include "error_body.h"
#include "printable_text.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace rd {

namespace {

constexpr int kSnippetLength = 200;
// A server's error code, message and detail are shown: one printable line each, bounded here.
constexpr int kMaxCodeLength = 100;
constexpr int kMaxMessageLength = 500;

QString compactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // Numbers and booleans: let Qt write them as JSON, inside an array we then remove.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
}

QStringList texts(const ErrorBody &body)
{
    QStringList out;
    for (const RegistryError &e : body.errors)
        out << e.message << e.detail;
    if (!body.textSnippet.isEmpty())
        out << body.textSnippet;
    return out;
}

} // namespace

QString ErrorBody::firstCode() const
{
    return errors.isEmpty() ? QString() : errors.first().code;
}

QString ErrorBody::firstMessage() const
{
    return errors.isEmpty() ? QString() : errors.first().message;
}

QString ErrorBody::blockedClientIp() const
{
    static const QRegularExpression re(QStringLiteral("client with IP '([0-9A-Fa-f:.]{2,45})' is not allowed"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QStringList all = texts(*this);
    for (const QString &text : all) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QString candidate = it.next().captured(1);
            QHostAddress address;
            if (address.setAddress(candidate))
                return candidate;
        }
    }
    return QString();
}

bool ErrorBody::mentionsApplicationNotRegistered() const
{
    const QStringList all = texts(*this);
    for (const QString &text : all)
        if (text.contains(QLatin1String("application not registered"), Qt::CaseInsensitive))
            return true;
    return false;
}

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        // Decode only what the snippet can use, so a huge body costs little.
        result.textSnippet = printableText(QString::fromUtf8(body.left(kSnippetLength * 8)), kSnippetLength);
        return result;
    }
    result.isJson = true;
    if (!doc.isObject())
        return result;
    const QJsonValue errors = doc.object().value(QLatin1String("errors"));
    if (!errors.isArray()) {
        // Docker Hub's token service: {"details":"incorrect username or password"}, which Docker reads
        // as the message of an UNAUTHORIZED error (distribution's client, "details" for backward
        // compatibility).
        const QJsonValue details = doc.object().value(QLatin1String("details"));
        if (details.isString())
            result.errors.append(RegistryError{QString(), printableText(details.toString(), kMaxMessageLength), QString()});
        return result;
    }
    const QJsonArray array = errors.toArray();
    bool anyObject = false;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        anyObject = true;
        const QJsonObject o = item.toObject();
        RegistryError e;
        e.code = printableText(o.value(QLatin1String("code")).toString(), kMaxCodeLength);
        e.message = printableText(o.value(QLatin1String("message")).toString(), kMaxMessageLength);
        e.detail = printableText(compactJson(o.value(QLatin1String("detail"))), kMaxMessageLength);
        result.errors.append(e);
    }
    result.isRegistryShape = anyObject || array.isEmpty();
    return result;
}

} // namespace rd
