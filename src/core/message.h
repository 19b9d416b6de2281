#pragma once
// A sentence to be shown later: a translatable source text (context, English text, plural count)
// and typed arguments, rendered when it is shown or written, with the translator and QLocale in
// effect then. Probes and rules build Messages; reports and the wizard render them, so a saved
// report or a language switch shows every finding in the reader's language.
#include <QDateTime>
#include <QJsonObject>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rd {

class Message
{
public:
    Message() = default;
    // `source` is a string lupdate saw (tr(), QT_TR_NOOP, QT_TRANSLATE_NOOP) in `context`;
    // n >= 0 picks the plural form of a %n message.
    static Message translatable(const char *context, const char *source, int n = -1, const char *disambiguation = nullptr);
    // Text that is already what the reader sees (a program's own output, a Qt error string).
    static Message verbatim(const QString &text);

    // Arguments fill %1, %2, ... in order, each rendered for its type.
    Message &arg(const QString &text);                // verbatim
    Message &arg(const char *text) = delete;          // say which: QString or a Message
    Message &arg(int number) { return arg(qint64(number)); }
    Message &arg(qint64 number);                      // a count or code, digits only
    Message &arg(const QDateTime &moment);            // date and time in the reader's locale and time zone
    Message &arg(const QStringList &items);           // "a, b and c" in the reader's language
    Message &arg(const Message &nested);
    Message &duration(qint64 seconds);                // "2 hours", "5 minutes", with plural forms
    template <typename A, typename B, typename... Rest>
    Message &arg(const A &a, const B &b, const Rest &...rest)
    {
        arg(a);
        return arg(b, rest...);
    }
    // A following sentence of the same finding (joined as the reader's language joins sentences).
    Message &then(const Message &next);

    bool isEmpty() const { return m_source.isEmpty() && m_verbatim.isEmpty(); }
    QString render() const;

    QJsonObject toJson() const;
    // From a report (someone else's file): texts made printable and bounded, counts and depth capped.
    static Message fromJson(const QJsonObject &o);

    bool operator==(const Message &o) const;

private:
    static Message fromJson(const QJsonObject &o, int depth);
    struct Arg
    {
        enum class Kind { Text, Number, Moment, List, Nested, Duration };
        Kind kind = Kind::Text;
        QString text;
        qint64 number = 0;
        QDateTime moment;
        QStringList items;
        QVector<Message> nested;   // one element for Nested
        bool operator==(const Arg &o) const;
    };
    QByteArray m_context, m_source, m_disambiguation;
    int m_n = -1;
    QString m_verbatim;
    QVector<Arg> m_args;
    QVector<Message> m_next;
};

} // namespace rd
