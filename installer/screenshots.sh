#!/usr/bin/env bash
# Takes the user guide's screenshots: starts the console on a virtual display (Xvfb) on a fresh temporary embedded
# database (the console fills a new one with demo data on first start), logs in as a demo user, waits for its
# data, and saves docs/images/console-login-LANG.png and console-main-LANG.png for each language.
# Everything it starts is stopped when it ends.
# Usage: installer/screenshots.sh [--langs "en ru kk"] [--out docs/images] [--app-image] [--settle SECONDS]
#   --app-image  run the installer's application image (target/installer/image/kuzet) instead of target/kuzet.jar
#   The demo user: env KUZET_SHOTS_USER (default demo.analyst), KUZET_SHOTS_PASSWORD (the demo password).
# Needs: Xvfb, xdotool, ImageMagick (Debian: apt-get install xvfb xdotool imagemagick), fonts with Cyrillic
# (fonts-dejavu-core); and a JDK 17 unless --app-image.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"

langs="en ru kk"
out="$project/docs/images"
use_image=false
settle=10
shots_user="${KUZET_SHOTS_USER:-demo.analyst}"
shots_password="${KUZET_SHOTS_PASSWORD:-kuzet-demo-2026}"
while [ $# -gt 0 ]; do
  case "$1" in
    --langs) langs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --app-image) use_image=true; shift ;;
    --settle) settle="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "screenshots.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "screenshots.sh: $*" >&2; exit 1; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install xvfb xdotool imagemagick)"
done

if $use_image; then
  [ -x "$project/target/installer/image/kuzet/bin/kuzet" ] \
    || fail "no application image: run installer/build.sh --type app-image first"
  kuzet=("$project/target/installer/image/kuzet/bin/kuzet")
else
  if [ ! -f "$project/target/kuzet.jar" ]; then
    (cd "$project" && ./mvnw -q -B package -DskipTests)
  fi
  kuzet=(java -jar "$project/target/kuzet.jar")
fi

work="$(mktemp -d)"
xvfb_pid=""
console_pid=""
cleanup() {
  [ -n "$console_pid" ] && kill "$console_pid" 2>/dev/null && wait "$console_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The virtual display: Xvfb picks a free display number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do
  [ -s "$work/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
  sleep 0.2
done
[ -s "$work/display" ] || fail "Xvfb did not report its display"
export DISPLAY=":$(cat "$work/display")"

# A fresh embedded database in a temporary data folder: the first console fills it with demo data.
export KUZET_HOME="$work/data"

# Waits until a window titled $1 is shown; prints its id.
wait_for_window() {
  local title="$1" id=""
  [ -n "$title" ] || fail "no window title to wait for"
  for _ in $(seq 1 120); do
    id="$(xdotool search --onlyvisible --name "^$title\$" 2>/dev/null | head -1 || true)"
    [ -n "$id" ] && { echo "$id"; return 0; }
    kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log" >&2; fail "the console exited before its window opened"; }
    sleep 1
  done
  cat "$work/console.log" >&2
  fail "no window titled '$title' after 120 seconds"
}

# Waits until the console is idle: it has opened its database (the first time, loading the demo data) and
# shown what it read. Idle means twice in a row, a second apart, that no thread but 'main' (which waits in
# Application.launch) is running Kuzet's code, and the thread 'kuzet-open-database' has finished.
# Without jcmd (a JDK's), waits --settle seconds instead.
console_busy() {
  jcmd "$console_pid" Thread.print 2>/dev/null | awk '
    /^"/ { thread = $0; main = ($0 ~ /^"main"/) }
    /^"kuzet-open-database"/ { busy = 1 }
    /kz\.kuzet\./ && !main { busy = 1 }
    END { exit busy ? 0 : 1 }'
}
wait_for_idle_console() {
  sleep 1
  if ! command -v jcmd >/dev/null || ! jcmd "$console_pid" Thread.print >/dev/null 2>&1; then
    sleep "$settle"
    return 0
  fi
  local quiet=0
  for _ in $(seq 1 240); do
    if console_busy; then quiet=0; else quiet=$((quiet + 1)); fi
    [ "$quiet" -ge 2 ] && return 0
    kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log" >&2; fail "the console exited while opening"; }
    sleep 1
  done
  fail "the console was still busy after four minutes"
}

# The text of $2 in language $1 from bundle family $3 (default messages), else from its base (English) bundle.
text_for() {
  local bundles="$project/src/main/resources/kz/kuzet/i18n" family="${3:-messages}" key="${2//./\\.}" text=""
  [ -f "$bundles/${family}_$1.properties" ] && text="$(sed -n "s/^$key=//p" "$bundles/${family}_$1.properties")"
  [ -n "$text" ] || text="$(sed -n "s/^$key=//p" "$bundles/$family.properties")"
  echo "$text" | head -1
}

# Logs in through the console's log-in dialog (window $1): user name, Tab, password, Enter.
log_in() {
  xdotool windowfocus --sync "$1" 2>/dev/null || xdotool mousemove --window "$1" 20 20
  sleep 0.5
  xdotool type --delay 20 "$shots_user"
  xdotool key Tab
  xdotool type --delay 20 "$shots_password"
  xdotool key Return
}

mkdir -p "$out"
for lang in $langs; do
  echo "screenshots: console ($lang)"
  "${kuzet[@]}" --lang "$lang" >"$work/console.log" 2>&1 &
  console_pid=$!
  main_title="$(text_for "$lang" app.title)"
  login_title="$(text_for "$lang" login.title security)"
  wait_for_window "$main_title" >/dev/null
  if [ -n "$login_title" ]; then
    login="$(wait_for_window "$login_title")"
    sleep 1  # its fields drawn
    import -window "$login" "$out/console-login-$lang.png"
    echo "screenshots: $out/console-login-$lang.png"
    log_in "$login"
  fi
  window="$(wait_for_window "$main_title")"
  wait_for_idle_console
  sleep 2  # what it read, drawn
  import -window "$window" "$out/console-main-$lang.png"
  echo "screenshots: $out/console-main-$lang.png"
  kill "$console_pid"
  wait "$console_pid" 2>/dev/null || true
  console_pid=""
done
