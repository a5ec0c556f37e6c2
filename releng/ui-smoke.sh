#!/usr/bin/env bash
# UI smoke test of the built product under Xvfb: the "Vigil" window must show, each perspective
# must open through its keyboard shortcut, a KQL query typed into Investigate must find demo
# events, a case made from two of them must show in the case list, a value proposed by Ctrl+Space
# must find some, a drag on the histogram must search the stretch dragged over, the CSV export must
# write every hit, a file with a broken line imported through File → Import Events… must report that
# line by its number and grow the search's count, a widened column must be kept, a system edited in the registry must change the
# compliance figure, the SOC overview dashboard must compute every panel and a click on a bar of its top
# scanning sources must search those events in Investigate, a dashboard with a panel whose query fails must
# show that panel's error while its other panels have figures, Ctrl+Q must close the workbench cleanly, and neither the console nor the
# workspace log may hold an exception. Runs twice, English with the light theme and Vietnamese with
# the dark theme, and leaves screenshots in target/ui-smoke/.
#
#   releng/ui-smoke.sh [PRODUCT_DIR]     (default: the linux product built by Maven)
#
# Needs (Debian): xvfb xdotool imagemagick openbox libgtk-3-0.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
source "$VIGIL_ROOT/releng/lib/xvfb.sh"

PRODUCT=${1:-$VIGIL_PRODUCT_DIR}
OUT=$VIGIL_ROOT/target/ui-smoke
WINDOW_TIMEOUT=${VIGIL_SMOKE_WINDOW_TIMEOUT:-120}
STEP_TIMEOUT=20
PERSPECTIVES=(cases registry dashboards investigate)
declare -A SHORTCUT=([investigate]=ctrl+1 [cases]=ctrl+2 [registry]=ctrl+3 [dashboards]=ctrl+4)
# The mnemonic of the system editor's "Dossier, plan and 4 layers" tab in each language.
declare -A DOSSIER_TAB=([en]=alt+d [vi]=alt+h)
# The mnemonics of File, File → Import Events…, and the import dialog's Add Files… and Import buttons.
declare -A FILE_MENU=([en]=alt+f [vi]=alt+t) IMPORT_ITEM=([en]=i [vi]=s)
declare -A ADD_FILES=([en]=alt+a [vi]=alt+t) START_IMPORT=([en]=alt+i [vi]=alt+n)

fail() { printf 'ui-smoke: FAILED: %s\n' "$*" >&2; exit 1; }
say() { printf 'ui-smoke: %s\n' "$*"; }

xvfb_require
[[ -x $PRODUCT/vigil ]] || fail "no built product at $PRODUCT (run ./mvnw verify first)"
trap xvfb_cleanup EXIT

logged() { grep -q "Perspective shown: org.vigil.ui.perspective.$1\$" "$RUN_DIR/console.log"; }
shot() { import -window root "$RUN_DIR/$1.png"; }

# run_once NAME LANGUAGE THEME
run_once() {
    local name=$1 language=$2 theme=$3
    RUN_DIR=$OUT/$name
    rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
    mkdir -p "$RUN_DIR/workspace/dashboards" && bad_query_dashboard >"$RUN_DIR/workspace/dashboards/smoke-bad-query.json"
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
    xdotool key --clearmodifiers ctrl+1 && sleep 1
    investigate_features
    import_events "$language"
    edit_registry "$language"
    shot "$i-registry-edited"
    i=$((i + 1))
    dashboards
    # F10 opens the menu bar; Right moves to the Perspective menu, which lists the shortcuts.
    xdotool key F10 && sleep 0.5 && xdotool key Right && sleep 1
    shot "$i-menu"
    xdotool key Escape Escape
    sleep 0.5
    quit_with_ctrl_q "$STEP_TIMEOUT"
    check_columns_kept
    check_logs
    say "$name: passed; screenshots in $RUN_DIR"
}

# The number of cases the case list last showed, 0 before it showed any.
cases_shown() {
    grep -oE 'Cases shown: [0-9]+ cases' "$RUN_DIR/console.log" | tail -n 1 | grep -oE '[0-9]+' || echo 0
}

