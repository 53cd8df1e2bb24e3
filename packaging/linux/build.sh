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

# SQLite's native library beside the jar (lib/app/native), named to the driver at start: otherwise the driver
# copies it out of the jar into the temporary folder at every start, checksums it and asks the system about
# itself in a child process (issue 17: 0.21 -> 0.16 s for a JVM that opens the catalogue and counts).
NATIVE_TMP="$(mktemp -d)"
(cd "$NATIVE_TMP" && "${JAVA_BIN}jar" xf "$(cd "$OUT/input" && pwd)/henvis.jar" "org/sqlite/native/$SQLITE_PLATFORM/libsqlitejdbc.so")
mkdir -p "$OUT/input/native"
mv "$NATIVE_TMP/org/sqlite/native/$SQLITE_PLATFORM/libsqlitejdbc.so" "$OUT/input/native/"
rm -rf "$NATIVE_TMP"
# org.sqlite.tmpdir: where the driver looks for copies it extracted earlier and removes stale ones. It extracts
# none here, and listing the system's temporary folder cost every start ~13 ms on a machine with 2,000 entries in it.
NATIVE_SQLITE='-Dorg.sqlite.lib.path=$APPDIR/native -Dorg.sqlite.lib.name=libsqlitejdbc.so -Dorg.sqlite.tmpdir=$APPDIR/native'

echo "== runtime modules"
# What the code references (jdeps), plus what it only loads by name at run time:
#   jdk.crypto.ec  - elliptic-curve TLS for https sync sources
#   jdk.localedata - Danish number and date formats (decimal comma), limited to da and en below
#   jdk.zipfs      - reading zipped HSDS data packages as a file system
#   jdk.management - Lucene reads HotSpot VM options through it (without it every match warns on stderr)
MODULES="$("${JAVA_BIN}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$OUT/input/henvis.jar")"
MODULES="$MODULES,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management"
# not jdk.jfr: Jdbi registers a flight-recorder event (and loads ~100 JFR classes at the first query) only
# when the module is there; nothing else uses it (ADR 0018)
MODULES="$(tr ',' '\n' <<<"$MODULES" | grep -vx 'jdk.jfr' | paste -sd, -)"
echo "$MODULES"

echo "== jlink"
"${JAVA_BIN}jlink" --add-modules "$MODULES" \
  --include-locales=da,en \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$OUT/runtime"

# The quick compiler (C1) only (issue 17, ADR 0021): at start-up half of the JVM's CPU went to compiling, most of
# it profiled C1 code for the optimising compiler, which came too late to pay on a laptop's two cores. Measured on
# 2 cores (java -jar, same archive): window 1.07 -> 0.91 s, suggestions at 10,000 offers 4.1 -> 2.7 s; the cost
# is the steady state of long work (index build at 100,000 offers, ADR 0021).
QUICK_JIT="-XX:TieredStopAtLevel=1"
# A first heap with room for the start's allocations (ADR 0024): by default a young generation of a 64th of the RAM
# (~40 MB on an 8 GB laptop) filled during the window's start, and its collection (~50 ms) fell in the middle of the
# first suggestions. Measured on 2 cores (app-image, 10,000 offers, 10 alternating runs): suggestions 1.14 -> 1.09 s.
START_HEAP="-Xms256m -XX:NewSize=192m"
echo "== jpackage app-image"
"${JAVA_BIN}jpackage" --type app-image \
  --name henvis \
  --app-version "$NUMERIC_VERSION" \
  --vendor "Henvis" \
  --description "Henvis: fællesskaber til borgere" \
  --input "$OUT/input" --main-jar henvis.jar --main-class dk.henvis.app.Launcher \
  --runtime-image "$OUT/runtime" \
  --icon "$PACKAGING/icons/henvis.png" \
  --java-options "-Dfile.encoding=UTF-8 -Dhenvis.packaged=true -XX:+UseSerialGC $QUICK_JIT $START_HEAP $NATIVE_SQLITE" \
  --dest "$OUT/image"

