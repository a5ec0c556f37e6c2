#!/usr/bin/env bash
# The interrupted-import test of the built product: vigil-cli imports a generated Zeek log of
# LINES lines (four datasets, so four indices) into a real Elasticsearch node of its own and is
# interrupted midway, once killed with SIGKILL and once by the node stopping. Each time the node
# holds some but not all of the lines; the same import run again then leaves every line there
# exactly once: the count and the number of distinct event.id both equal LINES. When the node
# goes away the import must end by itself (no hang) with an error naming the file and the
# source, the way to finish, and no stack trace. The import resumed after the kill runs with a
# heap smaller than the file (lines of about 760 bytes: 215 MiB), so that a bounded memory is
# checked on every run too.
#
#   releng/import-resume.sh [PRODUCT_DIR]     (default: the linux product built by Maven)
#
# Environment: VIGIL_RESUME_LINES (default 300000), VIGIL_RESUME_HEAP_MB (default 192; the
# import holds 70 to 90 MiB after a full collection whatever the file's size, and 128 MiB
# already makes it four times slower with full collections).
# Prints one PASS or FAIL line per check and exits 1 if any failed. Needs curl and awk.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
source "$VIGIL_ROOT/releng/lib/zeek-lines.sh"

PRODUCT=${1:-$VIGIL_PRODUCT_DIR}
LINES=${VIGIL_RESUME_LINES:-300000}
HEAP_MB=${VIGIL_RESUME_HEAP_MB:-192}
NODE=es-resume
SOURCE=team
OUT=$VIGIL_ROOT/target/import-resume
FILE=$OUT/zeek-mixed.json
ES_NODE=$VIGIL_ROOT/releng/elasticsearch/es-node.sh
# Far beyond the few seconds a failed request takes to be noticed; a hang would show here.
GIVE_UP_LIMIT=60
FAILED=0
URL=""

say() { printf 'import-resume: %s\n' "$*"; }
die() { say "FAIL: $*"; exit 1; }

# check DESCRIPTION COMMAND...: one PASS or FAIL line.
check() {
    local description=$1; shift
    if "$@"; then say "PASS: $description"; else say "FAIL: $description"; FAILED=1; fi
}

# use_node: the node's current URL (it may change after a restart) in sources.properties.
use_node() {
    URL=$(vigil_node_url es "$NODE")
    [[ -n $URL ]] || die "no URL for node $NODE"
    vigil_es_source "$OUT/workspace" "$SOURCE" "$URL"
}

es() { curl --silent --show-error --noproxy '*' --max-time 30 -H 'Content-Type: application/json' "$@"; }

# count: the events the node holds now (without a refresh: what a search sees).
count() {
    es "$URL/vigil-events-*/_count" 2>/dev/null | sed -n 's/.*"count":\([0-9]*\).*/\1/p'
}

refreshed_count() {
    es -X POST "$URL/vigil-events-*/_refresh" >/dev/null
    count
}

# distinct_ids: how many event.id values the node holds, counted exactly: every document's
# event.id read through a scroll in index order (linear, where paging a composite aggregation
# took a minute), then `sort -u`; "-1" when one is there twice.
distinct_ids() {
    local page=$OUT/page.json ids=$OUT/ids.txt scroll
    : >"$ids"
    es -o "$page" "$URL/vigil-events-*/_search?scroll=1m" -d '{"size":10000,"sort":["_doc"],"_source":false,
        "docvalue_fields":["event.id"]}'
    while grep -o '"event.id":\["[^"]*"\]' "$page" >>"$ids"; do
        # The scroll id comes first in the answer.
        scroll=$(head -c 4096 "$page" | sed -n 's/.*"_scroll_id":"\([^"]*\)".*/\1/p')
        es -o "$page" "$URL/_search/scroll" -d '{"scroll":"1m","scroll_id":"'"$scroll"'"}'
    done
    es -X DELETE "$URL/_search/scroll/_all" >/dev/null
    if [[ -n $(sort "$ids" | uniq -d | head -1) ]]; then echo -1; else wc -l <"$ids"; fi
}

drop_indices() {
    local names
    names=$(es "$URL/_cat/indices/vigil-events-*?h=index" | paste -sd, -)
    [[ -z $names ]] || es -X DELETE "$URL/$names" >/dev/null
}

# start_import NAME: vigil-cli import in the background; sets IMPORT_PID.
start_import() {
    VIGIL_WORKSPACE=$OUT/workspace "$PRODUCT/vigil-cli" import --source "$SOURCE" "$FILE" \
        >"$OUT/$1.out" 2>"$OUT/$1.err" &
    IMPORT_PID=$!
}

# run_import NAME [JAVA_OPTS]: vigil-cli import in the foreground; sets IMPORT_RC.
run_import() {
    IMPORT_RC=0
    VIGIL_JAVA_OPTS=${2:-} VIGIL_WORKSPACE=$OUT/workspace "$PRODUCT/vigil-cli" import --source "$SOURCE" "$FILE" \
        >"$OUT/$1.out" 2>"$OUT/$1.err" || IMPORT_RC=$?
}

