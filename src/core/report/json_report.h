#pragma once
// The JSON report: the same from the command line and the wizard, and readable back.
#include "diagnosis/diagnosis.h"
#include <QByteArray>
#include <QJsonObject>

namespace rd {

class Redactor;

QJsonObject diagnosisToJson(const Diagnosis &d);
QByteArray writeJsonReport(const Diagnosis &d, const Redactor &redactor);
// Reads a report written by writeJsonReport; false with a reason (untranslated) when it is not one.
bool readJsonReport(const QByteArray &json, Diagnosis *out, QString *problem);

} // namespace rd
