#!/usr/bin/env bash
# Runs every test: the OSGi unit and integration tests in the Maven build, against real nodes
# (Elasticsearch without and with security, a busy one that answers 429, and OpenSearch); that the
# SDK's semantic version check fails an incompatible change; that docs/PLUGINS.md's commands build
# a plugin from the template; then, on the built product, the
# interrupted-import test (vigil-cli killed, the node stopped; each resumed), the UI smoke test and
# the plugin UI test.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
source "$VIGIL_ROOT/releng/lib/xvfb.sh"
vigil_use_jdk

fail() { printf 'test.sh: FAILED: %s\n' "$*" >&2; exit 1; }

started=$SECONDS
es_node=$VIGIL_ROOT/releng/elasticsearch/es-node.sh
# A third node with a write pool of one thread and a queue of one answers bulk requests with 429:
# the import test that must lose nothing to them runs against it; the other two stay unhindered.
os_node=$VIGIL_ROOT/releng/opensearch/os-node.sh
trap '"$es_node" stop --name es-busy >/dev/null 2>&1 || true; "$os_node" stop --name os-plain >/dev/null 2>&1 || true; xvfb_cleanup' EXIT
# The dashboards' UI tests drive real SWT widgets (edit mode, dialogs): the build runs on a private display.
OUT=$VIGIL_ROOT/target/test-display
mkdir -p "$OUT"
xvfb_require
start_display
VIGIL_ES_SETTINGS="thread_pool.write.size=1 thread_pool.write.queue_size=1" \
    "$es_node" start --profile plain --name es-busy
VIGIL_ES_BUSY_URL=$(vigil_node_url es es-busy)
export VIGIL_ES_BUSY_URL
"$os_node" start --name os-plain
VIGIL_OS_URL=$(vigil_node_url os os-plain)
export VIGIL_OS_URL
# Single quotes on purpose: the variables are set by run-with for the command it runs.
# shellcheck disable=SC2016
"$es_node" run-with --plain es-plain --secure es-secure -- \
    bash -c 'cd "$0" && ./mvnw -B clean verify -Dvigil.es.required=true \
        -Dvigil.es.busy.url="$VIGIL_ES_BUSY_URL" \
        -Dvigil.os.url="$VIGIL_OS_URL" -Dvigil.os.required=true \
        -Dvigil.es.plain.url="$VIGIL_ES_PLAIN_URL" \
        -Dvigil.es.secure.url="$VIGIL_ES_SECURE_URL" \
        -Dvigil.es.secure.user="$VIGIL_ES_SECURE_USER" \
        -Dvigil.es.secure.password="$VIGIL_ES_SECURE_PASSWORD" \
        -Dvigil.es.secure.ca="$VIGIL_ES_SECURE_CA" \
        -Dvigil.es.secure.reader.user="$VIGIL_ES_SECURE_READER_USER" \
        -Dvigil.es.secure.reader.password="$VIGIL_ES_SECURE_READER_PASSWORD" \
        -Dvigil.es.secure.writer.user="$VIGIL_ES_SECURE_WRITER_USER" \
        -Dvigil.es.secure.writer.password="$VIGIL_ES_SECURE_WRITER_PASSWORD"' "$VIGIL_ROOT"

"$es_node" stop --name es-busy
"$os_node" stop --name os-plain
"$VIGIL_ROOT/releng/baseline/check-test.sh"
"$VIGIL_ROOT/releng/plugin-guide-test.sh"
"$VIGIL_ROOT/releng/import-resume.sh"
"$VIGIL_ROOT/releng/ui-smoke.sh"
"$VIGIL_ROOT/releng/ui-plugins.sh"
"$VIGIL_ROOT/releng/ui-sources.sh"
echo "test.sh: all tests passed in $((SECONDS - started)) s"
