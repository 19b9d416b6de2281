#include "sign_in_choice.h"
#include <QCoreApplication>

namespace rd {

SignInChoiceText registryKindPasswordChoice(RegistryKind kind)
{
    const char *title = nullptr;
    const char *hint = nullptr;
    switch (kind) {
    case RegistryKind::DockerHub:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "Docker ID and personal access to&ken");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "You sign in with docker login, your Docker ID and a personal access token from Docker Hub's account settings (the account password only works without two-step verification).");
        break;
    case RegistryKind::Ghcr:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "GitHub login and personal access to&ken (classic)");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.");
        break;
    case RegistryKind::Ecr:
    case RegistryKind::EcrPublic:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "AWS and a token from aws ecr &get-login-password");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "The user name is AWS; the password is a 12-hour token for the registry's region and account, from aws ecr get-login-password --region REGION.");
        break;
    case RegistryKind::ArtifactRegistry:
    case RegistryKind::ContainerRegistryGoogle:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "oauth2accesstoken or a service account &key (_json_key)");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account's key file.");
        break;
    case RegistryKind::Harbor:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "User or robot a&ccount");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.");
        break;
    case RegistryKind::Quay:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "User or robot a&ccount");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.");
        break;
    case RegistryKind::GitLab:
        title = QT_TRANSLATE_NOOP("rd::RegistryKind", "Deploy token or personal access to&ken");
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "A deploy token's user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.");
        break;
    case RegistryKind::Generic:
    case RegistryKind::Acr:
    case RegistryKind::Count:
        return {};
    }
    return {QCoreApplication::translate("rd::RegistryKind", title), QCoreApplication::translate("rd::RegistryKind", hint)};
}

bool registryKindTakesAzureSignIn(RegistryKind kind)
{
    return kind == RegistryKind::Acr || kind == RegistryKind::Generic;
}

} // namespace rd
