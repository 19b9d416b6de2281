#pragma once
// What the Azure CLI's own files say, read without starting az (which costs half a second):
// azureProfile.json (UTF-8 with a BOM) lists the signed-in accounts' subscriptions; versionCheck.json
// may hold the installed version. Also parses `az account show --output json`.
#include <QByteArray>
#include <QString>

namespace rd {

struct AzureAccountInfo
{
    bool ok = false;            // parsed as an account object
    QString userName;           // "someone@contoso.com" or an application id
    QString userType;           // "user" | "servicePrincipal"
    QString subscriptionName;
    QString subscriptionId;
    QString tenantId;
    QString environmentName;    // the cloud: "AzureCloud", "AzureChinaCloud", "AzureUSGovernment"
};

struct AzureCliProfile
{
    QString configDir;          // $AZURE_CONFIG_DIR, else ~/.azure
    QString profilePath;
    bool profileExists = false;
    bool profileOk = false;     // read and parsed
    QString problem;            // untranslated: "not JSON: ...", "too large", "no subscriptions list"
    int subscriptionCount = 0;
    AzureAccountInfo account;   // the default subscription, else the first
    QString version;            // from versionCheck.json, when present
    bool signedIn() const { return profileOk && subscriptionCount > 0; }
};

QString azureCliConfigDir();    // $AZURE_CONFIG_DIR, else <home>/.azure
// Blocking: reads the files in `configDir`. Files over 8 MiB are not read.
AzureCliProfile readAzureCliProfile(const QString &configDir);
AzureCliProfile parseAzureProfile(const QByteArray &json);
// versionCheck.json: {"versions": {"core": {"local": "2.61.0", ...}}, ...}
QString parseAzureVersionCheck(const QByteArray &json);
// `az account show --output json`
AzureAccountInfo parseAzureAccountShow(const QByteArray &json);

} // namespace rd
