#pragma once
// Durations in plain words, in the reader's language: "2 hours", "5 minutes".
#include <QDateTime>
#include <QString>

namespace rd {

QString describeDuration(qint64 seconds);
// The duration between now and `when`, whichever comes first.
QString describeDurationTo(const QDateTime &when);
// A date and time in the reader's locale, with the time zone
QString describeMoment(const QDateTime &when);

} // namespace rd
