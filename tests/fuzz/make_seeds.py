#!/usr/bin/env python3
"""Writes the committed seed corpora under tests/fuzz/corpus/<target>/ from real-shaped examples:
ACR challenges, access and refresh tokens shaped like the registry's, Docker configs, DNS packets
built byte by byte, registry error bodies, the messages tests/unit/tst_error_text.cpp recognises
and the docker version outputs in tests/unit/data. Run it again after editing; it only rewrites
files named seed-*, so inputs kept from findings (crash-*, regress-*) stay.
"""
import base64
import json
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(HERE, "corpus")


def write(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, "seed-" + name), "wb") as f:
        f.write(data)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=")


# ---- WWW-Authenticate ------------------------------------------------------------------------
challenges = {
    "acr-bearer": 'Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io"',
    "acr-scope": 'Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io",'
                 'scope="repository:hello:pull,push"',
    "acr-insufficient-scope": 'Bearer realm="https://c.azurecr.io/oauth2/token",service="c.azurecr.io",'
                              'scope="repository:hello:pull",error="insufficient_scope"',
    "dockerhub": 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
    "basic": 'Basic realm="Registry Realm"',
    "escapes": 'Basic realm="say \\"hi\\" \\\\ there"',
    "two-challenges": 'Bearer realm="a",service="b", Basic realm="x"',
    "token68": "Negotiate YII+/g==, NTLM",
    "messy": '  ,BEARER   Realm = "r" ,, SERVICE= s  , ',
    "unterminated": 'Bearer realm="https://x',
    "proxy": 'Basic realm="proxy", Negotiate',
}
for k, v in challenges.items():
    write("fuzz_challenge", k, v)

# ---- JWT ---------------------------------------------------------------------------------------
header = b'{"alg":"RS256","typ":"JWT","kid":"ABCD:EFGH:IJKL"}'
access = {
    "jti": "8f7e", "sub": "00000000-0000-0000-0000-000000000000", "nbf": 1700000000, "exp": 1700010800,
    "iat": 1700000000, "iss": "Azure Container Registry", "aud": "contoso.azurecr.io", "version": "1.0",
    "grant_type": "refresh_token", "tenant": "72f988bf-0000-0000-0000-000000000000",
    "access": [{"type": "repository", "name": "hello", "actions": ["pull", "push"]},
               {"type": "registry", "name": "catalog", "actions": ["*"]},
               {"type": "repository", "name": "*", "actions": ["metadata_read"]}],
}
refresh = {"jti": "a1", "sub": "user@contoso.com", "nbf": 1700000000, "exp": 1701209600, "iat": 1700000000,
           "iss": "Azure Container Registry", "aud": "contoso.azurecr.io", "version": "1.0",
           "rid": "0123", "grant_type": "refresh_token", "appid": "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
           "tenant": "72f988bf-0000-0000-0000-000000000000", "permissions": {"actions": ["read"]}}
aad = {"aud": ["https://management.azure.com/", "other"], "iss": "https://sts.windows.net/t/", "exp": 1.7e9,
       "nbf": -5, "iat": 1e300, "oid": "x"}
sig = b"c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtYmUta2VwdA"
for name, claims in (("acr-access", access), ("acr-refresh", refresh), ("aad-odd-claims", aad)):
    payload = json.dumps(claims, separators=(",", ":")).encode()
    # fuzz_jwt uses its input both as a token and as a payload: give it both shapes.
    write("fuzz_jwt", name + "-token", b64url(header) + b"." + b64url(payload) + b"." + sig)
    write("fuzz_jwt", name + "-payload", payload)
write("fuzz_jwt", "two-parts", b64url(header) + b"." + b64url(b"{}"))
write("fuzz_jwt", "padded", base64.urlsafe_b64encode(header) + b"." + base64.urlsafe_b64encode(b'{"exp":"soon"}') + b".")
write("fuzz_jwt", "not-json", b64url(b"not json") + b"." + b64url(b"[]") + b".x")

