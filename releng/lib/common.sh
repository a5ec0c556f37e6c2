# shellcheck shell=bash
# Shared by the releng scripts: the repository root, a JDK 21+ for Maven, where the built product
# lands, and the URL of a test node.

VIGIL_ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)
# shellcheck source=jdk.sh
source "$VIGIL_ROOT/releng/lib/jdk.sh"
VIGIL_PRODUCT_DIR=$VIGIL_ROOT/releng/org.vigil.product/target/products/org.vigil.product/linux/gtk/x86_64/vigil

# vigil_use_jdk: exports JAVA_HOME for Maven, or stops with the reason.
vigil_use_jdk() {
    JAVA_HOME=$(vigil_find_jdk 21) || exit 1
    export JAVA_HOME
}

# vigil_node_url es|os NAME: the URL of the running node NAME of releng/elasticsearch/es-node.sh
# (es) or releng/opensearch/os-node.sh (os).
vigil_node_url() {
    case $1 in
        es) "$VIGIL_ROOT/releng/elasticsearch/es-node.sh" env --name "$2" | sed -n 's/^export VIGIL_ES_URL=//p' ;;
        os) "$VIGIL_ROOT/releng/opensearch/os-node.sh" env --name "$2" | sed -n 's/^export VIGIL_OS_URL=//p' ;;
    esac
}

# vigil_es_source WORKSPACE NAME URL: makes the Elasticsearch node at URL the workspace's source NAME,
# on Vigil's event indices.
vigil_es_source() {
    printf 'source.%s.url = %s\nsource.%s.index = vigil-events-*\n' "$2" "$3" "$2" >"$1/sources.properties"
}

# vigil_mvn ARGS...: the Maven wrapper from the repository root, batch mode.
vigil_mvn() {
    (cd "$VIGIL_ROOT" && ./mvnw -B "$@")
}
