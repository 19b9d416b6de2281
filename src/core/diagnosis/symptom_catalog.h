#pragma once
// The article's seven symptoms, with stable ids. Each one selects the probes it needs (plan.h).
#include "ids.h"
#include <QString>
#include <QStringList>
#include <QVector>

namespace rd {


struct Symptom
{
    QString id;
    QString title;        // translated, as the user would say it
    QString example;      // the message as seen (not translated: it is what the tool printed)
    QStringList probes;   // probes this symptom needs (the plan adds their dependencies)
};

QVector<Symptom> symptomCatalog();
bool isKnownSymptom(const QString &id);

} // namespace rd
