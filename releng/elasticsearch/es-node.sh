#!/usr/bin/env bash
# es-node.sh - run real, throw-away Elasticsearch nodes for Vigil's integration tests.
#
# USAGE
#   es-node.sh start --profile plain|secure --name NAME
#   es-node.sh stop --name NAME
#   es-node.sh env --name NAME           # prints `export VIGIL_ES_...=...` lines
#   es-node.sh status --name NAME        # exit 0 if running, 1 if not
#   es-node.sh run-with [--plain NAME] [--secure NAME] -- CMD [ARGS...]
#   es-node.sh help
#
# WHAT IT DOES
#   Fetches org.elasticsearch.distribution.integ-test-zip:elasticsearch:VERSION:zip
#   from Maven Central through Maven (the repo's ./mvnw, else `mvn`), unpacks it
#   once into target/elasticsearch/_dist/ and starts each named node with its own
#   config/data/logs under target/elasticsearch/NAME/.  Several nodes (e.g. one
#   plain and one secure) can run at the same time.  Every `start` begins from
#   an empty node (a running node of that name is stopped and wiped first) with
#   freshly generated certificates and passwords.
#   Nodes listen on 127.0.0.1 only, single-node discovery, 512 MB heap, no disk
#   watermarks.  HTTP takes the first free port of 19200-19299 and transport of
#   19300-19399 (Elasticsearch itself skips busy ports, so there is no
#   pick-then-bind race); the port actually bound is read back from the
#   node's ports file.
#   As root (CI), the node runs as the unprivileged system user `vigil-es`
#   (created if missing), because Elasticsearch refuses to run as root.
#
# PROFILES
#   plain   no security, http://
#   secure  TLS on HTTP and transport (CA + node cert from elasticsearch-certutil,
#           cert valid for IP 127.0.0.1 and DNS localhost) and basic auth against
#           the file realm only, with two users:
#             vigil         role superuser
#             vigil_reader  role vigil_reader: cluster `monitor`, and `read` +
#                           `view_index_metadata` on indices `vigil-*` only
#                           (so writing, or reading other indices, gives 403)
#           The native realm, the reserved `elastic` user, API keys and tokens
#           are disabled: they need the .security index, which this minimal
#           distribution cannot create.
#
# CONNECTION FACTS
#   After a successful start, target/elasticsearch/NAME/node.env holds KEY=VALUE
#   lines (not shell-quoted; `es-node.sh env --name NAME` prints them quoted as
#   export lines):
#     VIGIL_ES_URL                  http://127.0.0.1:PORT or https://127.0.0.1:PORT
#   secure profile only:
#     VIGIL_ES_USER                 vigil (superuser)
#     VIGIL_ES_PASSWORD             generated per start
#     VIGIL_ES_READER_USER          vigil_reader (read-only on vigil-*)
#     VIGIL_ES_READER_PASSWORD      generated per start
#     VIGIL_ES_CA                   absolute path of the PEM CA certificate
#     VIGIL_ES_TRUSTSTORE           absolute path of a PKCS12 trust store holding that CA
#     VIGIL_ES_TRUSTSTORE_PASSWORD  its password
#
# run-with
#   Starts the requested nodes (one plain and/or one secure), exports their facts
#   into CMD's environment with the profile inserted after VIGIL_ES_:
#     --plain NAME   ->  VIGIL_ES_PLAIN_URL
#     --secure NAME  ->  VIGIL_ES_SECURE_URL, VIGIL_ES_SECURE_USER,
#                        VIGIL_ES_SECURE_PASSWORD, VIGIL_ES_SECURE_READER_USER,
#                        VIGIL_ES_SECURE_READER_PASSWORD, VIGIL_ES_SECURE_CA,
#                        VIGIL_ES_SECURE_TRUSTSTORE, VIGIL_ES_SECURE_TRUSTSTORE_PASSWORD
#   runs CMD, ALWAYS stops the nodes afterwards (EXIT/INT/TERM), and exits with
#   CMD's exit status (1 if a node could not be started; 128+N if interrupted).
#   Example (Maven system properties from the environment):
#     releng/elasticsearch/es-node.sh run-with --plain es-plain --secure es-secure -- \
#       sh -c './mvnw verify -Dvigil.es.plain.url="$VIGIL_ES_PLAIN_URL" ...'
#
# ENVIRONMENT (inputs, all optional)
#   VIGIL_ES_VERSION          distribution version                (default 9.5.2)
#   VIGIL_ES_START_TIMEOUT    seconds to wait for yellow health   (default 120)
#   VIGIL_ES_STOP_TIMEOUT     seconds before SIGKILL on stop      (default 20)
#   VIGIL_ES_HEAP             -Xms/-Xmx of the node               (default 512m)
#   VIGIL_ES_JAVA_OPTS        extra JVM options for the node
#   VIGIL_ES_HTTP_PORTS       HTTP port range                     (default 19200-19299)
#   VIGIL_ES_TRANSPORT_PORTS  transport port range                (default 19300-19399)
#   VIGIL_ES_OS_USER          system user used when run as root   (default vigil-es)
#   VIGIL_ES_RUNTIME_DIR      used only as root when user vigil-es cannot reach
#                             the checkout (e.g. a clone under /root): node dirs
#                             and a copy of the distribution go there, and
#                             target/elasticsearch/NAME becomes a symlink to it
#                                                                 (default /var/tmp/vigil-es)
#   JAVA_HOME                 used if it is a JDK 21+; else /usr/lib/jvm/* is scanned
#
# REQUIREMENTS
#   bash 4+, curl, unzip, a JDK 21+ (the zip bundles none), Maven or ./mvnw,
#   util-linux (setpriv or runuser, flock) and useradd when run as root.
#   On Debian: apt-get install -y curl unzip

