#!/usr/bin/env bash
# Memory of a large import into Elasticsearch with the built product: generates MIB MiB of Zeek
# JSON (releng/lib/zeek-lines.sh), imports it with vigil-cli into a throw-away node, and reports
# the process's peak resident memory (VmHWM, polled), the Java heap it was given, the most heap
# in use after a collection and after a full collection (from the GC log), and the time. The
# file and the node with its data are removed at the end.
#
#   releng/bench-import-memory.sh [MIB [JAVA_OPTS]]      (default: 1024, none: vigil-cli's -Xmx2g)
#
# Example: releng/bench-import-memory.sh 2048 "-Xms128m -Xmx128m"
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
source "$VIGIL_ROOT/releng/lib/zeek-lines.sh"

MIB=${1:-1024}
JAVA_OPTS=${2:-}
PRODUCT=$VIGIL_PRODUCT_DIR
NODE=es-membench
OUT=$VIGIL_ROOT/target/bench-import-memory
ES_NODE=$VIGIL_ROOT/releng/elasticsearch/es-node.sh
FILE=$OUT/zeek-large.json
# The generator's lines are 759 bytes on average.
LINES=$((MIB * 1048576 / 759))

[[ -x $PRODUCT/vigil-cli ]] || { echo "no built product at $PRODUCT" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT/workspace"
# The node's data is as large as the file: it goes too.
node_dir=$VIGIL_ROOT/releng/elasticsearch/target/$NODE
trap '"$ES_NODE" stop --name "$NODE" >/dev/null 2>&1 || true; rm -rf "$FILE" "$(readlink -f "$node_dir")" "$node_dir"' EXIT
"$ES_NODE" start --profile plain --name "$NODE"
url=$(vigil_node_url es "$NODE")
vigil_es_source "$OUT/workspace" bench "$url"
vigil_zeek_lines "$LINES" "$FILE"
echo "bench-import-memory: $LINES lines, $(($(stat -c %s "$FILE") / 1048576)) MiB"

started=$SECONDS
VIGIL_JAVA_OPTS="$JAVA_OPTS -Xlog:gc:file=$OUT/gc.log" VIGIL_WORKSPACE=$OUT/workspace \
    "$PRODUCT/vigil-cli" import --source bench "$FILE" >"$OUT/import.out" 2>"$OUT/import.err" &
pid=$!
peak_kib=0
while kill -0 "$pid" 2>/dev/null; do
    hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n $hwm ]] && ((hwm > peak_kib)) && peak_kib=$hwm
    sleep 1
done
rc=0
wait "$pid" || rc=$?
took=$((SECONDS - started))
cat "$OUT/import.out"
# "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->45M(512M) 3.1ms": the heap after it.
after() { grep -E "$1" "$OUT/gc.log" | sed -n 's/.* [0-9]*M->\([0-9]*\)M(\([0-9]*\)M).*/\1 \2/p'; }
read -r max_after committed < <(after 'Pause' | sort -n | tail -1) || true
read -r max_full _ < <(after 'Pause Full' | sort -n | tail -1) || true
echo "bench-import-memory: exit $rc after $took s ($((LINES / (took > 0 ? took : 1))) lines/s incl. start)"
echo "bench-import-memory: peak RSS $((peak_kib / 1024)) MiB; heap after a collection at most ${max_after:-?} MiB" \
    "(heap size ${committed:-?} MiB), after a full collection at most ${max_full:-none} MiB;" \
    "$(grep -c 'Pause Full' "$OUT/gc.log" || true) full collections; options: ${JAVA_OPTS:-default}"
exit "$rc"
