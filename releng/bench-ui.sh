#!/usr/bin/env bash
# Measures the Investigate perspective of the built product on a million embedded events, under
# Xvfb with a 1 GB heap (docs/BENCHMARKS.md, "Workbench with 1,000,000 events"): how long from
# Enter to the first rows on screen, and how much heap scrolling the whole table takes.
#
# USAGE
#   releng/bench-ui.sh [--events N] [--workspace DIR]
#
# Without --workspace the demo data set (N events over 28 days, default 1,000,000) is generated
# and imported into target/bench-ui/workspace, unless that workspace already holds a store. The
# workbench runs in Asia/Ho_Chi_Minh with -Xmx1g; the heap is sampled with jstat every half
# second. Screenshots and the console land in target/bench-ui/.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
source "$VIGIL_ROOT/releng/lib/xvfb.sh"

events=1000000
OUT=$VIGIL_ROOT/target/bench-ui
workspace=$OUT/workspace
while [ $# -gt 0 ]; do
    case $1 in
        --events) events=$2; shift 2 ;;
        --workspace) workspace=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "bench-ui.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

fail() { printf 'bench-ui: FAILED: %s\n' "$*" >&2; exit 1; }
say() { printf 'bench-ui: %s\n' "$*"; }

xvfb_require
vigil_use_jdk
[[ -x $JAVA_HOME/bin/jstat ]] || fail "no jstat in $JAVA_HOME (a JDK, not a JRE, is needed)"
[[ -x $VIGIL_PRODUCT_DIR/vigil ]] || fail "no built product at $VIGIL_PRODUCT_DIR (run ./mvnw verify first)"
mkdir -p "$OUT" "$workspace"
RUN_DIR=$OUT
export VIGIL_WORKSPACE=$workspace TZ=Asia/Ho_Chi_Minh NO_AT_BRIDGE=1

if [[ ! -d $workspace/events ]]; then
    say "importing $events demo events into $workspace"
    VIGIL_JAVA_OPTS="-Dvigil.demo=false" "$VIGIL_PRODUCT_DIR/vigil-cli" demo --events "$events" --days 28 \
        --out "$OUT/demo.ndjson"
    VIGIL_JAVA_OPTS="-Dvigil.demo=false -Xmx2g" "$VIGIL_PRODUCT_DIR/vigil-cli" import "$OUT/demo.ndjson"
    rm -f "$OUT/demo.ndjson"
fi

trap xvfb_cleanup EXIT
start_display
VIGIL_JAVA_OPTS="-Xmx1g -Dvigil.demo=false" "$VIGIL_PRODUCT_DIR/vigil" >"$OUT/console.log" 2>&1 &
APP_PID=$!
wait_for "the Vigil window" 120 window_id
xdotool windowactivate --sync "$(window_id)"
sleep 1
# The start script execs Java, so the shell's child is the JVM.
(while kill -0 "$APP_PID" 2>/dev/null; do
    "$JAVA_HOME/bin/jstat" -gc "$APP_PID" 2>/dev/null | awk 'NR == 2 { printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024 }'
    sleep 0.5
done) >"$OUT/heap-mb.txt" &

# How many searches of all the events have shown their first rows so far.
rows_shown() { grep -c "First rows of $events hits on screen" "$OUT/console.log" || true; }
at_least() { [ "$(rows_shown)" -ge "$1" ]; }
shot() { import -window root "$OUT/$1.png"; }

# Investigate, then the range drop-down (Tab from the query bar): Down twice is "Last 30 days".
xdotool key --clearmodifiers ctrl+1
sleep 5
xdotool key Tab && sleep 0.5 && xdotool key Down && sleep 3 && xdotool key Down
wait_for "the first search of the last 30 days" 60 at_least 1
sleep 5
xdotool key shift+Tab
for run in 1 2 3 4 5; do
    xdotool key Return
    wait_for "search $run" 60 at_least $((run + 1))
    sleep 4
done
shot 1-searched
# Scroll the whole table: to the last row and back, page by page, then the scroll bar's thumb
# dragged from top to bottom.
xdotool mousemove 700 340 click 1 && sleep 1
xdotool key End && sleep 3 && shot 2-end
xdotool key Home && sleep 1
for _ in $(seq 60); do xdotool key Page_Down && sleep 0.05; done
sleep 1
xdotool key Home && sleep 1 && xdotool mousemove 1258 318 && sleep 0.5 && xdotool mousedown 1
for y in $(seq 318 2 545); do xdotool mousemove 1258 "$y" && sleep 0.08; done
xdotool mouseup 1 && sleep 3 && shot 3-dragged-to-the-end
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
APP_PID=""

grep -E 'Search on embedded found|First rows of|All [0-9]+ rows scrollable' "$OUT/console.log" |
    sed 's/^[^ ]* INFO [^ ]* - /  /'
say "heap used, most sampled: $(sort -n "$OUT/heap-mb.txt" | tail -n 1) MB (of a 1024 MB maximum)"
say "console and screenshots in $OUT"
