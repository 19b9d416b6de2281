#pragma once
// Mistyped Azure Container Registry domains that still look like a valid host name, so that the
// parser accepts them: "contoso.azurecr.com", "contoso.azurcr.io", "contoso.azurecr.io.com",
// ".azurecr.io" or "azurecr.io" without the registry's name. The sovereign clouds' own domains
// (azurecr.cn, azurecr.us) are not typos.
#include <QString>

namespace rd {

struct AcrDomainTypo
{
    bool found = false;
    bool nameMissing = false;  // only the domain was typed: there is no registry name to keep
    QString suggestion;        // the address meant ("contoso.azurecr.io"); empty when nameMissing
};

AcrDomainTypo findAcrDomainTypo(const QString &host);

} // namespace rd
