#!/usr/bin/env bash
# Cross-compiles both programs and the tests for Windows x86_64 with Debian's MinGW-w64, against the
# prebuilt Qt 6.4.2 + OpenSSL 3 toolchain (never rebuilt here), into build-win/, and installs the
# deployable tree (programs, Qt DLLs and plugins, OpenSSL, MinGW runtime, qt.conf) into
# build-win/stage/. Translations come from the host's Linguist tools (the same Qt version).
#
#   scripts/build-windows.sh [extra cmake -D options]
#
#   RD_WIN_TOOLCHAIN   the tarball and toolchain file's folder
#                      (default /work/shared/toolchains/windows)
#   RD_WIN_DIR         the build folder (default build-win/ in the checkout); the toolchain is
#                      unpacked once into its toolchain/ subfolder
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
toolchain_src="${RD_WIN_TOOLCHAIN:-/work/shared/toolchains/windows}"
win="${RD_WIN_DIR:-$root/build-win}"
tc="$win/toolchain"
"$root/scripts/install-deps.sh" g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64 \
  ninja-build wine wine64 wixl

if [ ! -f "$tc/qt6-mingw/lib/cmake/Qt6/qt.toolchain.cmake" ]; then
  echo "Unpacking $toolchain_src/qt6-mingw-6.4.2.tar.xz into $tc"
  mkdir -p "$tc"
  tar -xJf "$toolchain_src/qt6-mingw-6.4.2.tar.xz" -C "$tc"
fi
cp "$toolchain_src/mingw-toolchain.cmake" "$tc/"

launcher=()
if command -v ccache >/dev/null; then # a CI machine that builds every day compiles what changed only
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$win/build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" \
  -DCMAKE_TOOLCHAIN_FILE="$tc/qt6-mingw/lib/cmake/Qt6/qt.toolchain.cmake" \
  -DQT_CHAINLOAD_TOOLCHAIN_FILE="$tc/mingw-toolchain.cmake" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DOPENSSL_ROOT_DIR="$tc/openssl-mingw" \
  -DCMAKE_INSTALL_PREFIX="$win/stage" "$@" >/dev/null
cmake --build "$win/build" -j"$(nproc)"
rm -rf "$win/stage"
cmake --install "$win/build" --strip >/dev/null
echo "Windows programs and their DLLs: $win/stage/bin"
