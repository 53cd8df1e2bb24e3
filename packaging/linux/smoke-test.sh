#!/usr/bin/env bash
# Runs the built Linux packages' launcher on the command line: --version, and the sample catalogue.
# Usage: packaging/linux/smoke-test.sh target/packaging
# The .deb is unpacked (not installed) and its launcher runs too, so both packages are checked.
set -euo pipefail
OUT=${1:?folder with image/ and the .deb}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HENVIS_HOME="$WORK/home"   # keep the machine's own data folder untouched

check() {
  local launcher=$1
  echo "== $launcher"
  local version
  version="$("$launcher" --version)"
  echo "$version"
  case "$version" in henvis\ [0-9]*) ;; *) echo "smoke-test: unexpected --version output" >&2; exit 1 ;; esac
  local db="$WORK/smoke-$RANDOM.db"
  local sample="$ROOT/sample-data/frederikssund-hsds.json"
  local help
  help="$("$launcher" --help)"
  if [ -f "$sample" ] && grep -qw import <<<"$help"; then
    "$launcher" import --db "$db" "$sample" >/dev/null
    if grep -qw match <<<"$help" && [ -d "$ROOT/sample-data/profiles" ]; then
      local profile
      profile="$(ls "$ROOT"/sample-data/profiles/*.json | head -1)"
      "$launcher" match --db "$db" --profile "$profile" --top 3 --json > "$WORK/match.json" 2> "$WORK/match.err"
      # a successful match says nothing on stderr (a missing runtime module once made Lucene warn there)
      if [ -s "$WORK/match.err" ]; then
        echo "smoke-test: match wrote to stderr:" >&2; cat "$WORK/match.err" >&2; exit 1
      fi
      grep -q '"matches"' "$WORK/match.json" || { echo "smoke-test: match printed no matches object" >&2; exit 1; }
      echo "match on $(basename "$profile"): $(grep -o '"id"' "$WORK/match.json" | wc -l) offers"
      # the runtime's Danish locale data (jdk.localedata): distances print with a decimal comma
      grep -q '[0-9],[0-9] km' "$WORK/match.json" || echo "smoke-test: note: no distance with a decimal comma in the match output"
    fi
  fi
  "$launcher" offers --db "$db" | tail -1
}

check "$OUT/image/henvis/bin/henvis"
DEB="$(ls "$OUT"/henvis_*.deb 2>/dev/null | head -1 || true)"
if [ -n "$DEB" ]; then
  dpkg-deb -x "$DEB" "$WORK/deb"
  check "$WORK/deb/opt/henvis/bin/henvis"
fi
echo "app-image: $(du -sm "$OUT/image/henvis" | cut -f1) MB unpacked${DEB:+; .deb: $(( $(stat -c %s "$DEB") / 1048576 )) MB}"
