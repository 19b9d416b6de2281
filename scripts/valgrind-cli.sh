#!/usr/bin/env bash
# Runs the command line under valgrind memcheck for its main paths: version, a healthy and a failing
# practice check, explain with a pasted message on standard input, and a garbage registry name.
# Fails on any memory error or definite leak. Uses the plain build in build/ (built if missing):
# valgrind needs a binary without sanitizers.
#   VALGRIND_CLI=/path/to/registry-doctor-cli scripts/valgrind-cli.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

"$root/scripts/install-deps.sh" valgrind
cli="${VALGRIND_CLI:-$root/build/src/cli/registry-doctor-cli}"
if [ ! -x "$cli" ]; then
  "$root/scripts/install-deps.sh"
  "$root/scripts/build.sh"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No Docker, no Azure CLI and no stored credentials from this machine: the runs stay on 127.0.0.1.
mkdir -p "$work/home" "$work/bin"
export HOME="$work/home" DOCKER_CONFIG="$work/home/.docker" AZURE_CONFIG_DIR="$work/home/.azure"
export PATH="$work/bin:/usr/bin:/bin" LC_ALL=C.UTF-8
# PCRE2's JIT code reads whole 16-byte words past the end of the text on purpose (its SIMD
# scans stay inside the page); memcheck cannot tell, so regular expressions run interpreted here.
export QT_ENABLE_REGEXP_JIT=0
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy ALL_PROXY all_proxy NO_PROXY no_proxy

vg=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --show-leak-kinds=definite
    --errors-for-leak-kinds=definite --track-origins=yes --num-callers=30
    --suppressions="$root/tests/fuzz/valgrind.supp")
failed=0
# run NAME EXPECTED_EXIT_CODES STDIN_FILE ARGS...: the program's own exit code must be one of the
# expected ones (a check that finds problems exits 1); valgrind's 99 means memcheck found errors.
run() {
  local name="$1" expected="$2" input="$3"
  shift 3
  local status=0 start=$SECONDS
  "${vg[@]}" --log-file="$work/$name.vg" "$cli" "$@" <"$input" >"$work/$name.out" 2>&1 || status=$?
  local summary
  summary="$(grep -E 'ERROR SUMMARY' "$work/$name.vg" 2>/dev/null | tail -1 | sed 's/^==[0-9]*== //' || true)"
  [ -n "$summary" ] || status=99 # valgrind itself gave up (see its log below)
  if [ "$status" -eq 99 ] || ! grep -qE "(^| )$status( |$)" <<<"$expected"; then
    echo "FAILED $name (exit $status, expected $expected): $summary"
    sed 's/^==[0-9]*== //' "$work/$name.vg" 2>/dev/null | grep -vE '^(Memcheck|Copyright|Using Valgrind|Command:|Parent PID:)' | head -80 || true
    echo "--- program output:"; head -20 "$work/$name.out"
    failed=1
  else
    printf 'ok     %-16s exit %s, %3d s, %s\n' "$name" "$status" "$((SECONDS - start))" "$summary"
  fi
}

printf 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required\n' >"$work/pasted.txt"
run version        "0"   /dev/null --version
run healthy        "0"   /dev/null check --practice healthy --repository hello
run wrong-password "1"   /dev/null check --practice wrong-password --format json
run explain        "0 1" "$work/pasted.txt" explain
run garbage-name   "2"   /dev/null check $'user:S3cret-7781@my registry!\x01;rm'
# Not memcheck's business, but checked while we are here: the password is never echoed.
if grep -q 'S3cret-7781' "$work/garbage-name.out"; then
  echo "FAILED garbage-name: the password in the registry text was printed"
  failed=1
fi
exit "$failed"
