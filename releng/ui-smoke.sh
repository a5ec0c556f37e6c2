#!/usr/bin/env bash
# UI smoke test of the built product under Xvfb: the "Vigil" window must show, each perspective
# must open through its keyboard shortcut, a KQL query typed into Investigate must find demo
# events, a case made from two of them must show in the case list, Ctrl+Q must close the
# workbench cleanly, and neither the console nor the workspace log may hold an exception. Runs
# twice, English with the light theme and Vietnamese with the dark theme, and leaves screenshots
# in target/ui-smoke/.
#
#   releng/ui-smoke.sh [PRODUCT_DIR]     (default: the linux product built by Maven)
#
# Needs (Debian): xvfb xdotool imagemagick openbox libgtk-3-0. Openbox is there because without a
# window manager a window cannot be activated for keyboard input (and has no title bar to see).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"

PRODUCT=${1:-$VIGIL_PRODUCT_DIR}
OUT=$VIGIL_ROOT/target/ui-smoke
WINDOW_TIMEOUT=${VIGIL_SMOKE_WINDOW_TIMEOUT:-120}
STEP_TIMEOUT=20
PERSPECTIVES=(cases registry dashboards investigate)
declare -A SHORTCUT=([investigate]=ctrl+1 [cases]=ctrl+2 [registry]=ctrl+3 [dashboards]=ctrl+4)
# The mnemonic of the system editor's "Dossier, plan and 4 layers" tab in each language.
declare -A DOSSIER_TAB=([en]=alt+d [vi]=alt+h)

fail() { printf 'ui-smoke: FAILED: %s\n' "$*" >&2; exit 1; }
say() { printf 'ui-smoke: %s\n' "$*"; }

for tool in Xvfb xdotool import openbox; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (apt-get install -y xvfb xdotool imagemagick openbox)"
done
[[ -x $PRODUCT/vigil ]] || fail "no built product at $PRODUCT (run ./mvnw verify first)"