# ---- registry references ------------------------------------------------------------------------
for i, text in enumerate([
    "contoso.azurecr.io", "Contoso.AzureCR.io", "https://contoso.azurecr.io/hello:latest", "contoso",
    "contoso.privatelink.azurecr.io", "contoso.westeurope.data.azurecr.io", "contoso.azurecr.io:443",
    "user:hunter2@contoso.azurecr.io", "docker login -u 00000000-0000-0000-0000-000000000000 -p secret contoso.azurecr.io",
    "az acr login --name contoso", "localhost:5000", "[::1]:5000/v2/", "my-registry.azurecr.cn", "ghcr.io/owner/image@sha256:abc",
    " contoso.azurecr.us ", "registry.example.com.", "a_b.azurecr.io", "http://127.0.0.1:8080/x?y#z", "",
]):
    write("fuzz_registry_reference", "%02d" % i, text)

# ---- error bodies -------------------------------------------------------------------------------
bodies = {
    "unauthorized": {"errors": [{"code": "UNAUTHORIZED", "message": "authentication required",
                                 "detail": [{"Type": "repository", "Name": "hello", "Action": "pull"}]}]},
    "denied-firewall": {"errors": [{"code": "DENIED", "message": "client with IP '203.0.113.7' is not allowed access. "
                                    "Refer https://aka.ms/acr/firewall to grant access.", "detail": None}]},
    "toomanyrequests": {"errors": [{"code": "TOOMANYREQUESTS", "message": "too many requests", "detail": 3}]},
    "aad": {"errors": [{"code": "UNAUTHORIZED", "message": "Application not registered with AAD.", "detail": True}]},
    "empty-errors": {"errors": []},
    "not-registry": {"error": "invalid_grant"},
}
for k, v in bodies.items():
    write("fuzz_error_body", k, json.dumps(v))
write("fuzz_error_body", "html", "<html><head><title>403 Forbidden</title></head>\r\n<body>\tBlocked by proxy</body></html>")
write("fuzz_error_body", "ipv6", '{"errors":[{"code":"DENIED","message":"client with IP \'2001:db8::1\' is not allowed access"}]}')

# ---- Docker configs -----------------------------------------------------------------------------
def auth(user, password):
    return base64.b64encode((user + ":" + password).encode()).decode()

configs = {
    "acr-auth": {"auths": {"contoso.azurecr.io": {"auth": auth("00000000-0000-0000-0000-000000000000", "p4ss")}}},
    "identity-token": {"auths": {"contoso.azurecr.io": {"auth": auth("00000000-0000-0000-0000-000000000000", ""),
                                                         "identitytoken": "eyJhbGciOi.x.y"}}},
    "desktop": {"auths": {"https://index.docker.io/v1/": {}, "contoso.azurecr.io": {}}, "credsStore": "desktop",
                "currentContext": "desktop-linux"},
    "helpers": {"credHelpers": {"contoso.azurecr.io": "acr-env", "HTTPS://Other.io/v2/": "ecr-login"},
                "credsStore": "wincred"},
    "duplicates": {"auths": {"https://contoso.azurecr.io/": {"auth": "bad base64!"},
                             "contoso.azurecr.io": {"username": "u", "password": "p"}}},
}
for k, v in configs.items():
    write("fuzz_docker_config", k, json.dumps(v, indent="\t"))
write("fuzz_docker_config", "empty", "  \n")
write("fuzz_docker_config", "truncated", '{"auths": {"contoso.azurecr.io": {"auth": "dTpw')

# ---- credential helper output (first byte: exit code selector, 0 -> exit 0, 3 -> exit 1) ----------
write("fuzz_credential_helper", "found",
      b"\x00" + json.dumps({"ServerURL": "contoso.azurecr.io", "Username": "<token>", "Secret": "eyJhbGciOi.x.y"}).encode())
