#include "acr_domain_typo.h"
#include "edit_distance.h"
#include <QStringList>
#include <algorithm>

namespace rd {

namespace {

const QLatin1String kAcr("azurecr");

bool isAcrTld(const QString &tld)
{
    return tld == QLatin1String("io") || tld == QLatin1String("cn") || tld == QLatin1String("us");
}

// An adjacent swap ("azuercr") counts as one mistake.
bool nearAcr(const QString &label)
{
    if (label == kAcr || label.size() < 5 || label.size() > 9)
        return false;
    if (editDistance(label, kAcr) <= 1)
        return true;
    for (int i = 0; i + 1 < label.size(); ++i) {
        QString swapped = label;
        std::swap(swapped[i], swapped[i + 1]);
        if (swapped == kAcr)
            return true;
    }
    return false;
}

} // namespace

AcrDomainTypo findAcrDomainTypo(const QString &host)
{
    AcrDomainTypo t;
    QString h = host.trimmed().toLower();
    if (const int colon = h.indexOf(QLatin1Char(':')); colon >= 0 && !h.startsWith(QLatin1Char('[')))
        h.truncate(colon);   // a port

    QStringList labels = h.split(QLatin1Char('.'));
    // Where the ACR-like label is: the last one that is, or is close to, "azurecr".
    int at = -1;
    for (int i = int(labels.size()) - 1; i >= 0; --i)
        if (labels.at(i) == kAcr || nearAcr(labels.at(i))) {
            at = i;
            break;
        }
    if (at < 0)
        return t;
    const QString tld = at + 1 < labels.size() ? labels.at(at + 1) : QString();
    const bool exact = labels.at(at) == kAcr && isAcrTld(tld) && at + 2 == labels.size();
    QStringList name = labels.mid(0, at);
    name.removeAll(QString());
    if (name.isEmpty()) {
        // "azurecr.io", ".azurecr.io": the registry's own name is missing.
        t.found = true;
        t.nameMissing = true;
        return t;
    }
    if (exact)
        return t;
    // A near-miss label whose neighbour is not a domain ending either (a name like "azure-crm"
    // inside a longer host) is no typo of ours: ask for a known ending after it.
    const bool knownEnding = isAcrTld(tld) || tld == QLatin1String("com") || tld == QLatin1String("net") || tld.isEmpty();
    if (!knownEnding)
        return t;
    t.found = true;
    t.suggestion = name.join(QLatin1Char('.')) + QLatin1String(".azurecr.") + (isAcrTld(tld) ? tld : QStringLiteral("io"));
    return t;
}

} // namespace rd
