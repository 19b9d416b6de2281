// Fuzzes parseDockerInfo (`docker info --format '{{json .}}'` stdout: the engine's answer, which a
// remote context makes another machine's) and the decisions read from it.
#include "fuzz_support.h"
#include "docker/docker_info.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = rdfuzz::bytes(data, size);
    const rd::DockerEngineInfo info = rd::parseDockerInfo(input);

    // What is shown is printable and bounded.
    for (const QString *s : {&info.serverVersion, &info.name, &info.operatingSystem, &info.kernelVersion, &info.httpsProxy,
                             &info.noProxy, &info.context}) {
        RD_FUZZ_CHECK(s->size() <= 512);
        for (QChar c : *s)
            RD_FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    }
    RD_FUZZ_CHECK(info.insecureRegistries.size() + info.secureRegistries.size() <= 128);
    RD_FUZZ_CHECK(info.insecureCidrs.size() <= 64 && info.mirrors.size() <= 64);
    RD_FUZZ_CHECK(!info.parsed || !info.serverVersion.isEmpty() || !info.operatingSystem.isEmpty());
    (void)info.dockerDesktop();
    (void)info.wsl2();
    (void)info.skipsTls(QStringLiteral("registry.lan:5000"), {QHostAddress(QStringLiteral("10.1.2.3"))});
    (void)info.skipsTls(QString::fromUtf8(input.left(100)), {});
    (void)rd::isRemoteDockerHost(QString::fromUtf8(input.left(200)));
    return 0;
}