# wait_midway: until the node shows some of the import's events (the periodic refresh makes them
# visible within a second), while the import still runs.
wait_midway() {
    local deadline=$((SECONDS + 120)) found
    while ((SECONDS < deadline)) && kill -0 "$IMPORT_PID" 2>/dev/null; do
        found=$(count)
        [[ -n $found && $found -gt 0 ]] && return 0
        sleep 0.2
    done
    die "the import ended or showed nothing in the node before it could be interrupted ($(cat "$OUT/$1.out"))"
}

# wait_exit SECONDS: whether the import process ended within SECONDS; sets IMPORT_RC.
wait_exit() {
    local deadline=$((SECONDS + $1))
    while ((SECONDS < deadline)) && kill -0 "$IMPORT_PID" 2>/dev/null; do sleep 0.2; done
    if kill -0 "$IMPORT_PID" 2>/dev/null; then
        kill -9 "$IMPORT_PID" 2>/dev/null || true
        return 1
    fi
    IMPORT_RC=0
    wait "$IMPORT_PID" || IMPORT_RC=$?
}

between() { (($2 < $1 && $1 < $3)); }
equals() { [[ $1 == "$2" ]]; }
contains() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qE -- "$2" "$1"; }

# resumed NAME: the import run again completes the file, every line once.
resumed() {
    local started=$SECONDS
    run_import "$1" "${2:-}"
    say "$1: the import run again took $((SECONDS - started)) s${2:+ with $2}"
    check "$1: the import run again succeeds" equals "$IMPORT_RC" 0
    check "$1: its summary says every line was imported" contains "$OUT/$1.out" "$LINES lines, $LINES imported, 0 rejected"
    local found distinct
    found=$(refreshed_count)
    distinct=$(distinct_ids)
    say "$1: the node holds $found events with $distinct distinct event.id for $LINES lines"
    check "$1: the node holds every line (count $found = $LINES)" equals "$found" "$LINES"
    check "$1: every line is there once (distinct event.id $distinct = $LINES)" equals "$distinct" "$LINES"
}

killed_midway() {
    say "killed: vigil-cli import, then kill -9 while the node shows its first events"
    start_import killed
    wait_midway killed
    kill -9 "$IMPORT_PID"
    wait "$IMPORT_PID" 2>/dev/null || true
    local found
    found=$(refreshed_count)
    say "killed: the node holds $found of $LINES events after the kill"
    check "killed: the node holds some but not all lines ($found)" between "$found" 0 "$LINES"
    resumed killed-again "-Xms${HEAP_MB}m -Xmx${HEAP_MB}m"
}

node_stopped_midway() {
    say "node stopped: vigil-cli import, then the node stopped while it shows the first events"
    drop_indices
    start_import stopped
    wait_midway stopped
    local stopping=$SECONDS gave_up
    "$ES_NODE" stop --name "$NODE"
    if wait_exit "$GIVE_UP_LIMIT"; then
        gave_up=$((SECONDS - stopping))
        say "node stopped: the import gave up ${gave_up} s after the node was told to stop"
        check "node stopped: the import ends by itself within ${GIVE_UP_LIMIT} s" true
    else
        check "node stopped: the import ends by itself within ${GIVE_UP_LIMIT} s" false
    fi
    say "node stopped: what the user saw:"
    sed 's/^/    /' "$OUT/stopped.out"
    check "node stopped: exit code 1" equals "$IMPORT_RC" 1
    check "node stopped: the summary names the file as not imported" contains "$OUT/stopped.out" "$FILE: not imported"
    check "node stopped: the reason names the source" contains "$OUT/stopped.out" "Elasticsearch source $SOURCE"
    check "node stopped: the summary says how to finish" contains "$OUT/stopped.out" "import the same files again"
    check "node stopped: no stack trace" lacks "$OUT/stopped.err" '^[[:space:]]+at |Exception'
    "$ES_NODE" restart --name "$NODE"
    use_node
    local found
    found=$(refreshed_count)
    say "node stopped: the node holds $found of $LINES events after its restart"
    check "node stopped: the restarted node holds some but not all lines ($found)" between "$found" 0 "$LINES"
    resumed stopped-again
}

[[ -x $PRODUCT/vigil-cli ]] || die "no built product at $PRODUCT (run ./mvnw verify first)"
rm -rf "$OUT" && mkdir -p "$OUT/workspace"
trap '"$ES_NODE" stop --name "$NODE" >/dev/null 2>&1 || true' EXIT
started=$SECONDS
"$ES_NODE" start --profile plain --name "$NODE"
use_node
vigil_zeek_lines "$LINES" "$FILE"
file_mb=$(($(stat -c %s "$FILE") / 1048576))
say "$LINES lines, $file_mb MiB, in $FILE"
((file_mb > HEAP_MB)) || die "the file ($file_mb MiB) must be bigger than the heap ($HEAP_MB MiB) to show that memory is bounded"
killed_midway
node_stopped_midway
rm -f "$FILE"
if ((FAILED)); then
    say "FAILED after $((SECONDS - started)) s"
    exit 1
fi
say "all checks passed in $((SECONDS - started)) s"