cases_grown() {
    (($(cases_shown) > $1))
}

# Cases: select the first two hits of the filtered search, create a case from them through the
# results' context menu (its first item) with the proposed title, close the editor it opens, and
# see the case in the Cases perspective's list, which already holds the demo cases: it must grow.
case_from_results() {
    local before
    before=$(cases_shown)
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
    wait_for "the case in the list (more than the $before shown before)" "$STEP_TIMEOUT" cases_grown "$before"
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

# searches: how many searches of the embedded store have found something so far.
searches() { grep -cE 'Search on embedded found [1-9][0-9]* hits' "$RUN_DIR/console.log"; }
at_least() { [ "$("$1")" -ge "$2" ]; }
ranges_set() { grep -c 'Time range set to' "$RUN_DIR/console.log" || true; }
# searched_after_range_set N: the range was set N times and a search ran after the last time.
searched_after_range_set() {
    # shellcheck disable=SC2016 # a sed script: hold from the last "Time range set to" line on
    [ "$(ranges_set)" -ge "$1" ] && sed -n '/Time range set to/h; /Time range set to/!H; ${x;p}' "$RUN_DIR/console.log" |
        grep -q 'Search on embedded found'
}
dialog_active() { [ "$(xdotool getactivewindow getwindowname)" != Vigil ]; }

# The features of the Investigate perspective beyond a plain search: value completion, column
# widths kept, drag-zoom and click on the histogram, export of all hits as CSV.
investigate_features() {
    local before
    # Ctrl+Space after "event.action:" proposes the field's values; Return takes the first, Return searches.
    before=$(searches)
    xdotool mousemove 580 106 click 1 && xdotool key ctrl+a && xdotool type --delay 5 'event.action:'
    xdotool key ctrl+space && sleep 2 && shot "$i-value-completion" && i=$((i + 1))
    xdotool key Return && sleep 0.5 && xdotool key Return
    wait_for "a search with a proposed value" "$STEP_TIMEOUT" at_least searches $((before + 1))
    # Widen the time column by dragging its header's edge; the width is written to the preferences.
    xdotool mousemove 454 292 mousedown 1 mousemove 500 292 mousemove 554 292 mouseup 1
    sleep 1
    # Drag across the histogram: the range becomes the stretch dragged over and the search runs again.
    before=$(ranges_set)
    xdotool mousemove 420 215 mousedown 1
    for x in 460 520 600 680 720; do xdotool mousemove "$x" 215 && sleep 0.1; done
    xdotool mouseup 1
    wait_for "the drag-zoomed search" "$STEP_TIMEOUT" searched_after_range_set $((before + 1))
    # 300 pixels of a 24-hour chart are hours; a click would have narrowed to one bar of 30 minutes.
    local hours
    hours=$(grep -oE 'Time range set to .*' "$RUN_DIR/console.log" | tail -n 1 |
        awk '{ cmd = "date -d " $5 " +%s"; cmd | getline from; close(cmd); cmd = "date -d " $7 " +%s";
               cmd | getline to; close(cmd); print int((to - from) / 3600) }')
    ((hours >= 2)) || fail "$name: the drag on the histogram set a range of $hours hours, not the stretch dragged over"
    sleep 1
    shot "$i-drag-zoom"
    i=$((i + 1))
    # Export every hit as CSV: the button's menu, then the file dialog takes a path typed in.
    local csv=$RUN_DIR/export.csv
    xdotool mousemove 1112 106 click 1 && sleep 0.7 && xdotool key Down Return
    wait_for "the export file dialog" "$STEP_TIMEOUT" dialog_active
    sleep 1.5
    xdotool key ctrl+a && xdotool type --delay 5 "$csv" && xdotool key Return
    wait_for "the CSV export" "$WINDOW_TIMEOUT" grep -qE 'Exported [0-9]+ hits to ' "$RUN_DIR/console.log"
    local exported
    exported=$(grep -oE 'Exported [0-9]+ hits' "$RUN_DIR/console.log" | tail -n 1 | grep -oE '[0-9]+')
    [[ -f $csv ]] || fail "$name: the CSV export wrote no $csv"
    head -n 1 "$csv" | grep -q $'^@timestamp,.*_source\r$' || fail "$name: the CSV header is $(head -n 1 "$csv")"
    [[ $(wc -l <"$csv") -eq $((exported + 1)) ]] || fail "$name: $csv holds $(wc -l <"$csv") lines for $exported hits"
    ((exported > 0)) || fail "$name: the CSV export wrote no hits"
    say "$name: exported $exported hits as CSV"
    shot "$i-export"
    i=$((i + 1))
}

# found_after_import N: the search that ran again after the import found N hits.
found_after_import() {
    sed -n '/Search refreshed after an import/,$p' "$RUN_DIR/console.log" | grep -q "Search on embedded found $1 hits"
}

# File → Import Events…: a file of three lines, the second broken, with times inside the range on
# screen, imported into the embedded store through the dialog. The report must name line 2, and the
# search of every event in the range must find the two good ones more after the import.
import_events() {
    local language=$1 range mid file=$RUN_DIR/import.ndjson
    range=$(grep -oE 'Time range set to .*' "$RUN_DIR/console.log" | tail -n 1)
    mid=$(awk '{ print $5, $7 }' <<<"$range" | { read -r from to; echo $((($(date -d "$from" +%s) + $(date -d "$to" +%s)) / 2)); })
    mid=$(date -u -d "@$mid" +%Y-%m-%dT%H:%M:%SZ)
    printf '%s\n' "{\"@timestamp\":\"$mid\",\"event\":{\"kind\":\"event\",\"dataset\":\"vigil.smoke\"},\"message\":\"one\"}" \
        '{"@timestamp": broken' \
        "{\"@timestamp\":\"$mid\",\"event\":{\"kind\":\"event\",\"dataset\":\"vigil.smoke\"},\"message\":\"three\"}" >"$file"
    local before
    before=$(searches)
    xdotool mousemove 580 106 click 1 && xdotool key ctrl+a && xdotool type --delay 5 'event.kind:*'
    xdotool key Return
    wait_for "the search before the import" "$STEP_TIMEOUT" at_least searches $((before + 1))
    before=$(grep -oE 'Search on embedded found [0-9]+ hits' "$RUN_DIR/console.log" | tail -n 1 | grep -oE '[0-9]+')
    sleep 1 && xdotool key "${FILE_MENU[$language]}" && sleep 0.7 && xdotool key "${IMPORT_ITEM[$language]}"
    wait_for "the import dialog" "$STEP_TIMEOUT" grep -q 'Import dialog shown' "$RUN_DIR/console.log"
    sleep 1
    xdotool key "${ADD_FILES[$language]}"
    wait_for "the file chooser" "$STEP_TIMEOUT" xdotool search --onlyvisible --name 'Choose log files|Chọn các tệp nhật ký'
    # A "/" opens GTK's location field, which swallows what is typed while it opens.
    sleep 1.5 && xdotool type '/' && sleep 1 && xdotool key ctrl+a && xdotool type --delay 5 "$file" && xdotool key Return
    sleep 1
    xdotool search --onlyvisible --name 'Import Events|Nhập sự kiện' windowactivate --sync
    sleep 0.5
    shot "$i-import-dialog"
    i=$((i + 1))
    xdotool key "${START_IMPORT[$language]}"
    wait_for "the import report" "$WINDOW_TIMEOUT" grep -q 'Import report shown: ' "$RUN_DIR/console.log"
    grep -q "Import rejected $file:2: " "$RUN_DIR/console.log" || fail "$name: the import report does not list line 2 of $file"
    wait_for "the search after the import" "$STEP_TIMEOUT" found_after_import $((before + 2))
    sleep 1
    shot "$i-import-report"
    i=$((i + 1))
    say "$name: imported $file: 2 events, line 2 rejected; the search found $before hits before, $((before + 2)) after"
    xdotool key Escape
    sleep 0.5
}

# A saved dashboard of three panels, one of whose queries parses but cannot run: the port is a number.
bad_query_dashboard() {
    cat <<'JSON'
{
  "format": 1,
  "id": "smoke-bad-query",
  "title": { "en": "Smoke: a bad query", "vi": "Kiểm thử: truy vấn sai" },
  "time": { "from": "now-7d", "to": "now" },
  "panels": [
    { "id": "smoke-alerts", "kind": "figure", "title": { "en": "Alerts" }, "grid": { "x": 0, "y": 0, "w": 4, "h": 2 },
      "query": "event.kind:alert" },
    { "id": "smoke-bad", "kind": "top-values", "title": { "en": "Bad query" }, "grid": { "x": 4, "y": 0, "w": 8, "h": 4 },
      "query": "destination.port:abc", "fields": ["source.ip"] },
    { "id": "smoke-cases", "kind": "cases-by-severity", "title": { "en": "Cases" }, "grid": { "x": 0, "y": 2, "w": 4, "h": 3 } }
  ]
}
JSON
}

# The Dashboards perspective: the SOC overview computes every panel on the demo data; a click on the first
# bar of its top scanning sources lands in Investigate with the panel's query and the address clicked,
# and that search finds the events. Then the saved dashboard with a failing panel: that panel shows its
# error, the two others their figures.
dashboards() {
    local before
    xdotool key --clearmodifiers ctrl+4
    wait_for "the SOC overview with every panel computed" "$WINDOW_TIMEOUT" \
        grep -qE 'Dashboard soc-overview shown: 10 panels, 0 without figures' "$RUN_DIR/console.log"
    sleep 1
    shot "$i-dashboard"
    i=$((i + 1))
    before=$(searches)
    # The first bar of "Top scanning sources", the right-hand panel of the third row.
    xdotool mousemove 1000 566 click 1
    wait_for "the drill-down from a bar" "$STEP_TIMEOUT" grep -qE \
        'Search requested from another perspective: \(event.action:port-scan\) and source.ip:"[0-9.]+"' "$RUN_DIR/console.log"
    wait_for "the search of the bar's events" "$STEP_TIMEOUT" at_least searches $((before + 1))
    sleep 1
    shot "$i-dashboard-drilled"
    i=$((i + 1))
    say "dashboards: $(grep -oE 'Dashboard drill-down from .*' "$RUN_DIR/console.log" | tail -n 1 | cut -d' ' -f1-8)," \
        "$(grep -oE 'Search on embedded found [0-9]+ hits' "$RUN_DIR/console.log" | tail -n 1)"
    # The chooser lists the dashboards by id: the saved one comes just before the SOC overview.
    xdotool key --clearmodifiers ctrl+4 && sleep 1
    xdotool mousemove 190 100 click 1 && sleep 1 && xdotool key Up Return
    wait_for "the dashboard with a failing panel" "$WINDOW_TIMEOUT" \
        grep -qE 'Dashboard smoke-bad-query shown: 3 panels, 1 without figures' "$RUN_DIR/console.log"
    grep -qE "Dashboard panel smoke-bad: error: .*abc.*destination.port" "$RUN_DIR/console.log" ||
        fail "$name: the panel with the bad query does not show why it failed"
    grep -qE 'Dashboard panel smoke-alerts: ok' "$RUN_DIR/console.log" &&
        grep -qE 'Dashboard panel smoke-cases: ok' "$RUN_DIR/console.log" ||
        fail "$name: the panels beside the failing one have no figures"
    sleep 1
    shot "$i-dashboard-bad-query"
    i=$((i + 1))
}

# After Ctrl+Q: the widened time column was kept for the next start.
check_columns_kept() {
    local prefs=$RUN_DIR/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.vigil.events.ui.prefs
    local width
    width=$(sed -n 's/^column-widths\/@timestamp=//p' "$prefs" 2>/dev/null)
    if [[ -z $width ]] || ((width <= 200)); then
        fail "$name: the widened time column was not kept (width '$width' in $prefs)"
    fi
}

mkdir -p "$OUT"
start_display
run_once english-light en light
run_once vietnamese-dark vi dark
say "all runs passed"
