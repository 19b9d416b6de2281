#pragma once
// The last line of defence before anything is written: removes every secret the check knows of,
// in every form a server or program could echo it in, and anything shaped like a token, from
// text about to leave the program.
#include "secret.h"
#include <QString>
#include <QVector>

namespace rd {

struct CheckContext;

class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const CheckContext &ctx);
    // A secret of any length. Besides its plain form, these are removed: its base64 (standard and
    // URL alphabets, with or without padding, also inside a longer base64 text), percent-encoding,
    // HTML escaping and hex. One of fewer than 4 characters is removed only where it stands alone
    // (not inside a word or a number), as are its short encodings.
    void add(const Secret &secret);
    // A user name and password as sent: the password, and "user:password" (the Basic form).
    void addCredential(const QString &username, const Secret &password);
    QString apply(QString text) const;
    QByteArray apply(const QByteArray &utf8) const;

private:
    QVector<Secret> m_secrets;
};

} // namespace rd
