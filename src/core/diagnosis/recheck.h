#pragma once
// "Check again" on one cause: which probes to run, and how to read their answer against the
// earlier diagnosis. A cause is fixed only when its own probes pass now and nothing that runs for
// the first time (because the cause no longer blocks it) fails: opening a firewall that hid a
// wrong user name is not a fix of the sign-in.
#include "diagnosis.h"
#include <QStringList>

namespace rd {

// The probes to run again for a cause: its own, and every probe of the earlier check that depends
// on them, directly or not (what the cause blocked). What they depend on is added when planned.
QStringList recheckProbes(const QStringList &causeProbes, const QStringList &earlierProbes);

struct Recheck
{
    enum class Outcome {
        Fixed,        // its probes pass and nothing that ran now for the first time fails
        StillThere,   // the same cause was found again
        NewProblem,   // it is gone, but what it blocked runs now and fails (new causes below)
        NotTested,    // it is gone, but its own probes did not run to a pass: nothing to claim
        Cancelled,    // the check again was stopped: the earlier diagnosis stands
    };
    Outcome outcome = Outcome::Cancelled;
    Diagnosis merged;          // the earlier diagnosis with the fresh probes and causes in it
    QStringList newCauses;     // causes found now that the earlier diagnosis did not have
};

// `fresh` is the diagnosis of a check of recheckProbes() for `causeId`.
Recheck mergeRecheck(const Diagnosis &earlier, const Diagnosis &fresh, const QString &causeId);

} // namespace rd
