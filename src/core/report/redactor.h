#pragma once
// The last line of defence before anything is written: removes every secret the check knows of,
// and anything shaped like a token, from text about to leave the program.
#include "../secret.h"
#include <QString>
#include <QVector>

namespace rd {

struct CheckContext;

class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const CheckContext &ctx);
    void add(const Secret &secret);
    QString apply(QString text) const;
    QByteArray apply(const QByteArray &utf8) const;

private:
    QVector<Secret> m_secrets;
};

} // namespace rd