XVFB_PID="" WM_PID="" APP_PID=""
cleanup() {
    for pid in $APP_PID $WM_PID $XVFB_PID; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

start_display() {
    local n=90
    while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do n=$((n + 1)); done
    export DISPLAY=:$n
    Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
    openbox >"$OUT/openbox.log" 2>&1 &
    WM_PID=$!
    sleep 1
}

# wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND until it succeeds; fails if the app died.
wait_for() {
    local what=$1 seconds=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        kill -0 "$APP_PID" 2>/dev/null || fail "Vigil exited while waiting for $what (see $RUN_DIR/console.log)"
        ((SECONDS < deadline)) || fail "gave up after $seconds s waiting for $what"
        sleep 0.5
    done
}

window_id() { xdotool search --onlyvisible --name '^Vigil' | head -n 1; }
logged() { grep -q "Perspective shown: org.vigil.ui.perspective.$1\$" "$RUN_DIR/console.log"; }
shot() { import -window root "$RUN_DIR/$1.png"; }

# run_once NAME LANGUAGE THEME
run_once() {
    local name=$1 language=$2 theme=$3
    RUN_DIR=$OUT/$name
    rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
    # The theme engine reads the operator's choice from here at start-up, as after a restart.
    echo "themeid=org.vigil.ui.theme.$theme" \
        >"$RUN_DIR/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.eclipse.e4.ui.css.swt.theme.prefs"
    say "$name: starting Vigil (-nl $language, $theme theme)"
    NO_AT_BRIDGE=1 VIGIL_WORKSPACE=$RUN_DIR/workspace "$PRODUCT/vigil" -nl "$language" \
        >"$RUN_DIR/console.log" 2>&1 &
    APP_PID=$!
    local started=$SECONDS
    wait_for "the Vigil window" "$WINDOW_TIMEOUT" window_id
    say "$name: window shown after $((SECONDS - started)) s"
    local window
    window=$(window_id)
    xdotool windowactivate --sync "$window"
    sleep 1
    shot 0-start
    local i=1
    for perspective in "${PERSPECTIVES[@]}"; do
        xdotool key --clearmodifiers "${SHORTCUT[$perspective]}"
        wait_for "perspective $perspective after ${SHORTCUT[$perspective]}" "$STEP_TIMEOUT" logged "$perspective"
        sleep 0.5
        shot "$i-$perspective"
        i=$((i + 1))
    done
    # Investigate is showing: search the demo data the embedded store loads on first use.
    xdotool type --delay 5 'event.action:port-scan'
    xdotool key Return
    wait_for "search results" "$WINDOW_TIMEOUT" grep -qE 'Search on embedded found [1-9][0-9]* hits' "$RUN_DIR/console.log"
    sleep 1
    shot "$i-search"
    i=$((i + 1))
    # Open the first hit, then filter for the value in the third row of its fields (after
    # @timestamp and _id, the event's first own field): the narrowed search must find hits.
    xdotool mousemove 400 322 click 1
    wait_for "the event detail" "$STEP_TIMEOUT" grep -q 'Showing event ' "$RUN_DIR/console.log"
    xdotool mousemove 300 657 click 1 && sleep 0.3 && xdotool click 3 && sleep 0.7 && xdotool key Down Return
    wait_for "the filtered search" "$WINDOW_TIMEOUT" bash -c "[ \$(grep -cE 'Search on embedded found [1-9][0-9]* hits' '$RUN_DIR/console.log') -ge 2 ]"
    sleep 1
    shot "$i-filter-for"
    i=$((i + 1))
    case_from_results
    shot "$i-case-created"
    i=$((i + 1))
    edit_registry "$language"
    shot "$i-registry-edited"
    i=$((i + 1))
    # F10 opens the menu bar; Right moves to the Perspective menu, which lists the shortcuts.
    xdotool key F10 && sleep 0.5 && xdotool key Right && sleep 1
    shot "$i-menu"
    xdotool key Escape Escape
    sleep 0.5
    xdotool key --clearmodifiers ctrl+q
    local deadline=$((SECONDS + STEP_TIMEOUT))
    while kill -0 "$APP_PID" 2>/dev/null; do
        ((SECONDS < deadline)) || fail "$name: Vigil did not close within $STEP_TIMEOUT s of Ctrl+Q"
        sleep 0.5
    done
    wait "$APP_PID" || fail "$name: Vigil exited with status $? (see $RUN_DIR/console.log)"
    APP_PID=""
    check_logs
    say "$name: passed; screenshots in $RUN_DIR"
}

# Cases: select the first two hits of the filtered search, create a case from them through the
# results' context menu (its first item) with the proposed title, close the editor it opens, and
# see the case in the Cases perspective's list.
case_from_results() {
    xdotool mousemove 400 322 click 1 && sleep 0.3
    xdotool mousemove 400 345 keydown shift click 1 keyup shift && sleep 0.3
    xdotool click 3 && sleep 0.7 && xdotool key Down Return
    wait_for "the title of the new case" "$STEP_TIMEOUT" xdotool search --onlyvisible --name 'Create Case from|Tạo vụ việc từ'
    sleep 0.5
    xdotool key Return
    wait_for "the case created from the hits" "$STEP_TIMEOUT" \
        grep -qE 'Case created VIG-[0-9]+-[0-9]+ from [1-9][0-9]* events' "$RUN_DIR/console.log"
    wait_for "the case editor" "$STEP_TIMEOUT" grep -qE 'Editing case VIG-' "$RUN_DIR/console.log"
    sleep 1
    xdotool key Escape
    xdotool key --clearmodifiers ctrl+2
    wait_for "the case in the list" "$STEP_TIMEOUT" bash -c \
        "grep -oE 'Cases shown: [0-9]+ cases' '$RUN_DIR/console.log' | tail -n 1 | grep -qE ': [1-9][0-9]* cases'"
    say "cases: $(grep -oE 'Case created VIG-[0-9-]+ from [0-9]+ events' "$RUN_DIR/console.log" | tail -n 1)," \
        "$(grep -oE 'Cases shown: [0-9]+ cases' "$RUN_DIR/console.log" | tail -n 1)"
    sleep 0.5
}

# The registry: approve the level dossier of the demo finance department's portal with the keyboard
# and see the province's compliance figure change.
edit_registry() {
    local language=$1 before
    xdotool key --clearmodifiers ctrl+3
    wait_for "the registry" "$WINDOW_TIMEOUT" grep -q 'Registry shown: ' "$RUN_DIR/console.log"
    before=$(grep -o 'province compliance .*' "$RUN_DIR/console.log" | tail -n 1)
    xdotool mousemove 150 102 click 1 && xdotool type --delay 5 'Tai chinh' && sleep 1
    xdotool mousemove 450 174 click --repeat 2 --delay 80 1
    wait_for "the system editor" "$STEP_TIMEOUT" grep -q 'Editing system stc-portal' "$RUN_DIR/console.log"
    sleep 1
    xdotool key "${DOSSIER_TAB[$language]}" && sleep 0.5 && xdotool key Tab space && sleep 0.7 && xdotool key End Return
    xdotool key Tab && xdotool type --delay 5 '45/QD-UBND' && xdotool key Tab && xdotool type --delay 5 '2026-11-20'
    xdotool key Return
    wait_for "the saved system" "$STEP_TIMEOUT" grep -q 'Registry system saved: stc-portal' "$RUN_DIR/console.log"
    wait_for "the new compliance figure" "$STEP_TIMEOUT" bash -c \
        "[ \"\$(grep -o 'province compliance .*' '$RUN_DIR/console.log' | tail -n 1)\" != '$before' ]"
    say "registry: $before, after the edit $(grep -o 'province compliance .*' "$RUN_DIR/console.log" | tail -n 1)"
    sleep 1
}

check_logs() {
    local log
    for log in "$RUN_DIR/console.log" "$RUN_DIR/workspace/.metadata/.log"; do
        [[ -f $log ]] || continue
        if grep -n -E 'Exception|^!ENTRY .* (2|4) |SEVERE' "$log" >"$RUN_DIR/problems.txt"; then
            cat "$RUN_DIR/problems.txt" >&2
            fail "$log holds errors or exceptions"
        fi
    done
}

mkdir -p "$OUT"
start_display
run_once english-light en light
run_once vietnamese-dark vi dark
say "all runs passed"