set -euo pipefail

SELF=$(readlink -f -- "${BASH_SOURCE[0]}")
SCRIPT_DIR=${SELF%/*}
# The script lives in releng/elasticsearch/; everything is relative to the repo
# root so that it works from any working directory.
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd -P)
# shellcheck source=../lib/jdk.sh
source "$REPO_ROOT/releng/lib/jdk.sh"

ES_VERSION=${VIGIL_ES_VERSION:-9.5.2}
ES_ROOT=$REPO_ROOT/target/elasticsearch
START_TIMEOUT=${VIGIL_ES_START_TIMEOUT:-120}
STOP_TIMEOUT=${VIGIL_ES_STOP_TIMEOUT:-20}
ES_HEAP=${VIGIL_ES_HEAP:-512m}
HTTP_PORTS=${VIGIL_ES_HTTP_PORTS:-19200-19299}
TRANSPORT_PORTS=${VIGIL_ES_TRANSPORT_PORTS:-19300-19399}
OS_USER=${VIGIL_ES_OS_USER:-vigil-es}
RUNTIME_DIR=${VIGIL_ES_RUNTIME_DIR:-/var/tmp/vigil-es}
# Pinned so that the download does not depend on whichever plugin version is
# newest on the day (Maven would otherwise resolve the latest one).
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
ADMIN_USER=vigil
READER_USER=vigil_reader
READER_ROLE=vigil_reader

# Set per node by select_node / prepare_runtime.
NODE_NAME=""
NODE_DIR=""      # target/elasticsearch/NAME (may be a symlink, see VIGIL_ES_RUNTIME_DIR)
ES_HOME=""       # the unpacked distribution the node runs from
ES_JAVA_HOME=""
AS_USER=()       # command prefix that drops root privileges (empty when not root)

# ---------------------------------------------------------------- utilities

log() { printf 'es-node: %s\n' "$*" >&2; }
die() { printf 'es-node: error: %s\n' "$*" >&2; exit 1; }

usage() {
    # Print the header comment (everything up to `set -euo pipefail`).
    sed -n '2,/^set -euo pipefail/{/^set -euo/d;s/^# \{0,1\}//;p;}' "$SELF"
}

need_cmd() {
    command -v "$1" >/dev/null 2>&1 ||
        die "'$1' is required but not installed (on Debian: apt-get install -y $2)"
}

is_root() { [[ $EUID -eq 0 ]]; }

# yaml_str VALUE: VALUE as a double-quoted YAML scalar (paths may contain spaces).
yaml_str() {
    local s=${1//\\/\\\\}
    printf '"%s"' "${s//\"/\\\"}"
}

random_secret() {
    # 128 random bits as hex.  od reads exactly 16 bytes, so nothing in the
    # pipeline is cut short (a `tr </dev/urandom | head` pipe dies of SIGPIPE,
    # which pipefail would report as a failure).
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

validate_name() {
    [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ ]] ||
        die "invalid node name '$1' (letters, digits, . _ -; must not start with . _ or -)"
}

# ---------------------------------------------------------------- processes
# Processes are found through /proc rather than ps/pgrep, which minimal Debian
# images (procps not installed) lack.

# proc_state PID: prints the state letter (R, S, Z, ...) or fails if gone.
proc_state() {
    local stat rest
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    rest=${stat##*) }          # the command name may contain spaces and ')'
    printf '%s\n' "${rest%% *}"
}

# is_alive PID: true for a running process; a zombie counts as dead (it may
# linger when PID 1 of a container does not reap orphans).
is_alive() {
    local state
    [[ $1 =~ ^[0-9]+$ ]] || return 1
    state=$(proc_state "$1") || return 1
    [[ $state != Z ]]
}

# group_pids PGID: live processes of process group PGID that belong to an
# Elasticsearch node (the name check guards against a recycled group id).
group_pids() {
    local pgid=$1 f stat rest state pgrp pid cmdline
    [[ $pgid =~ ^[0-9]+$ ]] || return 0
    for f in /proc/[0-9]*/stat; do
        { read -r stat <"$f"; } 2>/dev/null || continue
        rest=${stat##*) }
        read -r state _ pgrp _ <<<"$rest"
        [[ $pgrp == "$pgid" && $state != Z ]] || continue
        pid=${f#/proc/}
        pid=${pid%/stat}
        cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
        [[ $cmdline == *elasticsearch* ]] && printf '%s\n' "$pid"
    done
    return 0
}

read_pid_file() {
    local pid=""
    [[ -f $1 ]] && { read -r pid <"$1" || true; }
    printf '%s\n' "$pid"
}

# node_pids: every live process of the selected node (server + launcher group).
node_pids() {
    local server pgid
    server=$(read_pid_file "$NODE_DIR/es.pid")
    pgid=$(read_pid_file "$NODE_DIR/launcher.pid")
    { is_alive "$server" && printf '%s\n' "$server"; group_pids "$pgid"; } | sort -u
}

node_is_running() { [[ -n $(node_pids) ]]; }

# ---------------------------------------------------------------- environment

find_es_java() {
    ES_JAVA_HOME=$(vigil_find_jdk 21) ||
        die "Elasticsearch needs a JDK 21+ (the integ-test zip bundles none); see the message above"
}

# ensure_os_user: as root, create the unprivileged account the node runs as and
# set AS_USER to the command prefix that switches to it.
ensure_os_user() {
    is_root || return 0
    if ! getent passwd "$OS_USER" >/dev/null; then
        need_cmd useradd passwd
        log "creating system user $OS_USER (Elasticsearch refuses to run as root)"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$OS_USER" ||
            getent passwd "$OS_USER" >/dev/null ||     # created concurrently?
            die "could not create system user $OS_USER"
    fi
    # setpriv execs the command directly (no extra parent process, no PAM
    # session), which keeps the pid bookkeeping simple; runuser is the fallback.
    if command -v setpriv >/dev/null 2>&1; then
        AS_USER=(setpriv --reuid="$(id -u "$OS_USER")" --regid="$(id -g "$OS_USER")" --init-groups --)
    elif command -v runuser >/dev/null 2>&1; then
        AS_USER=(runuser -u "$OS_USER" --)
    else
        die "running as root needs setpriv or runuser (apt-get install -y util-linux)"
    fi
}

# maven_cmd: the repo's wrapper if present, else a system Maven.
maven_cmd() {
    if [[ -x $REPO_ROOT/mvnw ]]; then
        printf '%s\n' "$REPO_ROOT/mvnw"
    elif command -v mvn >/dev/null 2>&1; then
        command -v mvn
    else
        die "neither $REPO_ROOT/mvnw nor 'mvn' found (apt-get install -y maven)"
    fi
}

# with_lock FILE CMD...: serialise CMD between concurrent invocations (two CI
# steps unpacking the same distribution at once would trip over each other).
with_lock() {
    local lock=$1; shift
    if command -v flock >/dev/null 2>&1; then
        local fd
        exec {fd}>"$lock"
        flock "$fd"
        "$@"
        local rc=$?
        exec {fd}>&-
        return "$rc"
    fi
    "$@"
}

# ensure_distribution: unpack the distribution into target/elasticsearch/_dist
# once; later calls reuse it (a marker file says the unpack completed).
ensure_distribution() {
    local dist=$ES_ROOT/_dist/elasticsearch-$ES_VERSION
    if [[ ! -f $dist/.vigil-complete ]]; then
        mkdir -p "$ES_ROOT/_dist"
        with_lock "$ES_ROOT/.lock" download_and_unpack "$dist"
    fi
    ES_HOME=$dist
}

download_and_unpack() {
    local dist=$1 work mvn cwd zip artifact
    [[ -f $dist/.vigil-complete ]] && return 0       # done while we waited for the lock
    need_cmd unzip unzip
    artifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip
    work=$(mktemp -d "$ES_ROOT/_dist/.work.XXXXXX")
    mvn=$(maven_cmd)
    log "fetching $artifact through Maven"
    # Maven runs from an empty directory outside the repo: inside it, Maven
    # would find the repo's .mvn/ (Tycho build extension) and the reactor POM.
    cwd=$(mktemp -d)
    if ! (cd "$cwd" && JAVA_HOME=$ES_JAVA_HOME "$mvn" -B -q \
            "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" \
            -DoutputDirectory="$work" -Dmdep.overWriteReleases=true \
            >"$work/maven.log" 2>&1); then
        rm -rf "$cwd"
        tail -n 30 "$work/maven.log" >&2 || true
        rm -rf "$work"
        die "could not fetch $artifact (version from VIGIL_ES_VERSION=$ES_VERSION?)"
    fi
    rm -rf "$cwd"
    zip=$work/elasticsearch-$ES_VERSION.zip
    [[ -s $zip ]] || { rm -rf "$work"; die "Maven did not produce $zip"; }
    log "unpacking $(basename "$zip")"
    unzip -q "$zip" -d "$work/unpacked" || { rm -rf "$work"; die "could not unpack $zip"; }
    [[ -x $work/unpacked/elasticsearch-$ES_VERSION/bin/elasticsearch ]] ||
        { rm -rf "$work"; die "unexpected layout in $zip"; }
    rm -rf "$dist"
    mv "$work/unpacked/elasticsearch-$ES_VERSION" "$dist"
    touch "$dist/.vigil-complete"
    rm -rf "$work"      # the zip stays in ~/.m2, no need to keep a second copy
}

# can_reach_as_user PATH: can the node's OS user traverse to/execute PATH?
can_reach_as_user() {
    "${AS_USER[@]}" test -x "$1" 2>/dev/null
}

# prepare_runtime: create an empty node directory (wiping the previous one) and
# make sure the node's OS user can reach both it and the distribution.
prepare_runtime() {
    local real_dir
    remove_node_dir
    if is_root && ! can_reach_as_user "$ES_HOME/bin/elasticsearch"; then
        # The checkout is in a directory closed to other users (e.g. /root):
        # run from a copy in a world-traversable place instead.
        local base
        base=$RUNTIME_DIR/$(printf '%s' "$REPO_ROOT" | cksum | cut -d' ' -f1)
        log "$OS_USER cannot reach $ES_ROOT; running the node from $base"
        mkdir -p "$base"
        chmod 755 "$RUNTIME_DIR" "$base"
        if [[ ! -f $base/_dist/elasticsearch-$ES_VERSION/.vigil-complete ]]; then
            rm -rf "$base/_dist/elasticsearch-$ES_VERSION"
            mkdir -p "$base/_dist"
            cp -a "$ES_HOME" "$base/_dist/"
        fi
        ES_HOME=$base/_dist/elasticsearch-$ES_VERSION
        real_dir=$base/$NODE_NAME
        rm -rf "$real_dir"
        mkdir -p "$real_dir"
        ln -s "$real_dir" "$NODE_DIR"
    else
        mkdir -p "$NODE_DIR"
    fi
    mkdir -p "$NODE_DIR"/{data,logs,tmp}
    cp -a "$ES_HOME/config" "$NODE_DIR/config"
}

remove_node_dir() {
    if [[ -L $NODE_DIR ]]; then
        rm -rf -- "$(readlink -f -- "$NODE_DIR")"
        rm -f -- "$NODE_DIR"
    else
        rm -rf -- "$NODE_DIR"
    fi
}

# ---------------------------------------------------------------- configuration

# write_jvm_options: the distribution's jvm.options writes gc.log and crash files
# relative to the working directory, which bin/elasticsearch sets to ES_HOME -
# shared between nodes and not writable by the node's user.  Drop those lines
# and point them at the node's own logs directory.
write_jvm_options() {
    local conf=$NODE_DIR/config logs=$NODE_DIR/logs
    grep -Ev '^([0-9]+-?[0-9]*:)?-(Xlog:|XX:ErrorFile=|XX:HeapDumpPath=)' \
        "$ES_HOME/config/jvm.options" >"$conf/jvm.options"
    mkdir -p "$conf/jvm.options.d"
    cat >"$conf/jvm.options.d/vigil.options" <<EOF
-XX:ErrorFile=$logs/hs_err_pid%p.log
-XX:HeapDumpPath=$logs
-Xlog:gc*,gc+age=trace,safepoint:file=$logs/gc.log:utctime,level,pid,tags:filecount=2,filesize=16m
EOF
}

write_elasticsearch_yml() {
    local profile=$1 yml=$NODE_DIR/config/elasticsearch.yml
    {
        echo "# Generated by releng/elasticsearch/es-node.sh for integration tests."
        echo "cluster.name: $(yaml_str "vigil-$NODE_NAME")"
        echo "node.name: $(yaml_str "$NODE_NAME")"
        echo "path.data: $(yaml_str "$NODE_DIR/data")"
        echo "path.logs: $(yaml_str "$NODE_DIR/logs")"
        # Loopback only: also keeps Elasticsearch in development mode, so its
        # production bootstrap checks (vm.max_map_count, ...) stay warnings.
        echo "network.host: 127.0.0.1"
        echo "http.host: 127.0.0.1"
        echo "transport.host: 127.0.0.1"
        echo "http.port: $(yaml_str "$HTTP_PORTS")"
        echo "transport.port: $(yaml_str "$TRANSPORT_PORTS")"
        # Writes logs/http.ports and logs/transport.ports with the bound addresses.
        echo "node.portsfile: true"
        echo "discovery.type: single-node"
        # CI disks are often fuller than the default watermarks allow, which
        # would leave shards unassigned (red/yellow health, read-only indices).
        echo "cluster.routing.allocation.disk.threshold_enabled: false"
        # Only distributions that ship machine learning know this setting; an
        # unknown setting would stop the node, so set it only where ML exists.
        if [[ -d $ES_HOME/modules/x-pack-ml ]]; then
            echo "xpack.ml.enabled: false"
        fi
        if [[ $profile == plain ]]; then
            echo "xpack.security.enabled: false"
        else
            cat <<'EOF'
xpack.security.enabled: true
xpack.security.http.ssl.enabled: true
xpack.security.http.ssl.key: certs/node.key
xpack.security.http.ssl.certificate: certs/node.crt
xpack.security.http.ssl.certificate_authorities: [ "certs/ca.crt" ]
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.verification_mode: certificate
xpack.security.transport.ssl.key: certs/node.key
xpack.security.transport.ssl.certificate: certs/node.crt
xpack.security.transport.ssl.certificate_authorities: [ "certs/ca.crt" ]
# File realm only.  The native realm, the reserved users, API keys and tokens
# all live in the .security index, which cannot be created in this minimal
# distribution (it lacks the analysis-common module).
xpack.security.authc.realms.file.vigil_file.order: 0
xpack.security.authc.reserved_realm.enabled: false
xpack.security.authc.api_key.enabled: false
xpack.security.authc.token.enabled: false
EOF
        fi
    } >"$yml"
}

# es_tool TOOL ARGS...: run one of the distribution's command line tools
# against the node's config directory.  They may run as root.
es_tool() {
    local tool=$1; shift
    local out
    if ! out=$(env ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$NODE_DIR/config" \
            "$ES_HOME/bin/$tool" "$@" 2>&1 </dev/null); then
        printf '%s\n' "$out" >&2
        die "$tool $1 failed"
    fi
}

# setup_security: certificates, users and roles of the secure profile.
# Sets ADMIN_PASSWORD, READER_PASSWORD and TRUSTSTORE_PASSWORD.
setup_security() {
    local conf=$NODE_DIR/config certs=$NODE_DIR/config/certs work=$NODE_DIR/tmp/certgen
    mkdir -p "$certs" "$work"

    # A private CA, then a node certificate it signs.  The files must live in
    # the config directory: Elasticsearch only reads SSL files from there.
    es_tool elasticsearch-certutil ca --silent --pem --days 30 --out "$work/ca.zip"
    unzip -q -o "$work/ca.zip" -d "$work"
    es_tool elasticsearch-certutil cert --silent --pem --days 30 \
        --ca-cert "$work/ca/ca.crt" --ca-key "$work/ca/ca.key" \
        --ip 127.0.0.1 --dns localhost --name node --out "$work/node.zip"
    unzip -q -o "$work/node.zip" -d "$work"
    cp "$work/ca/ca.crt" "$certs/ca.crt"
    cp "$work/node/node.crt" "$certs/node.crt"
    cp "$work/node/node.key" "$certs/node.key"
    rm -rf "$work"          # the CA key is not needed any more

    # Java clients usually want a trust store rather than a PEM file.
    TRUSTSTORE_PASSWORD=$(random_secret)
    "$ES_JAVA_HOME/bin/keytool" -importcert -noprompt -alias vigil-es-ca \
        -file "$certs/ca.crt" -keystore "$certs/truststore.p12" \
        -storetype PKCS12 -storepass "$TRUSTSTORE_PASSWORD" >/dev/null 2>&1 ||
        die "keytool could not create $certs/truststore.p12"

    # The role must exist before elasticsearch-users assigns it.
    cat >"$conf/roles.yml" <<EOF
$READER_ROLE:
  cluster: [ "monitor" ]
  indices:
    - names: [ "vigil-*" ]
      privileges: [ "read", "view_index_metadata" ]
EOF
    : >"$conf/users"
    : >"$conf/users_roles"
    ADMIN_PASSWORD=$(random_secret)
    READER_PASSWORD=$(random_secret)
    es_tool elasticsearch-users useradd "$ADMIN_USER" -p "$ADMIN_PASSWORD" -r superuser
    es_tool elasticsearch-users useradd "$READER_USER" -p "$READER_PASSWORD" -r "$READER_ROLE"
}

# ---------------------------------------------------------------- node lifecycle

# select_node NAME: set NODE_NAME/NODE_DIR.
select_node() {
    validate_name "$1"
    NODE_NAME=$1
    NODE_DIR=$ES_ROOT/$1
}

launch_node() {
    local logs=$NODE_DIR/logs
    # A clean environment: nothing from the caller (JAVA_TOOL_OPTIONS, a stray
    # ES_JAVA_OPTS, proxies, ...) leaks into the node.
    local node_env=(
        env -i
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME="$NODE_DIR" LANG=C.UTF-8
        ES_JAVA_HOME="$ES_JAVA_HOME"
        ES_PATH_CONF="$NODE_DIR/config"
        ES_TMPDIR="$NODE_DIR/tmp"
        ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${VIGIL_ES_JAVA_OPTS:-}"
    )
    # setsid gives the node its own session and process group: it survives this
    # script, gets no SIGHUP from a closing terminal, and `stop` can signal the
    # whole group.  The launcher stays in the foreground of that session (no
    # -d), so its output goes to logs/console.log; -p records the server's pid.
    (cd "$logs" && exec setsid "${AS_USER[@]}" "${node_env[@]}" \
        "$ES_HOME/bin/elasticsearch" -p "$NODE_DIR/es.pid") \
        </dev/null >"$logs/console.log" 2>&1 &
    echo "$!" >"$NODE_DIR/launcher.pid"
    disown "$!" 2>/dev/null || true
}

# print_log_tail: what went wrong, for the CI log.
print_log_tail() {
    local f
    for f in "$NODE_DIR/logs/console.log" "$NODE_DIR/logs/vigil-$NODE_NAME.log"; do
        [[ -s $f ]] || continue
        printf -- '----- last lines of %s -----\n' "$f" >&2
        tail -n 40 "$f" >&2
    done
}

# curl_node ARGS...: curl against the selected node (credentials for secure).
curl_node() {
    local args=(--silent --show-error --noproxy '*' --max-time 10)
    if [[ $PROFILE == secure ]]; then
        args+=(--cacert "$NODE_DIR/config/certs/ca.crt" --user "$ADMIN_USER:$ADMIN_PASSWORD")
    fi
    curl "${args[@]}" "$@"
}

# wait_healthy: poll cluster health until yellow; sets NODE_URL.
wait_healthy() {
    local deadline=$((SECONDS + START_TIMEOUT)) port="" line code scheme=http
    [[ $PROFILE == secure ]] && scheme=https
    NODE_URL=""
    while ((SECONDS < deadline)); do
        if ! node_is_running; then
            log "node $NODE_NAME exited during startup"
            return 1
        fi
        if [[ -z $port && -s $NODE_DIR/logs/http.ports ]]; then
            read -r line <"$NODE_DIR/logs/http.ports" || true
            port=${line##*:}
            NODE_URL=$scheme://127.0.0.1:$port
        fi
        if [[ -n $port ]]; then
            code=$(curl_node -o /dev/null -w '%{http_code}' \
                "$NODE_URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null) || code=000
            [[ $code == 200 ]] && return 0
        fi
        sleep 1
    done
    log "node $NODE_NAME not healthy after ${START_TIMEOUT}s (last HTTP status: ${code:-none})"
    return 1
}

write_node_env() {
    local f=$NODE_DIR/node.env
    (
        umask 077     # it holds passwords
        {
            echo "VIGIL_ES_URL=$NODE_URL"
            if [[ $PROFILE == secure ]]; then
                echo "VIGIL_ES_USER=$ADMIN_USER"
                echo "VIGIL_ES_PASSWORD=$ADMIN_PASSWORD"
                echo "VIGIL_ES_READER_USER=$READER_USER"
                echo "VIGIL_ES_READER_PASSWORD=$READER_PASSWORD"
                echo "VIGIL_ES_CA=$(readlink -f -- "$NODE_DIR/config/certs/ca.crt")"
                echo "VIGIL_ES_TRUSTSTORE=$(readlink -f -- "$NODE_DIR/config/certs/truststore.p12")"
                echo "VIGIL_ES_TRUSTSTORE_PASSWORD=$TRUSTSTORE_PASSWORD"
            fi
        } >"$f.tmp"
        mv "$f.tmp" "$f"
    )
}

# stop_node: stop the selected node; no-op if it is not running.
stop_node() {
    local pids server pgid pid deadline
    pids=$(node_pids)
    if [[ -z $pids ]]; then
        rm -f "$NODE_DIR/es.pid" "$NODE_DIR/launcher.pid" "$NODE_DIR/node.env"
        return 0
    fi
    log "stopping node $NODE_NAME"
    server=$(read_pid_file "$NODE_DIR/es.pid")
    pgid=$(read_pid_file "$NODE_DIR/launcher.pid")
    # SIGTERM to the server makes it shut down cleanly; the launcher then exits
    # by itself.  Before the server wrote its pid, signal the whole group.
    if is_alive "$server"; then
        kill -TERM "$server" 2>/dev/null || true
    else
        for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    fi
    deadline=$((SECONDS + STOP_TIMEOUT))
    while ((SECONDS < deadline)) && node_is_running; do sleep 0.5; done
    if node_is_running; then
        log "node $NODE_NAME still running after ${STOP_TIMEOUT}s, sending SIGKILL"
        if [[ $pgid =~ ^[0-9]+$ ]]; then kill -KILL -- "-$pgid" 2>/dev/null || true; fi
        for pid in $(node_pids); do kill -KILL "$pid" 2>/dev/null || true; done
        deadline=$((SECONDS + 10))
        while ((SECONDS < deadline)) && node_is_running; do sleep 0.5; done
        node_is_running && die "could not stop node $NODE_NAME (pids: $(node_pids | tr '\n' ' '))"
    fi
    rm -f "$NODE_DIR/es.pid" "$NODE_DIR/launcher.pid" "$NODE_DIR/node.env"
}

# ---------------------------------------------------------------- commands

cmd_start() {
    local name="" started=$SECONDS
    PROFILE=""
    while (($#)); do
        case $1 in
            --profile) PROFILE=${2:-}; shift 2 || die "--profile needs a value" ;;
            --name) name=${2:-}; shift 2 || die "--name needs a value" ;;
            *) die "start: unknown argument '$1' (see: $0 help)" ;;
        esac
    done
    [[ $PROFILE == plain || $PROFILE == secure ]] || die "start: --profile plain|secure is required"
    [[ -n $name ]] || die "start: --name NAME is required"
    select_node "$name"
    [[ $START_TIMEOUT =~ ^[0-9]+$ ]] || die "VIGIL_ES_START_TIMEOUT must be a number of seconds"

    need_cmd curl curl
    need_cmd unzip unzip
    need_cmd setsid util-linux
    find_es_java
    ensure_os_user
    mkdir -p "$ES_ROOT"
    ensure_distribution

    if node_is_running; then
        log "node $NODE_NAME is already running; restarting it from scratch"
    fi
    stop_node
    log "preparing node $NODE_NAME ($PROFILE profile, Elasticsearch $ES_VERSION, Java $ES_JAVA_HOME)"
    prepare_runtime
    write_jvm_options
    write_elasticsearch_yml "$PROFILE"
    ADMIN_PASSWORD="" READER_PASSWORD="" TRUSTSTORE_PASSWORD=""
    [[ $PROFILE == secure ]] && setup_security
    if is_root; then
        chown -R "$OS_USER:" "$(readlink -f -- "$NODE_DIR")"
    fi

    launch_node
    # Do not leave a half-started node behind when interrupted.
    trap 'stop_node; exit 130' INT
    trap 'stop_node; exit 143' TERM
    if ! wait_healthy; then
        print_log_tail
        stop_node
        die "node $NODE_NAME did not start (logs: $NODE_DIR/logs)"
    fi
    write_node_env
    trap - INT TERM
    log "node $NODE_NAME ready at $NODE_URL after $((SECONDS - started))s; facts in $NODE_DIR/node.env"
}

cmd_stop() {
    local name=""
    while (($#)); do
        case $1 in
            --name) name=${2:-}; shift 2 || die "--name needs a value" ;;
            *) die "stop: unknown argument '$1'" ;;
        esac
    done
    [[ -n $name ]] || die "stop: --name NAME is required"
    select_node "$name"
    stop_node
}

# print_env NAME [PREFIX]: export lines for a running node's facts, with
# VIGIL_ES_ renamed to PREFIX (e.g. VIGIL_ES_SECURE_).
print_env() {
    local prefix=${2:-VIGIL_ES_} key value
    select_node "$1"
    node_is_running || die "node $NODE_NAME is not running"
    [[ -f $NODE_DIR/node.env ]] || die "node $NODE_NAME has no node.env (still starting?)"
    while IFS='=' read -r key value; do
        [[ $key == VIGIL_ES_* ]] || continue
        printf 'export %s=%q\n' "$prefix${key#VIGIL_ES_}" "$value"
    done <"$NODE_DIR/node.env"
}

cmd_env() {
    local name=""
    while (($#)); do
        case $1 in
            --name) name=${2:-}; shift 2 || die "--name needs a value" ;;
            *) die "env: unknown argument '$1'" ;;
        esac
    done
    [[ -n $name ]] || die "env: --name NAME is required"
    print_env "$name"
}

cmd_status() {
    local name=""
    while (($#)); do
        case $1 in
            --name) name=${2:-}; shift 2 || die "--name needs a value" ;;
            *) die "status: unknown argument '$1'" ;;
        esac
    done
    [[ -n $name ]] || die "status: --name NAME is required"
    select_node "$name"
    if node_is_running; then
        echo "running: $NODE_NAME (pids $(node_pids | tr '\n' ' '))"
    else
        echo "stopped: $NODE_NAME"
        return 1
    fi
}

# run-with state, used by the EXIT trap.
RUN_WITH_NODES=()
RUN_WITH_CHILD=""

run_with_cleanup() {
    local rc=$? name
    trap - EXIT INT TERM
    for name in "${RUN_WITH_NODES[@]}"; do
        "$SELF" stop --name "$name" || { ((rc != 0)) || rc=1; }
    done
    exit "$rc"
}

# run_with_signal SIG NUM: forward SIG to CMD and let it finish; the EXIT trap
# then stops the nodes.
run_with_signal() {
    if [[ -n $RUN_WITH_CHILD ]] && is_alive "$RUN_WITH_CHILD"; then
        kill -"$1" "$RUN_WITH_CHILD" 2>/dev/null || true
        # SIGINT is ignored by background commands of a non-interactive shell,
        # so CMD gets a SIGTERM for a Ctrl-C.
        if [[ $1 == INT ]]; then kill -TERM "$RUN_WITH_CHILD" 2>/dev/null || true; fi
        wait "$RUN_WITH_CHILD" 2>/dev/null || true
    fi
    exit $((128 + $2))
}

cmd_run_with() {
    local plain="" secure="" rc facts
    while (($#)); do
        case $1 in
            --plain) plain=${2:-}; shift 2 || die "--plain needs a node name" ;;
            --secure) secure=${2:-}; shift 2 || die "--secure needs a node name" ;;
            --) shift; break ;;
            *) die "run-with: unknown argument '$1' (expected --plain NAME, --secure NAME, then -- CMD)" ;;
        esac
    done
    (($#)) || die "run-with: no command given after --"
    [[ -n $plain || -n $secure ]] || die "run-with: give --plain NAME and/or --secure NAME"
    [[ -z $plain || -z $secure || $plain != "$secure" ]] || die "run-with: the two nodes need different names"
    [[ -z $plain ]] || validate_name "$plain"
    [[ -z $secure ]] || validate_name "$secure"

    trap run_with_cleanup EXIT
    trap 'run_with_signal INT 2' INT
    trap 'run_with_signal TERM 15' TERM
    # Starts run as child processes: the node's launcher is then orphaned when
    # the child exits and is reaped by init, not left as our zombie.
    if [[ -n $plain ]]; then
        RUN_WITH_NODES+=("$plain")
        "$SELF" start --profile plain --name "$plain"
        facts=$(print_env "$plain" VIGIL_ES_PLAIN_)
        eval "$facts"
    fi
    if [[ -n $secure ]]; then
        RUN_WITH_NODES+=("$secure")
        "$SELF" start --profile secure --name "$secure"
        facts=$(print_env "$secure" VIGIL_ES_SECURE_)
        eval "$facts"
    fi

    # CMD runs in the background so that a SIGTERM reaching this script can be
    # forwarded at once; `<&0` keeps its stdin (bash would give it /dev/null).
    "$@" <&0 &
    RUN_WITH_CHILD=$!
    rc=0
    wait "$RUN_WITH_CHILD" || rc=$?
    RUN_WITH_CHILD=""
    exit "$rc"
}

main() {
    local cmd=${1:-help}
    (($#)) && shift
    case $cmd in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        env) cmd_env "$@" ;;
        status) cmd_status "$@" ;;
        run-with) cmd_run_with "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; die "unknown command '$cmd'" ;;
    esac
}

main "$@"
