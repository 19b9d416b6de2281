#pragma once
// The sign-in choices the wizard offers for each registry service: Azure's own (az acr login,
// repository-scoped tokens, an Azure service's identity) only where the registry can be Azure's, and
// the user name and password in the service's own words.
#include "registry/registry_kind.h"
#include <QString>

namespace rd {

// The user-name-and-password choice for that service: its title (with a mnemonic) and what it means,
// in the service's words. Empty for ACR and for a host that does not tell its service (Generic):
// their choice keeps the form's wording.
struct SignInChoiceText
{
    QString title;
    QString hint;
};
SignInChoiceText registryKindPasswordChoice(RegistryKind kind);

// Whether a registry of that kind takes Azure's own sign-ins: ACR, and a host that does not tell
// (Generic: while the address is being typed, or a service recognised only from its answer).
bool registryKindTakesAzureSignIn(RegistryKind kind);

} // namespace rd