write("fuzz_credential_helper", "empty-secret", b"\x00" + b'{"ServerURL":"x","Username":"u","Secret":""}')
write("fuzz_credential_helper", "not-found", b"\x03credentials not found in native keychain\n")
write("fuzz_credential_helper", "wincred", b"\x03A specified logon session does not exist. It may already have been terminated.\n")
write("fuzz_credential_helper", "garbage", b"\x00Usage: docker-credential-desktop <store|get|erase|list|version>")
write("fuzz_credential_helper", "failed-with-json", b"\x03" + b'{"ServerURL":"x","Username":"u","Secret":"s3cretvalue"}')
write("fuzz_credential_helper", "cut-short", b"\x03" + b'{"ServerURL":"x","Username":"u","Secret":"s3cretvalue')

# ---- DNS packets --------------------------------------------------------------------------------
def name(n):
    out = b""
    for label in n.split(".") if n else []:
        out += bytes([len(label)]) + label.encode()
    return out + b"\x00"

def header_bytes(ident, flags, qd, an, ns, ar):
    return struct.pack(">HHHHHH", ident, flags, qd, an, ns, ar)

q = name("contoso.azurecr.io") + struct.pack(">HH", 1, 1)
write("fuzz_dns_message", "query", header_bytes(0x1234, 0x0100, 1, 0, 0, 0) + q)
# A CNAME chain with compression pointers, as Azure DNS answers for a registry.
ans = (b"\xc0\x0c" + struct.pack(">HHIH", 5, 1, 60, len(name("r.westeurope.cloudapp.azure.com")))
       + name("r.westeurope.cloudapp.azure.com"))
cname_target_offset = 12 + len(q) + 12
ans += struct.pack(">H", 0xc000 | cname_target_offset) + struct.pack(">HHIH", 1, 1, 60, 4) + bytes([20, 1, 2, 3])
write("fuzz_dns_message", "cname-a", header_bytes(0x1234, 0x8180, 1, 2, 0, 0) + q + ans)
write("fuzz_dns_message", "nxdomain", header_bytes(7, 0x8183, 1, 0, 0, 0) + q)
aaaa = b"\xc0\x0c" + struct.pack(">HHIH", 28, 1, 30, 16) + bytes(range(16))
write("fuzz_dns_message", "aaaa", header_bytes(9, 0x8580, 1, 1, 0, 0) + name("Contoso.AzureCR.io") + struct.pack(">HH", 28, 1) + aaaa)
write("fuzz_dns_message", "pointer-loop", header_bytes(1, 0x8180, 1, 0, 0, 0) + b"\xc0\x0c" + struct.pack(">HH", 1, 1))
write("fuzz_dns_message", "odd-labels", header_bytes(2, 0x8180, 1, 0, 0, 0) + b"\x03a.b\x02\\\x00\x01\xff\x00" + struct.pack(">HH", 16, 1))
write("fuzz_dns_message", "txt-ns", header_bytes(3, 0x8180, 0, 1, 1, 0)
      + name("x") + struct.pack(">HHIH", 16, 1, 5, 4) + b"\x03abc"
      + name("x") + struct.pack(">HHIH", 2, 1, 5, 4) + b"\x01y\xc0\x0c")

# ---- pasted error messages ----------------------------------------------------------------------
src = open(os.path.join(ROOT, "tests/unit/tst_error_text.cpp"), encoding="utf-8").read()
lit = r'"(?:[^"\\]|\\.)*"'
count = 0
for m in re.finditer(r'newRow\("([^"]+)"\)\s*<<\s*((?:' + lit + r'\s*)+)<<', src):
    parts = re.findall(lit, m.group(2))
    text = "".join(p[1:-1] for p in parts)
    text = (text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
                .replace('\\"', '"').replace("\\\\", "\\"))
    write("fuzz_error_text", re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()), text)
    count += 1
if count < 20:
    sys.exit("found only %d messages in tst_error_text.cpp" % count)
