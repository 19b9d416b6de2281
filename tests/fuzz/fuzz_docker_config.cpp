// Fuzzes parseDockerConfig: a user's ~/.docker/config.json, in any state.
#include "fuzz_support.h"
#include "docker/docker_config.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = rdfuzz::bytes(data, size);
    const rd::DockerConfig c = rd::parseDockerConfig(json, QStringLiteral("/fuzz/config.json"));

    RD_FUZZ_CHECK(c.exists);
    RD_FUZZ_CHECK(c.sizeBytes == json.size());
    RD_FUZZ_CHECK(c.ok == c.problem.isEmpty());
    if (!c.ok)
        RD_FUZZ_CHECK(c.auths.isEmpty() && c.credHelpers.isEmpty() && c.credsStore.isEmpty());

    for (auto it = c.auths.constBegin(); it != c.auths.constEnd(); ++it) {
        const rd::DockerAuthEntry &e = it.value();
        RD_FUZZ_CHECK(!it.key().isEmpty());
        RD_FUZZ_CHECK(it.key() == rd::normaliseServerKey(e.serverKey));
        // The entry is found again under its own key and under the normalised one.
        RD_FUZZ_CHECK(c.authFor(e.serverKey) == &it.value());
        RD_FUZZ_CHECK(c.authFor(it.key()) == &it.value());
        if (e.authMalformed)
            RD_FUZZ_CHECK(e.password.isEmpty() && e.username.isEmpty());
        // A password never shows up in the problem text or the user name.
        if (e.password.size() >= 8) {
            const QString password = QString::fromUtf8(e.password.expose());
            RD_FUZZ_CHECK(!c.problem.contains(password));
        }
        (void)c.helperFor(e.serverKey);
    }
    for (auto it = c.credHelpers.constBegin(); it != c.credHelpers.constEnd(); ++it) {
        RD_FUZZ_CHECK(!it.key().isEmpty());
        RD_FUZZ_CHECK(c.helperFor(it.key()) == it.value());
    }
    // The normalised key has no scheme and no path.
    const QString anyKey = QString::fromUtf8(json.left(300));
    const QString key = rd::normaliseServerKey(anyKey);
    RD_FUZZ_CHECK(!key.contains(QLatin1Char('/')));
    RD_FUZZ_CHECK(key == key.toLower());
    RD_FUZZ_CHECK(rd::normaliseServerKey(key) == key);
    return 0;
}
