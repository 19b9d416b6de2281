<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rd::AllLoginsDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/all_logins_dialog.cpp" line="+76"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>Checking %n registry…</numerusform>
            <numerusform>Checking %n registries at once…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>%1 of %n saved login works.</numerusform>
            <numerusform>%1 of %n saved logins work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::AzureCliProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/azure_cli_probe.cpp" line="+167"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>did not answer within %n second</numerusform>
            <numerusform>did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message numerus="yes">
        <location filename="../src/gui/checking_page.cpp" line="+279"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>%1 of %n check done. This usually takes a few seconds.</numerusform>
            <numerusform>%1 of %n checks done. This usually takes a few seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>%1 of %n check ran before you stopped. Go on to see what it found.</numerusform>
            <numerusform>%1 of %n checks ran before you stopped. Go on to see what they found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>The %n check is done in %1. No problem found.</numerusform>
            <numerusform>All %n checks done in %1. No problem found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>All %1 checks done in %2. %n problem found.</numerusform>
            <numerusform>All %1 checks done in %2. %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+280"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>The credential helper %1 did not answer within %n second. Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</numerusform>
            <numerusform>The credential helper %1 did not answer within %n seconds. Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte of unreadable output).</numerusform>
            <numerusform>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n bytes of unreadable output).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-184"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>The credential helper %1 did not answer within %n second. %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</numerusform>
            <numerusform>The credential helper %1 did not answer within %n seconds. %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte of unreadable output).</numerusform>
            <numerusform>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n bytes of unreadable output).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/credentials_probe.cpp" line="+428"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>The saved sign-in (identity token) expired %n minute ago, at %1; the registry refused it with %2.</numerusform>
            <numerusform>The saved sign-in (identity token) expired %n minutes ago, at %1; the registry refused it with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>The saved sign-in (identity token) expired %n hour ago, at %1; the registry refused it with %2.</numerusform>
            <numerusform>The saved sign-in (identity token) expired %n hours ago, at %1; the registry refused it with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>The saved sign-in (identity token) expired %n day ago, at %1; the registry refused it with %2.</numerusform>
            <numerusform>The saved sign-in (identity token) expired %n days ago, at %1; the registry refused it with %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+151"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>The docker command did not answer within %n second (&quot;docker version&quot; hung).</numerusform>
            <numerusform>The docker command did not answer within %n seconds (&quot;docker version&quot; hung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <location filename="../src/core/time_text.cpp" line="+14"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message numerus="yes">
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n character typed</numerusform>
            <numerusform>%n characters typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+35"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n mistake; the check uses %2.</numerusform>
            <numerusform>&quot;%1&quot; has %n mistakes; the check uses %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message numerus="yes">
        <location filename="../src/core/report/report_words.cpp" line="+26"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%n problem found with %1.</numerusform>
            <numerusform>%n problems found with %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message numerus="yes">
        <location filename="../src/gui/results_page.cpp" line="+314"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n thing to look at with %1</numerusform>
            <numerusform>%n things to look at with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n problem found with %1</numerusform>
            <numerusform>%n problems found with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>No answer within %n second; the check stopped waiting.</numerusform>
            <numerusform>No answer within %n seconds; the check stopped waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="+173"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>No answer from %1 within %n second: something on the way (a firewall, a private network) drops the connection.</numerusform>
            <numerusform>No answer from %1 within %n seconds: something on the way (a firewall, a private network) drops the connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>No answer from the proxy %1 within %n second: the proxy is down, or something on the way drops the connection.</numerusform>
            <numerusform>No answer from the proxy %1 within %n seconds: the proxy is down, or something on the way drops the connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Connected to the proxy %1 in %n millisecond.</numerusform>
            <numerusform>Connected to the proxy %1 in %n milliseconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Connected to %1 in %n millisecond.</numerusform>
            <numerusform>Connected to %1 in %n milliseconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message numerus="yes">
        <location filename="../src/core/probes/tls_probe.cpp" line="+93"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>The connection opened, but the secure handshake got no answer within %n second: something on the way (a firewall that filters secure connections) or the server stops it.</numerusform>
            <numerusform>The connection opened, but the secure handshake got no answer within %n seconds: something on the way (a firewall that filters secure connections) or the server stops it.</numerusform>
        </translation>
    </message>
</context>
</TS>
