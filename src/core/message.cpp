#include "message.h"
#include "printable_text.h"
#include "time_text.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace rd {

namespace {

// Fills %1..%99 in one pass, so that a value holding "%2" is never filled in again.
QString fill(const QString &pattern, const QStringList &values)
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int index = 0;
            while (j < pattern.size() && pattern.at(j).isDigit() && j - i <= 2)
                index = index * 10 + pattern.at(j++).digitValue();
            if (index >= 1 && index <= values.size()) {
                out += values.at(index - 1);
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Japanese and Chinese write sentences one after the other without a space.
QString sentenceJoiner()
{
    const QLocale::Language l = QLocale().language();
    return l == QLocale::Japanese || l == QLocale::Chinese ? QString() : QStringLiteral(" ");
}

} // namespace

Message Message::translatable(const char *context, const char *source, int n, const char *disambiguation)
{
    Message m;
    m.m_context = context;
    m.m_source = source;
    m.m_disambiguation = disambiguation;
    m.m_n = n;
    return m;
}

Message Message::verbatim(const QString &text)
{
    Message m;
    m.m_verbatim = text;
    return m;
}

// Arg fields in order: kind, text, number, moment, items, nested.
Message &Message::arg(const QString &text)
{
    m_args.append(Arg{Arg::Kind::Text, text, 0, {}, {}, {}});
    return *this;
}

Message &Message::arg(qint64 number)
{
    m_args.append(Arg{Arg::Kind::Number, {}, number, {}, {}, {}});
    return *this;
}

Message &Message::arg(const QDateTime &moment)
{
    m_args.append(Arg{Arg::Kind::Moment, {}, 0, moment, {}, {}});
    return *this;
}

Message &Message::arg(const QStringList &items)
{
    m_args.append(Arg{Arg::Kind::List, {}, 0, {}, items, {}});
    return *this;
}

Message &Message::arg(const Message &nested)
{
    m_args.append(Arg{Arg::Kind::Nested, {}, 0, {}, {}, {nested}});
    return *this;
}

Message &Message::duration(qint64 seconds)
{
    m_args.append(Arg{Arg::Kind::Duration, {}, seconds, {}, {}, {}});
    return *this;
}

Message &Message::then(const Message &next)
{
    if (!next.isEmpty())
        m_next << next;
    return *this;
}

QString Message::render() const
{
    QString text;
    if (!m_verbatim.isEmpty() || m_source.isEmpty()) {
        text = m_verbatim;
    } else {
        const QString pattern = QCoreApplication::translate(m_context.constData(), m_source.constData(),
                                                            m_disambiguation.isEmpty() ? nullptr : m_disambiguation.constData(), m_n);
        QStringList values;
        values.reserve(m_args.size());
        for (const Arg &a : m_args) {
            switch (a.kind) {
            case Arg::Kind::Text: values << a.text; break;
            case Arg::Kind::Number: values << QString::number(a.number); break;
            case Arg::Kind::Moment: values << describeMoment(a.moment); break;
            case Arg::Kind::List: values << QLocale().createSeparatedList(a.items); break;
            case Arg::Kind::Nested: values << (a.nested.isEmpty() ? QString() : a.nested.first().render()); break;
            case Arg::Kind::Duration: values << describeDuration(a.number); break;
            }
        }
        text = fill(pattern, values);
    }
    for (const Message &next : m_next)
        text += sentenceJoiner() + next.render();
    return text;
}

namespace {

QString kindName(int kind)
{
    static const char *const names[] = {"text", "number", "moment", "list", "message", "duration"};
    return QLatin1String(names[kind]);
}

} // namespace

QJsonObject Message::toJson() const
{
    QJsonObject o;
    if (m_source.isEmpty()) {
        o.insert(QStringLiteral("text"), m_verbatim);
    } else {
        o.insert(QStringLiteral("context"), QString::fromLatin1(m_context));
        o.insert(QStringLiteral("source"), QString::fromUtf8(m_source));
        if (!m_disambiguation.isEmpty())
            o.insert(QStringLiteral("disambiguation"), QString::fromUtf8(m_disambiguation));
        if (m_n >= 0)
            o.insert(QStringLiteral("n"), m_n);
        QJsonArray args;
        for (const Arg &a : m_args) {
            QJsonObject j{{QStringLiteral("type"), kindName(int(a.kind))}};
            switch (a.kind) {
            case Arg::Kind::Text: j.insert(QStringLiteral("value"), a.text); break;
            case Arg::Kind::Number:
            case Arg::Kind::Duration: j.insert(QStringLiteral("value"), double(a.number)); break;
            case Arg::Kind::Moment: j.insert(QStringLiteral("value"), a.moment.toUTC().toString(Qt::ISODateWithMs)); break;
            case Arg::Kind::List: j.insert(QStringLiteral("value"), QJsonArray::fromStringList(a.items)); break;
            case Arg::Kind::Nested: j.insert(QStringLiteral("value"), a.nested.isEmpty() ? QJsonObject() : a.nested.first().toJson()); break;
            }
            args.append(j);
        }
        if (!args.isEmpty())
            o.insert(QStringLiteral("args"), args);
    }
    if (!m_next.isEmpty()) {
        QJsonArray next;
        for (const Message &m : m_next)
            next.append(m.toJson());
        o.insert(QStringLiteral("then"), next);
    }
    return o;
}

namespace {

// A report comes from someone else: every text it gives is made one printable line and bounded,
// and so are the counts, before anything is rendered from it (the same bounds as the reader's).
constexpr int kMaxSourceText = 4000;
constexpr int kMaxArgText = 2000;
constexpr int kMaxArgs = 16;
constexpr int kMaxItems = 32;
constexpr int kMaxDepth = 4;

QString bounded(const QJsonValue &v, int max)
{
    return printableText(v.toString(), max);
}

} // namespace

Message Message::fromJson(const QJsonObject &o)
{
    return fromJson(o, 0);
}

Message Message::fromJson(const QJsonObject &o, int depth)
{
    Message m;
    if (depth > kMaxDepth)
        return m;
    const QString source = bounded(o.value(QStringLiteral("source")), kMaxSourceText);
    if (source.isEmpty()) {
        m.m_verbatim = bounded(o.value(QStringLiteral("text")), kMaxSourceText);
    } else {
        m.m_context = bounded(o.value(QStringLiteral("context")), 200).toLatin1();
        m.m_source = source.toUtf8();
        m.m_disambiguation = bounded(o.value(QStringLiteral("disambiguation")), 200).toUtf8();
        m.m_n = o.value(QStringLiteral("n")).toInt(-1);
        const QJsonArray args = o.value(QStringLiteral("args")).toArray();
        for (qsizetype i = 0; i < args.size() && i < kMaxArgs; ++i) {
            const QJsonObject j = args.at(i).toObject();
            const QString type = j.value(QStringLiteral("type")).toString();
            const QJsonValue value = j.value(QStringLiteral("value"));
            if (type == kindName(int(Arg::Kind::Number)))
                m.arg(qint64(qBound(-1e15, value.toDouble(), 1e15)));
            else if (type == kindName(int(Arg::Kind::Duration)))
                m.duration(qint64(qBound(-1e12, value.toDouble(), 1e12)));
            else if (type == kindName(int(Arg::Kind::Moment)))
                m.arg(QDateTime::fromString(bounded(value, 64), Qt::ISODateWithMs));
            else if (type == kindName(int(Arg::Kind::List))) {
                QStringList items;
                const QJsonArray list = value.toArray();
                for (qsizetype k = 0; k < list.size() && k < kMaxItems; ++k)
                    items << bounded(list.at(k), 300);
                m.arg(items);
            } else if (type == kindName(int(Arg::Kind::Nested)))
                m.arg(fromJson(value.toObject(), depth + 1));
            else
                m.arg(bounded(value, kMaxArgText));
        }
    }
    const QJsonArray next = o.value(QStringLiteral("then")).toArray();
    for (qsizetype i = 0; i < next.size() && i < kMaxArgs; ++i)
        m.then(fromJson(next.at(i).toObject(), depth + 1));
    return m;
}

bool Message::Arg::operator==(const Arg &o) const
{
    return kind == o.kind && text == o.text && number == o.number && moment == o.moment && items == o.items
           && nested == o.nested;
}

bool Message::operator==(const Message &o) const
{
    return m_context == o.m_context && m_source == o.m_source && m_disambiguation == o.m_disambiguation
           && m_n == o.m_n && m_verbatim == o.m_verbatim && m_args == o.m_args && m_next == o.m_next;
}

} // namespace rd
