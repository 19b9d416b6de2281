#include "recheck.h"
#include "goal.h"
#include "plan.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace rd {

QStringList recheckProbes(const QStringList &causeProbes, const QStringList &earlierProbes)
{
    QSet<QString> rerun(causeProbes.cbegin(), causeProbes.cend());
    // Downstream closure within the earlier check: repeat until no probe joins.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const QString &id : earlierProbes) {
            if (rerun.contains(id))
                continue;
            const QStringList deps = probeDependencies(id);
            if (std::any_of(deps.cbegin(), deps.cend(), [&rerun](const QString &d) { return rerun.contains(d); })) {
                rerun.insert(id);
                grew = true;
            }
        }
    }
    QStringList ordered;
    for (const QString &id : earlierProbes)
        if (rerun.contains(id))
            ordered << id;
    for (const QString &id : causeProbes)
        if (!ordered.contains(id))
            ordered << id;
    return ordered;
}

namespace {

bool ran(ProbeStatus s)
{
    return s != ProbeStatus::Skip;
}

bool hasCause(const QVector<Cause> &causes, const QString &id)
{
    return std::any_of(causes.cbegin(), causes.cend(), [&id](const Cause &c) { return c.id == id; });
}

} // namespace

Recheck mergeRecheck(const Diagnosis &earlier, const Diagnosis &fresh, const QString &causeId)
{
    Recheck r;
    r.merged = earlier;
    if (fresh.cancelled) {
        r.outcome = Recheck::Outcome::Cancelled;
        return r;
    }
    QHash<QString, ProbeResult> freshById;
    for (const ProbeResult &p : fresh.probes)
        freshById.insert(p.id, p);

    // Probes: the fresh result replaces the earlier one; note what runs now for the first time.
    bool firstRunFailed = false;
    QSet<QString> found;
    for (ProbeResult &p : r.merged.probes) {
        auto it = freshById.constFind(p.id);
        if (it == freshById.cend())
            continue;
        if (!ran(p.status) && it->status == ProbeStatus::Fail)
            firstRunFailed = true;
        p = *it;
        found.insert(p.id);
    }
    for (const ProbeResult &p : fresh.probes)
        if (!found.contains(p.id)) {
            r.merged.probes << p;   // a probe the earlier check did not plan
            firstRunFailed = firstRunFailed || p.status == ProbeStatus::Fail;
        }

    // Causes: an earlier cause all of whose probes ran again is replaced by what was found now.
    QVector<Cause> causes;
    for (const Cause &c : std::as_const(earlier.causes)) {
        const bool covered = !c.probes.isEmpty() && std::all_of(c.probes.cbegin(), c.probes.cend(), [&freshById](const QString &id) {
            return freshById.contains(id);
        });
        if (!covered)
            causes << c;
    }
    for (const Cause &c : fresh.causes) {
        if (hasCause(causes, c.id))
            continue;
        causes << c;
        if (!hasCause(earlier.causes, c.id))
            r.newCauses << c.id;
    }

    const Cause *before = nullptr;
    for (const Cause &c : earlier.causes)
        if (c.id == causeId)
            before = &c;
    const bool ownProbesPass = before && !before->probes.isEmpty()
                               && std::all_of(before->probes.cbegin(), before->probes.cend(), [&freshById](const QString &id) {
                                      const auto it = freshById.constFind(id);
                                      return it != freshById.cend() && (it->status == ProbeStatus::Pass || it->status == ProbeStatus::Warn);
                                  });
    const bool newError = std::any_of(fresh.causes.cbegin(), fresh.causes.cend(), [&earlier](const Cause &c) {
        return c.severity == Cause::Severity::Error && !hasCause(earlier.causes, c.id);
    });

    if (hasCause(fresh.causes, causeId)) {
        r.outcome = Recheck::Outcome::StillThere;
    } else if (firstRunFailed || newError) {
        r.outcome = Recheck::Outcome::NewProblem;
    } else if (!ownProbesPass) {
        // Nothing says it is gone: keep it as it was.
        r.outcome = Recheck::Outcome::NotTested;
        if (before && !hasCause(causes, causeId))
            causes << *before;
    } else {
        r.outcome = Recheck::Outcome::Fixed;
    }
    orderByGoal(causes, r.merged);
    r.merged.causes = causes;
    return r;
}

} // namespace rd
