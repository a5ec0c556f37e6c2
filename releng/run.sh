#!/usr/bin/env bash
# Builds Vigil and starts the workbench on the embedded store (the default of a fresh install).
# Arguments go to the workbench, e.g. `releng/run.sh -nl vi`. Workspace: $VIGIL_WORKSPACE, default
# ~/.vigil/workspace.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
vigil_use_jdk
vigil_mvn -q verify -DskipTests
# The product's own start script finds Java 21+ itself; hand it the JDK the build used.
JAVA_HOME=$JAVA_HOME exec "$VIGIL_PRODUCT_DIR/vigil" "$@"
