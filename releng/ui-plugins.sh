#!/usr/bin/env bash
# UI test of live plugin installation on the built product under Xvfb: File → Plugins… → Install…
# takes the example source's jar while the workbench runs, the search part's source list gets the
# example source at once, and a search on it finds the alert the script appends to the folder it
# follows (VIGIL_EXAMPLE_FOLDER) after the install, without any import; after Ctrl+Q, vigil-cli
# on the same workspace lists the plugin as running (it is kept in the workspace) and uninstalls
# it. Neither the console nor the workspace log may hold an exception. Screenshots in target/ui-plugins/.
#
#   releng/ui-plugins.sh [PRODUCT_DIR]     (default: the linux product built by Maven)
#
# Needs (Debian): xvfb xdotool imagemagick openbox libgtk-3-0.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
source "$VIGIL_ROOT/releng/lib/xvfb.sh"

PRODUCT=${1:-$VIGIL_PRODUCT_DIR}
OUT=$VIGIL_ROOT/target/ui-plugins
RUN_DIR=$OUT
WINDOW_TIMEOUT=${VIGIL_SMOKE_WINDOW_TIMEOUT:-120}
STEP_TIMEOUT=30
PLUGIN=org.vigil.examples.source

fail() { printf 'ui-plugins: FAILED: %s\n' "$*" >&2; exit 1; }
say() { printf 'ui-plugins: %s\n' "$*"; }
shot() { import -window root "$OUT/$1.png"; }
logged() { grep -qE "$1" "$OUT/console.log"; }

xvfb_require
[[ -x $PRODUCT/vigil ]] || fail "no built product at $PRODUCT (run ./mvnw verify first)"
JAR=$(ls "$VIGIL_ROOT"/bundles/$PLUGIN/target/$PLUGIN-*.jar 2>/dev/null | head -n 1)
[[ -n $JAR ]] || fail "no example source jar in bundles/$PLUGIN/target (run ./mvnw verify first)"
rm -rf "$OUT" && mkdir -p "$OUT"
WORKSPACE=$OUT/workspace
WATCHED=$OUT/watched
export VIGIL_WORKSPACE=$WORKSPACE VIGIL_KEYRING=$OUT/secure_storage VIGIL_EXAMPLE_FOLDER=$WATCHED
# The folder the example source follows: a log that holds no alert yet.
mkdir -p "$WATCHED"
ndjson_line() { printf '{"@timestamp":"%s","event.kind":"%s","message":"%s"}\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$1" "$2"; }
ndjson_line event "ui-plugins: before the install" >"$WATCHED/fw.ndjson"
trap xvfb_cleanup EXIT
start_display

say "starting Vigil on an empty workspace"
NO_AT_BRIDGE=1 "$PRODUCT/vigil" -nl en >"$OUT/console.log" 2>&1 &
APP_PID=$!
wait_for "the Vigil window" "$WINDOW_TIMEOUT" window_id
xdotool windowactivate --sync "$(window_id)"
sleep 3

# File → Plugins… → Install…; the file chooser's location field takes the jar's path.
xdotool key alt+f && sleep 0.5 && xdotool key l
wait_for "the Plugins window" "$STEP_TIMEOUT" xdotool search --onlyvisible --name 'Plugins'
sleep 1
xdotool key alt+i
sleep 2
xdotool key ctrl+l && sleep 0.5
xdotool type --delay 20 "$JAR"
sleep 0.5
xdotool key Return
wait_for "the plugin installed" "$STEP_TIMEOUT" logged "Plugins installed: $PLUGIN"
sleep 1
shot 1-installed
xdotool key Escape
sleep 0.5
# A device writes an alert while the workbench runs: the source follows the file, polling every 2 s.
ndjson_line alert "ui-plugins: appended after the install" >>"$WATCHED/fw.ndjson"
sleep 3

# The search part's source list is the first control of its bar: pick its second entry, the
# example source (the embedded store, ranked higher, stays first), and search for the alert.
xdotool mousemove 143 106 click 1 && sleep 0.7 && xdotool key Down Return && sleep 0.5
xdotool mousemove 570 106 click 1
xdotool type --delay 5 'event.kind:alert'
xdotool key Return
wait_for "a search on the installed source" "$STEP_TIMEOUT" logged 'Search on example found 1 hits'
sleep 1
shot 2-searched
say "$(grep -oE 'Search on example found [0-9]+ hits' "$OUT/console.log" | tail -n 1)"

quit_with_ctrl_q "$STEP_TIMEOUT"
check_logs

# A new framework on the same workspace: the plugin is back and running, then removed for good.
"$PRODUCT/vigil-cli" plugins list >"$OUT/list.txt" 2>&1 || fail "vigil-cli plugins list failed: $(cat "$OUT/list.txt")"
grep -qE "^  $PLUGIN +[^ ]+ +active" "$OUT/list.txt" || fail "the plugin is not running after a restart: $(cat "$OUT/list.txt")"
"$PRODUCT/vigil-cli" plugins uninstall "$PLUGIN" >/dev/null || fail "vigil-cli plugins uninstall failed"
"$PRODUCT/vigil-cli" plugins list >"$OUT/list-after.txt" 2>&1
grep -q 'Installed plugins (0):' "$OUT/list-after.txt" || fail "the plugin is still listed: $(cat "$OUT/list-after.txt")"
! grep -q "$PLUGIN" "$OUT/list-after.txt" || fail "the plugin's bundle is still there after uninstall"

say "passed; screenshots in $OUT"
