#!/usr/bin/env bash
# Runs `vigil-cli bench` in the built product against a throw-away plain Elasticsearch node and
# writes the table to docs/BENCHMARKS-latest.md (see docs/BENCHMARKS.md).
#
# USAGE
#   releng/bench.sh [--events N] [--runs N] [--out FILE] [--only es-import|registry|aggs|report|os-search]
#
# --only es-import times only the import into Elasticsearch against the raw _bulk (about a minute
# at 200,000 events); --only registry only the embedded import and the registry matcher; --only
# aggs only the SOC overview's aggregations (the data is still imported, untimed); --only report
# only the headless PDF period report of the shipped period-report dashboard (import untimed);
# --only os-search only the first pages of the OpenSearch source against the same raw requests, on
# a throw-away OpenSearch node (releng/opensearch/os-node.sh) instead of an Elasticsearch one.
#
# Builds the product first when it is missing or older than a source file. The benchmark gets its
# own workspace in a temporary directory and starts without the demo data set (-Dvigil.demo=false).
# ENVIRONMENT: VIGIL_BENCH_HEAP (default -Xmx4g: the bare-Lucene reference holds every parsed event
# in memory), VIGIL_MVN_ARGS (extra Maven arguments for the build, e.g. -o), VIGIL_BENCH_JFR (a
# file to write a Java Flight Recording of the benchmark's JVM to, for a profile).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"

events=200000
runs=50
out=$VIGIL_ROOT/docs/BENCHMARKS-latest.md
only=
while [ $# -gt 0 ]; do
    case $1 in
        --events) events=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --only)
            case $2 in
                es-import|registry|aggs|report|os-search) only=--$2 ;;
                *) echo "bench.sh: --only takes es-import, registry, aggs, report or os-search, not $2" >&2; exit 2 ;;
            esac
            shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

vigil_use_jdk
cli=$VIGIL_PRODUCT_DIR/vigil-cli
# The start script keeps its source's time; config.ini is written by each build of the product.
built=$VIGIL_PRODUCT_DIR/configuration/config.ini
if [ ! -x "$cli" ] || [ ! -f "$built" ] || [ -n "$(cd "$VIGIL_ROOT" && find bundles features releng/org.vigil.product \
        target-platform -newer "$built" -type f ! -path '*/target/*' ! -path '*/bin/*' -print -quit)" ]; then
    # shellcheck disable=SC2086 # VIGIL_MVN_ARGS is a list of arguments on purpose
    vigil_mvn -q ${VIGIL_MVN_ARGS:-} clean verify -DskipTests
fi

workspace=$(mktemp -d "${TMPDIR:-/tmp}/vigil-bench-ws.XXXXXX")
# An error the application did not print lands in the workspace log: show it before the cleanup.
# Under set -e a failing command in the trap would end it early and with its status: no log is normal.
trap 'if [ -f "$workspace/.metadata/.log" ]; then cat "$workspace/.metadata/.log" >&2; fi; rm -rf "$workspace"' EXIT
export VIGIL_WORKSPACE=$workspace
export VIGIL_JAVA_OPTS="-Dvigil.demo=false ${VIGIL_BENCH_HEAP:--Xmx4g}"
if [ -n "${VIGIL_BENCH_JFR:-}" ]; then
    VIGIL_JAVA_OPTS="$VIGIL_JAVA_OPTS -XX:StartFlightRecording=filename=$VIGIL_BENCH_JFR,settings=profile"
fi
export BENCH_CLI=$cli BENCH_EVENTS=$events BENCH_RUNS=$runs BENCH_OUT=$out BENCH_ONLY=$only
# The node's URL is only known once it runs: let run-with's environment reach the command line.
if [ "$only" = --os-search ]; then
    # shellcheck disable=SC2016 # expanded by the inner shell
    JAVA_HOME=$JAVA_HOME "$VIGIL_ROOT/releng/opensearch/os-node.sh" run-with --plain vigil-bench-os -- \
        sh -c '"$BENCH_CLI" bench --events "$BENCH_EVENTS" --runs "$BENCH_RUNS" --os-url "$VIGIL_OS_PLAIN_URL" --out "$BENCH_OUT" --os-search'
    exit 0
fi
# shellcheck disable=SC2016 # expanded by the inner shell
JAVA_HOME=$JAVA_HOME "$VIGIL_ROOT/releng/elasticsearch/es-node.sh" run-with --plain vigil-bench -- \
    sh -c '"$BENCH_CLI" bench --events "$BENCH_EVENTS" --runs "$BENCH_RUNS" --es-url "$VIGIL_ES_PLAIN_URL" --out "$BENCH_OUT" $BENCH_ONLY'
