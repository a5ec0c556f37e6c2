#!/usr/bin/env bash
# Runs every test: the OSGi unit and integration tests (against real Elasticsearch nodes, one
# without and one with security) in the Maven build, then the UI smoke test on the built product.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
vigil_use_jdk

started=$SECONDS
# Single quotes on purpose: the variables are set by run-with for the command it runs.
# shellcheck disable=SC2016
"$VIGIL_ROOT/releng/elasticsearch/es-node.sh" run-with --plain es-plain --secure es-secure -- \
    bash -c 'cd "$0" && ./mvnw -B clean verify -Dvigil.es.required=true \
        -Dvigil.es.plain.url="$VIGIL_ES_PLAIN_URL" \
        -Dvigil.es.secure.url="$VIGIL_ES_SECURE_URL" \
        -Dvigil.es.secure.user="$VIGIL_ES_SECURE_USER" \
        -Dvigil.es.secure.password="$VIGIL_ES_SECURE_PASSWORD" \
        -Dvigil.es.secure.ca="$VIGIL_ES_SECURE_CA" \
        -Dvigil.es.secure.reader.user="$VIGIL_ES_SECURE_READER_USER" \
        -Dvigil.es.secure.reader.password="$VIGIL_ES_SECURE_READER_PASSWORD"' "$VIGIL_ROOT"

"$VIGIL_ROOT/releng/ui-smoke.sh"
echo "test.sh: all tests passed in $((SECONDS - started)) s"
