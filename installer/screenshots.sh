#!/usr/bin/env bash
# Takes the user guide's screenshots: starts the console on a virtual display (Xvfb) in a fresh temporary data
# folder, answers the first-run wizard with the keyboard (the first language, embedded database, demo data, an
# administrator), logs in as a demo user, moves through the screens with key presses, and saves in docs/images:
#   firstrun-{language,database,admin}-LANG.png (the first language only), console-login-LANG.png,
#   console-main-LANG.png (new detections), console-records-LANG.png, console-record-LANG.png,
#   registry-bodies-LANG.png (the registry's state bodies, Ctrl+4), and console-audit-LANG.png (logged in as
#   demo.auditor; the first language only). Then, from the same data folder, it exports the first open incident
#   with a running clock as a package (kuzet export), trusts the folder's own package key (kuzet trust), and
#   saves the offline review window (kuzet review) as review-package-LANG.png.
# Every picture is the window alone, as a 256-colour PNG without timestamps. Everything it starts is stopped
# when it ends; the KUZET_ database, log-in and package settings of the calling shell are not used.
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
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do
  [ -s "$work/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
  sleep 0.2
done
[ -s "$work/display" ] || fail "Xvfb did not report its display"
export DISPLAY=":$(cat "$work/display")"

# A fresh temporary data folder: the first console runs the first-run wizard, which loads the demo data.
export KUZET_HOME="$work/data"
# Nothing of the calling shell's own database, log-in or package key and trust list: the package key is made in
# the data folder, and the trusted keys are its 'trusted-keys'.
unset KUZET_DB_URL KUZET_DB_USER KUZET_DB_PASSWORD KUZET_USER KUZET_PASSWORD KUZET_NEW_PASSWORD \
  KUZET_PACKAGE_KEY KUZET_ORGANISATION KUZET_TRUST_DIR

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

focus_window() {
  xdotool windowfocus --sync "$1" 2>/dev/null || xdotool mousemove --window "$1" 20 20
  sleep 0.5
}

# Whether a deadline alarm's desktop notice (an unnamed window of the console) is showing.
alarm_showing() {
  local id
  for id in $(xdotool search --onlyvisible --class 'kz.kuzet.ui.KuzetApp' 2>/dev/null); do
    [ -z "$(xdotool getwindowname "$id" 2>/dev/null)" ] && return 0
  done
  return 1
}

# Saves window $1 as $out/$2.png, once no alarm notice covers it (they fade after 12 seconds; waits up to 60):
# 256 colours without dithering (the screens are flat colours and text; a third of the size) and no timestamps.
shoot() {
  for _ in $(seq 1 60); do
    alarm_showing || break
    sleep 1
  done
  import -window "$1" -strip +dither -colors 256 "PNG8:$out/$2.png"
  echo "screenshots: $out/$2.png"
}

# Logs in through the console's log-in dialog (window $1) as user $2: user name, Tab, password, Enter.
log_in() {
  focus_window "$1"
  xdotool type --delay 20 "${2:-$shots_user}"
  xdotool key Tab
  xdotool type --delay 20 "$shots_password"
  xdotool key Return
}

# Answers the first-run wizard (window $1) with the keyboard, taking its pictures: the language shown (the one
# given with --lang), Next; embedded (chosen already), Next; Down + Space chooses demo data, Next; the
# administrator's fields, Finish. The wizard puts the keyboard on each page's first choice.
first_run() {
  local wizard="$1" lang="$2"
  focus_window "$wizard"
  sleep 1
  shoot "$wizard" "firstrun-language-$lang"
  xdotool key Return
  sleep 1
  shoot "$wizard" "firstrun-database-$lang"
  xdotool key Return
  sleep 1
  xdotool key Down space
  sleep 0.5
  xdotool key Return
  wait_for_idle_console  # it opened the new database to see whether it has an administrator
  sleep 1
  xdotool type --delay 20 "shots.admin"
  xdotool key Tab
  xdotool type --delay 20 "Screenshots administrator"
  xdotool key Tab
  xdotool type --delay 20 "$shots_admin_password"
  xdotool key Tab
  xdotool type --delay 20 "$shots_admin_password"
  sleep 0.5
  shoot "$wizard" "firstrun-admin-$lang"
  xdotool key Return
}
shots_admin_password="screenshots-$(date +%s)-admin"

# Starts the console in language $1 and logs in as $2 through the wizard (first start) and the log-in dialog;
# sets console_pid and window.
start_console() {
  local lang="$1" user="$2"
  "${kuzet[@]}" --lang "$lang" >"$work/console.log" 2>&1 &
  console_pid=$!
  main_title="$(text_for "$lang" app.title)"
  login_title="$(text_for "$lang" login.title security)"
  if [ ! -f "$KUZET_HOME/console.properties" ]; then
    first_run "$(wait_for_window "$(text_for "$lang" firstrun.title firstrun)")" "$lang"
  fi
  wait_for_window "$main_title" >/dev/null
  login="$(wait_for_window "$login_title")"
  sleep 1  # its fields drawn
  [ "$user" = "$shots_user" ] && shoot "$login" "console-login-$lang"
  log_in "$login" "$user"
  window="$(wait_for_window "$main_title")"
  wait_for_idle_console
  focus_window "$window"
}

stop_console() {
  kill "$console_pid"
  wait "$console_pid" 2>/dev/null || true
  console_pid=""
}

# Shows screen Ctrl+$1 (and presses keys $3…), waits until the console is idle, and saves window as $2.
screen_shot() {
  local digit="$1" name="$2"
  shift 2
  xdotool key "ctrl+$digit"
  sleep 1
  for key in "$@"; do
    xdotool key "$key"
    sleep 0.5
  done
  wait_for_idle_console
  sleep 2
  shoot "$window" "$name"
}

mkdir -p "$out"
first_lang=true
for lang in $langs; do
  echo "screenshots: console ($lang)"
  start_console "$lang" "$shots_user"
  shoot "$window" "console-main-$lang"
  screen_shot 2 "console-records-$lang"
  screen_shot 2 "console-record-$lang" Down Return
  xdotool key Escape
  screen_shot 4 "registry-bodies-$lang"
  stop_console
  if $first_lang; then
    echo "screenshots: audit trail ($lang, demo.auditor)"
    start_console "$lang" demo.auditor
    screen_shot 6 "console-audit-$lang"
    stop_console
  fi
  first_lang=false
done

# The offline review window. With the console stopped, the command line (as the demo user) picks the first open
# incident whose clocks still run, exports it from this data folder (signed with the folder's own package key, made
# now), and trusts that key; then 'kuzet review' shows the package in each language.
kuzet_cli() {
  "${kuzet[@]}" "$@" 2>>"$work/cli.log" || { cat "$work/cli.log" >&2; fail "'kuzet $1' failed"; }
}
echo "screenshots: offline review of a package"
KUZET_USER="$shots_user" KUZET_PASSWORD="$shots_password" kuzet_cli records --open >"$work/records.txt"
record="$(awk '$2 == "incident" && $6 != "-" { print $1; exit }' "$work/records.txt")"
[ -n "$record" ] || fail "the demo world has no open incident with a running clock (kuzet records --open)"
package="$work/record-$record.kzp"
KUZET_USER="$shots_user" KUZET_PASSWORD="$shots_password" kuzet_cli export "$record" --out "$package" >/dev/null
# Trusted under the key's organisation (STS): the name the review window shows as the signer.
kuzet_cli trust own-key --out "$work/own-key.pub" >"$work/own-key.txt"
organisation="$(sed -n 's/^Organisation: *//p' "$work/own-key.txt")"
kuzet_cli trust add "${organisation:-STS}" --key "$work/own-key.pub" >/dev/null
for lang in $langs; do
  "${kuzet[@]}" --lang "$lang" review "$package" >"$work/console.log" 2>&1 &
  console_pid=$!
  review_title="$(text_for "$lang" review.title review)"
  window="$(wait_for_window "${review_title//\{0\}/$(basename "$package")}")"
  wait_for_idle_console  # verified the package and shown it
  sleep 1
  shoot "$window" "review-package-$lang"
  stop_console
done
