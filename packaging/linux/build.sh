#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Henvis from the shaded jar:
#   trimmed jar (SQLite natives for this platform only) -> jlink runtime -> jpackage app-image -> jpackage deb.
# Called by `mvn -Ppackage package` (see pom.xml); can also run by hand after `mvn package`:
#   packaging/linux/build.sh target/henvis.jar 0.1.0 target/packaging
# Needs a JDK 17+ with jmods (jlink, jpackage, jdeps), and for the .deb: dpkg-deb and fakeroot.
# Set HENVIS_SKIP_DEB=1 to build only the app-image.
set -euo pipefail

JAR=${1:?shaded jar}
VERSION=${2:?version}
OUT=${3:?output folder}
HERE="$(cd "$(dirname "$0")" && pwd)"
PACKAGING="$(dirname "$HERE")"
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
# jpackage wants a numeric version (1-3 dot-separated numbers): drop a -SNAPSHOT or similar suffix.
NUMERIC_VERSION="${VERSION%%-*}"

case "$(uname -m)" in
  x86_64|amd64) SQLITE_PLATFORM=Linux/x86_64 ;;
  aarch64|arm64) SQLITE_PLATFORM=Linux/aarch64 ;;
  *) echo "build.sh: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

rm -rf "$OUT/input" "$OUT/runtime" "$OUT/image"
mkdir -p "$OUT/input" "$OUT/image"

echo "== jar for $SQLITE_PLATFORM"
"${JAVA_BIN}java" "$PACKAGING/tools/TrimJar.java" "$JAR" "$OUT/input/henvis.jar" "$SQLITE_PLATFORM"

echo "== runtime modules"
# What the code references (jdeps), plus what it only loads by name at run time:
#   jdk.crypto.ec  - elliptic-curve TLS for https sync sources
#   jdk.localedata - Danish number and date formats (decimal comma), limited to da and en below
#   jdk.zipfs      - reading zipped HSDS data packages as a file system
#   jdk.management - Lucene reads HotSpot VM options through it (without it every match warns on stderr)
MODULES="$("${JAVA_BIN}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$OUT/input/henvis.jar")"
MODULES="$MODULES,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management"
echo "$MODULES"

echo "== jlink"
"${JAVA_BIN}jlink" --add-modules "$MODULES" \
  --include-locales=da,en \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$OUT/runtime"

echo "== jpackage app-image"
"${JAVA_BIN}jpackage" --type app-image \
  --name henvis \
  --app-version "$NUMERIC_VERSION" \
  --vendor "Henvis" \
  --description "Henvis: fællesskaber til borgere" \
  --input "$OUT/input" --main-jar henvis.jar --main-class dk.henvis.app.Launcher \
  --runtime-image "$OUT/runtime" \
  --icon "$PACKAGING/icons/henvis.png" \
  --java-options "-Dfile.encoding=UTF-8 -Dhenvis.packaged=true -XX:+UseSerialGC" \
  --dest "$OUT/image"
echo "app-image: $OUT/image/henvis ($(du -sh "$OUT/image/henvis" | cut -f1))"

if [ "${HENVIS_SKIP_DEB:-}" = 1 ]; then
  exit 0
fi
echo "== jpackage deb"
"${JAVA_BIN}jpackage" --type deb \
  --app-image "$OUT/image/henvis" \
  --name henvis \
  --app-version "$NUMERIC_VERSION" \
  --vendor "Henvis" \
  --description "Henvis: fællesskaber til borgere" \
  --resource-dir "$HERE/resources" \
  --icon "$PACKAGING/icons/henvis.png" \
  --linux-package-name henvis \
  --linux-deb-maintainer "it@frederikssund.dk" \
  --linux-menu-group Office \
  --linux-app-category misc \
  --linux-shortcut \
  --dest "$OUT"
ls -la "$OUT"/*.deb