write("fuzz_error_text", "ansi-and-quotes", "\x1b[31mError response from daemon:\x1b[0m Get \u201chttps://Contoso.azurecr.io/v2/\u201d: "
      "unauthorized: authentication required\r\n")

# ---- docker version (stdout NUL stderr) -----------------------------------------------------------
data = os.path.join(ROOT, "tests/unit/data/docker_version")
for base in ("json_no_daemon", "text_no_daemon"):
    out = open(os.path.join(data, base + ".stdout"), "rb").read()
    err = open(os.path.join(data, base + ".stderr"), "rb").read()
    write("fuzz_docker_version", base, out + b"\x00" + err)
write("fuzz_docker_version", "json-with-server", json.dumps(
    {"Client": {"Version": "18.03.1-ce", "Os": "windows", "Arch": "amd64", "Context": "desktop-linux"},
     "Server": {"Version": "v20.10.7+dfsg1", "Components": []}}).encode() + b"\x00")
write("fuzz_docker_version", "az-version", b'{"azure-cli": "2.45.0", "azure-cli-core": "2.45.0", "extensions": {}}')
# ---- docker info --format '{{json .}}' (tests/unit/data/docker_info) ------------------------------------
data = os.path.join(ROOT, "tests/unit/data/docker_info")
for name in sorted(os.listdir(data)):
    write("fuzz_docker_info", name[:-len(".json")], open(os.path.join(data, name), "rb").read())
# ---- report files (File > Open report) -------------------------------------------------------------
report = {"tool": {"name": "registry-doctor", "version": "0.1.0"},
          "registry": {"input": "contoso.azurecr.io", "loginServer": "contoso.azurecr.io", "kind": "acr"},
          "startedAt": "2026-11-30T08:00:00.000Z", "durationMs": 812, "cancelled": False,
          "probes": [{"id": "dns", "status": "passed", "title": "Name lookup", "detail": "contoso.azurecr.io resolves to 20.0.0.1.",
                      "durationMs": 12, "evidence": {"addresses": ["20.0.0.1"], "private": False}},
                     {"id": "credentials", "status": "failed", "title": "Sign-in", "detail": "The registry refused the user name and password (401).",
                      "durationMs": 240, "evidence": {"status": 401, "reason": "status"}}],
          "causes": [{"id": "credentials-invalid", "severity": "error", "title": "The user name or password is wrong",
                      "explanation": "The registry refused them.", "evidence": ["401 from the token service"],
                      "probes": ["credentials"],
                      "remediation": [{"text": "Sign in again:", "commands": [{"shell": "bash", "command": "docker login contoso.azurecr.io"}]}],
                      "links": [{"title": "Troubleshoot login", "url": "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-troubleshoot-login"}]}]}
write("fuzz_report_reader", "report", json.dumps(report, indent=2))
hostile = json.loads(json.dumps(report))
hostile["causes"][0]["links"] = [{"title": "x", "url": "file:///C:/Windows/System32/calc.exe"}, {"title": "y", "url": "javascript:alert(1)"}]
hostile["causes"][0]["title"] = "\u001b]0;pwned\u0007\nNo problem found"
hostile["durationMs"] = 1e300
write("fuzz_report_reader", "hostile", json.dumps(hostile))

# ---- proxy settings (HTTPS_PROXY) ------------------------------------------------------------------
for n, v in [("plain", "http://proxy.contoso.com:8080"), ("no-scheme", "proxy.contoso.com:3128"),
             ("user-info", "http://alice:S3cr3t@proxy.contoso.com:8080/"), ("hash-password", "http://alice:p#ss/w?rd@ss@proxy:8080"),
             ("percent", "http://a%40b:p%23w@proxy:1"), ("ipv6", "http://[::1]:3128"), ("socks", "socks5h://127.0.0.1:9050")]:
    write("fuzz_proxy_url", n, v)

print("seed corpora written to", CORPUS)
