# shellcheck shell=bash
# Shared by releng/ui-smoke.sh and releng/bench-ui.sh: a private X display with a window manager
# for the built product, and waiting on it. The caller defines fail(), sets OUT (where the display
# logs go) and, once the product runs, APP_PID and RUN_DIR (where its console.log is).
#
# Openbox is there because without a window manager a window cannot be activated for keyboard
# input (and has no title bar to see).

XVFB_PID="" WM_PID="" APP_PID=""

# xvfb_require: stops with the packages to install when a tool is missing.
xvfb_require() {
    local tool
    for tool in Xvfb xdotool import openbox; do
        command -v "$tool" >/dev/null || fail "'$tool' is missing (apt-get install -y xvfb xdotool imagemagick openbox)"
    done
}

# xvfb_cleanup: stops the product, the window manager and the display, whichever run.
xvfb_cleanup() {
    for pid in $APP_PID $WM_PID $XVFB_PID; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}

# start_display: a 1400x900 display on the first free number from :90, with openbox; exports DISPLAY.
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

# quit_with_ctrl_q SECONDS: closes the product with Ctrl+Q and fails unless it exits cleanly in time.
quit_with_ctrl_q() {
    xdotool key --clearmodifiers ctrl+q
    local deadline=$((SECONDS + $1))
    while kill -0 "$APP_PID" 2>/dev/null; do
        ((SECONDS < deadline)) || fail "Vigil did not close within $1 s of Ctrl+Q"
        sleep 0.5
    done
    wait "$APP_PID" || fail "Vigil exited with status $? (see $RUN_DIR/console.log)"
    APP_PID=""
}

# check_logs: fails when the console or the workspace log ($RUN_DIR/workspace) holds an error.
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
