// --client auto: which client a user most likely failed with, from the files on this computer:
// Podman's Docker emulation as Debian's podman-docker installs it, a link to podman, a real
// program, and PATHs with only podman or nothing. POSIX-only cases skip themselves on Windows:
// Podman's Docker emulation is a Linux package (a #! script or a link), which Windows has not.
#include "client_detection.h"
#include "standin_bin.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;

class ClientDetectionTest : public QObject
{
    Q_OBJECT
private:
    static bool writeExecutable(const QString &path, const QByteArray &body)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
            return false;
        f.close();
        return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

private slots:
    void emulationScript_linkAndRealProgram()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX-only case: podman-docker's script and link exist on Linux only");
#endif
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("docker"));
        QVERIFY(writeExecutable(script, "#!/bin/sh\nexec /usr/bin/podman \"$@\"\n"));
        QVERIFY(isPodmanDockerEmulation(script));

        const QString link = dir.filePath(QStringLiteral("docker-link"));
        QVERIFY(QFile::link(QStringLiteral("/usr/bin/podman-remote"), link));
        QVERIFY(isPodmanDockerEmulation(link));

        // A compiled program (the shell itself, standing for a real docker) and an unrelated script.
        const QString program = dir.filePath(QStringLiteral("docker-real"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sh"), program));
        QVERIFY(!isPodmanDockerEmulation(program));
        const QString other = dir.filePath(QStringLiteral("docker-other"));
        QVERIFY(writeExecutable(other, "#!/bin/sh\nexec /opt/docker/bin/docker \"$@\"\n"));
        QVERIFY(!isPodmanDockerEmulation(other));
    }

    void debiansPodmanDocker_isRecognised()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX-only case: Debian's podman-docker");
#endif
        if (!QFile::exists(QStringLiteral("/usr/bin/docker")) || !QFile::exists(QStringLiteral("/usr/bin/podman")))
            QSKIP("podman-docker is not installed (scripts/install-deps.sh installs it)");
        QFile f(QStringLiteral("/usr/bin/docker"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        if (!f.read(2).startsWith("#!"))
            QSKIP("/usr/bin/docker is not podman-docker's script here");
        QVERIFY(isPodmanDockerEmulation(QStringLiteral("/usr/bin/docker")));
    }

    void detect_followsWhatPathHolds()
    {
        test::StandinBin bin;
        QTemporaryDir home;
        test::ScopedEnvironment env;
        env.set("PATH", bin.path());
        env.set("HOME", home.path());
        QCOMPARE(detectRegistryClient().basis, ClientGuess::Basis::Neither);
        QCOMPARE(detectRegistryClient().client, RegistryClient::Docker);

        // The stand-in program (a compiled program, as helm, podman and docker are) under each name.
        // Helm only counts when there is no container engine's client at all.
        QVERIFY(bin.add(QStringLiteral("helm")));
        ClientGuess g = detectRegistryClient();
        QCOMPARE(g.basis, ClientGuess::Basis::OnlyHelm);
        QCOMPARE(g.client, RegistryClient::Helm);
        QCOMPARE(g.path, bin.filePath(QStringLiteral("helm")));

        QVERIFY(bin.add(QStringLiteral("podman")));
        g = detectRegistryClient();
        QCOMPARE(g.basis, ClientGuess::Basis::OnlyPodman);
        QCOMPARE(g.client, RegistryClient::Podman);
        QCOMPARE(g.path, bin.filePath(QStringLiteral("podman")));

#ifndef Q_OS_WIN
        QVERIFY(writeExecutable(bin.filePath(QStringLiteral("docker")), "#!/bin/sh\nexec podman \"$@\"\n"));
        g = detectRegistryClient();
        QCOMPARE(g.basis, ClientGuess::Basis::PodmanEmulation);
        QCOMPARE(g.client, RegistryClient::Podman);
        QVERIFY(bin.remove(QStringLiteral("docker")));
#endif

        QVERIFY(bin.add(QStringLiteral("docker")));
        g = detectRegistryClient();
        QCOMPARE(g.basis, ClientGuess::Basis::DockerFound);
        QCOMPARE(g.client, RegistryClient::Docker);
    }
};

QTEST_GUILESS_MAIN(ClientDetectionTest)
#include "tst_client_detection.moc"
