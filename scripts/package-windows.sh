#!/usr/bin/env bash
# Builds the Windows installer, build-win/registry-doctor-VERSION-win64.msi, with wixl from
# installer/windows/registry-doctor.wxs and the tree scripts/build-windows.sh staged in
# build-win/stage/bin. wixl has no Environment element and no component conditions, so the two
# PATH rows and their conditions, which the .wxs declares for the WiX toolset, are added to the MSI
# with msibuild (msitools) afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
win="${RD_WIN_DIR:-$root/build-win}"
"$root/scripts/install-deps.sh" wixl msitools
# RD_MSI_VERSION: another version number for the same files (scripts/test-windows.sh tests upgrades).
version="${RD_MSI_VERSION:-$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$win/build/CMakeCache.txt")}"
[ -n "$version" ] || { echo "no CMAKE_PROJECT_VERSION in $win/build/CMakeCache.txt: run scripts/build-windows.sh" >&2; exit 1; }
[ -f "$win/stage/bin/registry-doctor-cli.exe" ] || { echo "no $win/stage/bin: run scripts/build-windows.sh" >&2; exit 1; }
# Fixed per version: the same namespace and name as CPACK_WIX_PRODUCT_GUID in installer/packaging.cmake.
product_code="$(python3 -c 'import sys, uuid; print(str(uuid.uuid5(uuid.UUID("6E4F2C1A-8B3D-4A57-9C2E-7D1B5F0A3E91"), "registry-doctor-" + sys.argv[1])).upper())' "$version")"
msi="$win/registry-doctor-$version-win64.msi"

# wixl takes relative Source paths only: everything is named from one working folder.
work="$win/msi"
rm -rf "$work"
mkdir -p "$work"
cp "$root/installer/windows/registry-doctor.wxs" "$root/installer/windows/registry-doctor.ico" "$work/"
ln -s "$win/stage/bin" "$work/bin"
(cd "$work" && find -L bin -type f | sort \
   | wixl-heat -p bin/ --directory-ref BINDIR --component-group CG.files --var var.SourceDir --win64 > files.wxs)
(cd "$work" && wixl -a x64 -D Wixl=1 -D Win64=yes -D Version="$version" -D ProductCode="$product_code" -D SourceDir=bin \
   -o product.msi registry-doctor.wxs files.wxs)

# The PATH entries (WiX: <Environment Part="last" Action="set" Permanent="no">): "=-" creates or
# appends on install and removes on uninstall, "*" is the system environment, "[~];" appends.
msibuild "$work/product.msi" -q 'CREATE TABLE `Environment` (`Environment` CHAR(72) NOT NULL, `Name` CHAR(255) NOT NULL LOCALIZABLE, `Value` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `Environment`)'
msibuild "$work/product.msi" -q "INSERT INTO \`Environment\` (\`Environment\`, \`Name\`, \`Value\`, \`Component_\`) VALUES ('UserPathEntry', '=-PATH', '[~];[BINDIR]', 'UserPath')"
msibuild "$work/product.msi" -q "INSERT INTO \`Environment\` (\`Environment\`, \`Name\`, \`Value\`, \`Component_\`) VALUES ('SystemPathEntry', '=-*PATH', '[~];[BINDIR]', 'SystemPath')"
msibuild "$work/product.msi" -q "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Sequence\`) VALUES ('RemoveEnvironmentStrings', 3300)"
msibuild "$work/product.msi" -q "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Sequence\`) VALUES ('WriteEnvironmentStrings', 5200)"
# <Condition> of the two PATH components: the user's PATH per user, the system's per machine.
msibuild "$work/product.msi" -q "UPDATE \`Component\` SET \`Condition\` = 'NOT ALLUSERS' WHERE \`Component\` = 'UserPath'"
msibuild "$work/product.msi" -q "UPDATE \`Component\` SET \`Condition\` = 'ALLUSERS' WHERE \`Component\` = 'SystemPath'"
mv "$work/product.msi" "$msi"
echo "$msi ($(du -h "$msi" | cut -f1), $(grep -c '<File ' "$work/files.wxs") files, product code $product_code)"
