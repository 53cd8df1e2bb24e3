#!/usr/bin/env bash
# Builds the macOS disk image (Henvis-<version>.dmg) of Henvis. Run on macOS (Apple silicon or Intel)
# from the repository root:
#     packaging/macos/build.sh
# Needs: a JDK 17+ for that architecture, Maven 3.8+, Xcode command line tools.
# Signing and notarising (needed to open it without a warning) is optional: set
#   HENVIS_MAC_SIGN="Developer ID Application: <name> (<team>)" to sign with that identity, then notarise
#   the .dmg with `xcrun notarytool submit ... --wait` and `xcrun stapler staple`.
# Output: target/packaging/Henvis-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout)"
NUMERIC_VERSION="${VERSION%%-*}"
OUT=target/packaging
case "$(uname -m)" in
  arm64) SQLITE_PLATFORM=Mac/aarch64 ;;
  x86_64) SQLITE_PLATFORM=Mac/x86_64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

# 1. the shaded jar; on macOS it carries JavaFX's macOS libraries for this architecture
mvn -B -q package -DskipTests
rm -rf "$OUT/input" "$OUT/runtime"
mkdir -p "$OUT/input"

# 2. keep only this Mac's SQLite library
java packaging/tools/TrimJar.java target/henvis.jar "$OUT/input/henvis.jar" "$SQLITE_PLATFORM"

# 3. a runtime with only the modules Henvis needs (same list as packaging/linux/build.sh)
MODULES="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$OUT/input/henvis.jar"),jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management"
jlink --add-modules "$MODULES" --include-locales=da,en --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$OUT/runtime"

# 4. the .dmg with Henvis.app; the command line is Henvis.app/Contents/MacOS/Henvis
SIGN=()
if [ -n "${HENVIS_MAC_SIGN:-}" ]; then
  SIGN=(--mac-sign --mac-signing-key-user-name "$HENVIS_MAC_SIGN")
fi
jpackage --type dmg --name Henvis --app-version "$NUMERIC_VERSION" --vendor "Henvis" \
  --description "Henvis: fællesskaber til borgere" \
  --input "$OUT/input" --main-jar henvis.jar --main-class dk.henvis.app.Launcher \
  --runtime-image "$OUT/runtime" --icon packaging/icons/henvis.icns \
  --java-options "-Dfile.encoding=UTF-8 -Dhenvis.packaged=true -XX:+UseSerialGC" \
  --mac-package-identifier dk.henvis.app --mac-package-name Henvis \
  ${SIGN[@]+"${SIGN[@]}"} \
  --dest "$OUT"
ls -la "$OUT"/*.dmg
