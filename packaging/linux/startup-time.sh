#!/usr/bin/env bash
# Start time of the installed program against the plain jar, in the same run, on a real (virtual) X
# display: the time from starting the process until the main window "Henvis" is mapped, and the time
# of `--version` (the command line). Needs Xvfb and xdotool (apt: xvfb xdotool).
# Usage: packaging/linux/startup-time.sh [runs]   (after `mvn -Ppackage package`)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUNS=${1:-5}
JAR="${HENVIS_JAR:-$ROOT/target/henvis.jar}"
IMAGE="${HENVIS_IMAGE:-$ROOT/target/packaging/image/henvis/bin/henvis}"
WORK="$(mktemp -d)"
DISPLAY_NO=:97
Xvfb "$DISPLAY_NO" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
cleanup() { kill "$XVFB" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export DISPLAY="$DISPLAY_NO"
sleep 1

now_ms() { date +%s%3N; }

# one window start: prints milliseconds until a window named Henvis is mapped
window_ms() {
  local home=$1; shift
  local start end pid
  start=$(now_ms)
  HENVIS_HOME="$home" "$@" >/dev/null 2>&1 &
  pid=$!
  xdotool search --sync --onlyvisible --name '^Henvis' >/dev/null
  end=$(now_ms)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo $((end - start))
}

cli_ms() {
  local start end
  start=$(now_ms)
  "$@" --version >/dev/null
  end=$(now_ms)
  echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "startup-time: $(nproc) cores, $RUNS runs each, Xvfb, $(java -version 2>&1 | head -1)"
for name in jar image; do
  home="$WORK/$name-home"
  mkdir -p "$home"
  printf 'unit=doegnplejen\n' > "$home/settings.properties"   # not a first start: no unit question
  if [ "$name" = jar ]; then cmd=(java -jar "$JAR"); else cmd=("$IMAGE"); fi
  window_ms "$home" "${cmd[@]}" >/dev/null   # warm-up: first start (data folder, JavaFX native cache)
  win=(); cli=()
  for _ in $(seq "$RUNS"); do
    win+=("$(window_ms "$home" "${cmd[@]}")")
    cli+=("$(cli_ms "${cmd[@]}")")
  done
  printf '%-5s window shown: median %5s ms (%s)   --version: median %5s ms (%s)\n' "$name" \
    "$(printf '%s\n' "${win[@]}" | median)" "${win[*]}" "$(printf '%s\n' "${cli[@]}" | median)" "${cli[*]}"
done
echo "app-image size: $(du -sm "$(dirname "$(dirname "$IMAGE")")" | cut -f1) MB unpacked"