# Class-data sharing (issue 17, ADR 0018): the classes a start of the window and a `match` load, parsed and
# laid out once here, mapped by the launcher at every start. A training run records the classes
# (-XX:DumpLoadedClassList): the window on the headless Monocle platform when its jar is given
# (HENVIS_MONOCLE_JAR; the probe types an interest and ends the process once the suggestions are shown),
# and the command line's `match` on the sample catalogue. The list ships as lib/app/henvis.classlist; the
# archive lib/app/henvis.jsa is dumped from it for the image's own path (the .deb dumps it again for
# /opt/henvis when installed: an archive only serves the class path it was made for).
# HENVIS_SKIP_CDS=1 builds without it.
APP="$OUT/image/henvis/lib/app"
IMAGE_JAVA="$OUT/image/henvis/lib/runtime/bin/java"
if [ "${HENVIS_SKIP_CDS:-}" != 1 ] && [ -x "$IMAGE_JAVA" ]; then
  echo "== class-data sharing archive"
  TRAIN="$(mktemp -d)"
  SAMPLE_DIR="$(dirname "$PACKAGING")/sample-data"
  if [ -n "${HENVIS_MONOCLE_JAR:-}" ] && [ -f "$HENVIS_MONOCLE_JAR" ]; then
    mkdir -p "$TRAIN/gui"
    printf 'unit=doegnplejen\n' > "$TRAIN/gui/settings.properties"
    # twice: the first start builds the matching's index and keeps it, every later one reads it (ADR 0024)
    for RUN in 1 2; do
      HENVIS_HOME="$TRAIN/gui" HENVIS_STARTUP_PROBE=synge timeout 300 "$IMAGE_JAVA" -XX:DumpLoadedClassList="$TRAIN/gui$RUN.lst" \
        -Dfile.encoding=UTF-8 -Dhenvis.packaged=true -XX:+UseSerialGC -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
        -Djava.awt.headless=true -cp "$APP/henvis.jar:$HENVIS_MONOCLE_JAR" dk.henvis.app.Launcher >/dev/null 2>&1 \
        || echo "build.sh: the window's training run $RUN failed; the archive covers the command line only" >&2
    done
  fi
  HENVIS_HOME="$TRAIN/cli" "$IMAGE_JAVA" -Dfile.encoding=UTF-8 -Dhenvis.packaged=true -XX:+UseSerialGC -cp "$APP/henvis.jar" \
    dk.henvis.app.Launcher import --db "$TRAIN/cli.db" "$SAMPLE_DIR/frederikssund-hsds.json" >/dev/null
  PROFILE="$(ls "$SAMPLE_DIR"/profiles/*.json | head -1)"
  for RUN in 1 2; do
    HENVIS_HOME="$TRAIN/cli" "$IMAGE_JAVA" -XX:DumpLoadedClassList="$TRAIN/cli$RUN.lst" -Dfile.encoding=UTF-8 -Dhenvis.packaged=true \
      -XX:+UseSerialGC -cp "$APP/henvis.jar" dk.henvis.app.Launcher match --db "$TRAIN/cli.db" --profile "$PROFILE" >/dev/null
  done
  # one list, first seen first: class names without the per-run ids, and the lambda lines (@lambda-proxy,
  # @lambda-form-invoker name classes, not ids, so they merge): without them every lambda of the start is
  # spun at run time (measured: a cold `match` 0.86 -> 0.80 s, ADR 0021)
  cat "$TRAIN"/*.lst | grep -v '^#' | sed '/^@/!s/ .*//' | awk 'NF && !seen[$0]++' > "$APP/henvis.classlist"
  rm -rf "$TRAIN"
  "$IMAGE_JAVA" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$APP/henvis.classlist" \
    -XX:SharedArchiveFile="$APP/henvis.jsa" -cp "$APP/henvis.jar" >/dev/null 2>&1 \
    || { echo "build.sh: the class-data archive could not be dumped; the launcher starts without it" >&2; rm -f "$APP/henvis.jsa"; }
  if [ -f "$APP/henvis.jsa" ]; then
    # -Xshare:auto: an archive that does not fit (a moved image) is ignored, never an error
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/henvis.jsa\njava-options=-Xshare:auto\n' >> "$APP/henvis.cfg"
    echo "archive: $(wc -l < "$APP/henvis.classlist") classes, $(du -sh "$APP/henvis.jsa" | cut -f1)"
  fi
fi
echo "app-image: $OUT/image/henvis ($(du -sh "$OUT/image/henvis" | cut -f1))"

if [ "${HENVIS_SKIP_DEB:-}" = 1 ]; then
  exit 0
fi
echo "== jpackage deb"
# the .deb ships the class list, not the archive: postinst dumps the archive for /opt/henvis (ADR 0018)
if [ -f "$APP/henvis.jsa" ]; then mv "$APP/henvis.jsa" "$OUT/henvis.jsa.image"; fi
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
if [ -f "$OUT/henvis.jsa.image" ]; then mv "$OUT/henvis.jsa.image" "$APP/henvis.jsa"; fi
ls -la "$OUT"/*.deb
