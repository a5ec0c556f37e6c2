#!/usr/bin/env bash
# os-node.sh - run real, throw-away OpenSearch nodes for Vigil's integration tests.
#
# USAGE
#   os-node.sh start --name NAME
#   os-node.sh stop --name NAME
#   os-node.sh restart --name NAME
#   os-node.sh env --name NAME           # prints `export VIGIL_OS_URL=...`
#   os-node.sh status --name NAME        # exit 0 if running, 1 if not
#   os-node.sh run-with --plain NAME -- CMD [ARGS...]   # CMD sees VIGIL_OS_PLAIN_URL
#
# The lifecycle is releng/elasticsearch/es-node.sh's (read its header): the same download
# through Maven into ~/.m2, the same unprivileged user `vigil-es` when run as root, 127.0.0.1
# only, single-node discovery, 512 MB heap, ports from the 19200-19299 / 19300-19399 ranges,
# nodes under releng/opensearch/target/NAME/.  It fetches
# org.opensearch.distribution.integ-test-zip:opensearch:VERSION:zip instead.  That zip has no
# security plugin, so every node is plain (http://, no users).
#
# ENVIRONMENT
#   VIGIL_OS_VERSION   distribution version (default 3.6.0); the VIGIL_ES_* tuning variables of
#                      es-node.sh (heap, timeouts, ports, settings) apply too.
set -euo pipefail
case ${1:-help} in
    help | -h | --help) sed -n '2,/^set -euo pipefail/{/^set -euo/d;s/^# \{0,1\}//;p;}' "${BASH_SOURCE[0]}"; exit 0 ;;
esac
VIGIL_NODE_ENGINE=opensearch exec "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/../elasticsearch/es-node.sh" "$@"
