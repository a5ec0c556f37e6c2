#!/usr/bin/env bash
# es-node.sh - run real, throw-away Elasticsearch nodes for Vigil's integration tests.
#
# USAGE
#   es-node.sh start --profile plain|secure --name NAME
#   es-node.sh stop --name NAME
#   es-node.sh restart --name NAME       # start a running or stopped node again on its
#                                        # data, users and passwords (a `start` wipes them)
#   es-node.sh env --name NAME           # prints `export VIGIL_ES_...=...` lines
#   es-node.sh status --name NAME        # exit 0 if running, 1 if not
#   es-node.sh run-with [--plain NAME] [--secure NAME] -- CMD [ARGS...]
#   es-node.sh help
#
# WHAT IT DOES
#   Fetches org.elasticsearch.distribution.integ-test-zip:elasticsearch:VERSION:zip
#   from Maven Central through Maven (the repo's ./mvnw, else `mvn`), unpacks it
#   once into releng/elasticsearch/target/_dist/ and starts each named node with its own
#   config/data/logs under releng/elasticsearch/target/NAME/.  Several nodes (e.g. one
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
#           the file realm only, with three users:
#             vigil         role superuser
#             vigil_reader  role vigil_reader: cluster `monitor`, and `read` +
#                           `view_index_metadata` on indices `vigil-*` only
#                           (so writing, or reading other indices, gives 403)
#             vigil_writer  role vigil_importer (docs/TEAM-IMPORT.md): cluster
#                           `monitor`, and `create_index`, `index`, `read`,
#                           `view_index_metadata` on indices `vigil-*` only
#                           (no `maintenance`: it cannot refresh; no template)
#           The native realm, the reserved `elastic` user, API keys and tokens
#           are disabled: they need the .security index, which this minimal
#           distribution cannot create.
#
# CONNECTION FACTS
#   After a successful start, releng/elasticsearch/target/NAME/node.env holds KEY=VALUE
#   lines (not shell-quoted; `es-node.sh env --name NAME` prints them quoted as
#   export lines); `stop` renames it stopped.env, which `restart` reads back:
#     VIGIL_ES_URL                  http://127.0.0.1:PORT or https://127.0.0.1:PORT
#   secure profile only:
#     VIGIL_ES_USER                 vigil (superuser)
#     VIGIL_ES_PASSWORD             generated per start
#     VIGIL_ES_READER_USER          vigil_reader (read-only on vigil-*)
#     VIGIL_ES_READER_PASSWORD      generated per start
#     VIGIL_ES_WRITER_USER          vigil_writer (may only write and read vigil-*)
#     VIGIL_ES_WRITER_PASSWORD      generated per start
#     VIGIL_ES_CA                   absolute path of the PEM CA certificate
#     VIGIL_ES_TRUSTSTORE           absolute path of a PKCS12 trust store holding that CA
#     VIGIL_ES_TRUSTSTORE_PASSWORD  its password
#
# run-with
#   Starts the requested nodes (one plain and/or one secure, in parallel),
#   exports their facts into CMD's environment with the profile inserted after
#   VIGIL_ES_:
#     --plain NAME   ->  VIGIL_ES_PLAIN_URL
#     --secure NAME  ->  VIGIL_ES_SECURE_URL, VIGIL_ES_SECURE_USER,
#                        VIGIL_ES_SECURE_PASSWORD, VIGIL_ES_SECURE_READER_USER,
#                        VIGIL_ES_SECURE_READER_PASSWORD, VIGIL_ES_SECURE_WRITER_USER,
#                        VIGIL_ES_SECURE_WRITER_PASSWORD, VIGIL_ES_SECURE_CA,
#                        VIGIL_ES_SECURE_TRUSTSTORE, VIGIL_ES_SECURE_TRUSTSTORE_PASSWORD
#   runs CMD, ALWAYS stops the nodes afterwards (EXIT/INT/TERM), and exits with
#   CMD's exit status (1 if a node could not be started; 128+N if interrupted).
#   The variables are in the environment of CMD (and of the test JVMs it forks,
#   which can read them with System.getenv); to hand them to Maven as system
#   properties instead, let a shell expand them:
#     releng/elasticsearch/es-node.sh run-with --plain es-plain --secure es-secure -- \
#       sh -c './mvnw -B verify -Dvigil.es.plain.url="$VIGIL_ES_PLAIN_URL" \
#              -Dvigil.es.secure.url="$VIGIL_ES_SECURE_URL" ...'
#   The nodes' own output stays in releng/elasticsearch/target/NAME/logs/.
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
#                             releng/elasticsearch/target/NAME becomes a symlink to it
#                                                                 (default /var/tmp/vigil-es)
#   VIGIL_ES_SETTINGS         extra node settings, KEY=VALUE separated by blanks,
#                             e.g. "thread_pool.write.size=1 thread_pool.write.queue_size=1"
#                             for a node that answers bulk requests with 429 (default none)
#   JAVA_HOME                 used if it is a JDK 21+; else /usr/lib/jvm/* is scanned
#
# REQUIREMENTS
#   bash 4+, curl, unzip, a JDK 21+ (the zip bundles none), Maven or ./mvnw,
#   util-linux (setpriv or runuser, flock) and useradd when run as root.
#   On Debian: apt-get install -y curl unzip

set -euo pipefail
# CI may start us with stdin closed; a closed fd 0 would be taken by the next
# file or pipe opened and end up as someone's stdin.
[[ -e /dev/fd/0 ]] || exec </dev/null

SELF=$(readlink -f -- "${BASH_SOURCE[0]}")
SCRIPT_DIR=${SELF%/*}
# The script lives in releng/elasticsearch/; everything is relative to the repo
# root so that it works from any working directory.
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd -P)
# shellcheck source=SCRIPTDIR/../lib/jdk.sh
source "$REPO_ROOT/releng/lib/jdk.sh"

# ENGINE: elasticsearch, or opensearch when run through releng/opensearch/os-node.sh, which
# sets VIGIL_NODE_ENGINE: the same node lifecycle, another distribution and its own names.
ENGINE=${VIGIL_NODE_ENGINE:-elasticsearch}
case $ENGINE in
    elasticsearch)
        ES_VERSION=${VIGIL_ES_VERSION:-9.5.2}
        ARTIFACT_GROUP=org.elasticsearch.distribution.integ-test-zip
        ENV_PREFIX=VIGIL_ES_ ;;
    opensearch)
        ES_VERSION=${VIGIL_OS_VERSION:-3.6.0}
        ARTIFACT_GROUP=org.opensearch.distribution.integ-test-zip
        ENV_PREFIX=VIGIL_OS_ ;;
    *) printf 'es-node: error: unknown engine %s\n' "$ENGINE" >&2; exit 1 ;;
esac
# The launcher's environment variables: ES_JAVA_HOME, ... or OPENSEARCH_JAVA_HOME, ...
LAUNCHER_ENV=ES_
[[ $ENGINE == opensearch ]] && LAUNCHER_ENV=OPENSEARCH_
# Not under the root target/: the test run's `mvn clean` would delete the running nodes.
ES_ROOT=$REPO_ROOT/releng/$ENGINE/target
START_TIMEOUT=${VIGIL_ES_START_TIMEOUT:-120}
STOP_TIMEOUT=${VIGIL_ES_STOP_TIMEOUT:-20}
ES_HEAP=${VIGIL_ES_HEAP:-512m}
HTTP_PORTS=${VIGIL_ES_HTTP_PORTS:-19200-19299}
TRANSPORT_PORTS=${VIGIL_ES_TRANSPORT_PORTS:-19300-19399}
OS_USER=${VIGIL_ES_OS_USER:-vigil-es}
EXTRA_SETTINGS=${VIGIL_ES_SETTINGS:-}
RUNTIME_DIR=${VIGIL_ES_RUNTIME_DIR:-/var/tmp/vigil-es}
# Pinned so that the download does not depend on whichever plugin version is
# newest on the day (Maven would otherwise resolve the latest one).
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
ADMIN_USER=vigil
READER_USER=vigil_reader
READER_ROLE=vigil_reader
WRITER_USER=vigil_writer
WRITER_ROLE=vigil_importer

# Set per node by select_node / prepare_runtime.
NODE_NAME=""
NODE_LINK=""     # releng/elasticsearch/target/NAME (a symlink in the VIGIL_ES_RUNTIME_DIR case)
NODE_DIR=""      # its real path; the node's own files are addressed through it
ES_HOME=""       # the unpacked distribution the node runs from
ES_JAVA_HOME=""
AS_USER=()       # command prefix that drops root privileges (empty when not root)
PROFILE=""       # plain | secure, for start
NODE_URL=""      # set by wait_healthy
ADMIN_PASSWORD="" READER_PASSWORD="" WRITER_PASSWORD="" TRUSTSTORE_PASSWORD=""   # set by setup_security

# ---------------------------------------------------------------- utilities

log() { printf "%s-node: %s\n" "${ENV_PREFIX:6:2}" "$*" >&2; }
die() { printf "%s-node: error: %s\n" "${ENV_PREFIX:6:2}" "$*" >&2; exit 1; }

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

# belongs_to_node PID: PID is alive and its command line names the selected
# node's directory (all of a node's processes do: `-p NODE_DIR/es.pid` for the
# launcher, -Djava.io.tmpdir=NODE_DIR/tmp for the server).  This guards against
# stale pid files whose pid now belongs to an unrelated process.
belongs_to_node() {
    local cmdline
    is_alive "$1" || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *"$NODE_DIR/"* ]]
}

# group_pids PGID: the selected node's live processes in process group PGID.
group_pids() {
    local pgid=$1 f stat rest state pgrp pid
    [[ $pgid =~ ^[0-9]+$ ]] || return 0
    for f in /proc/[0-9]*/stat; do
        { read -r stat <"$f"; } 2>/dev/null || continue
        rest=${stat##*) }
        read -r state _ pgrp _ <<<"$rest"
        [[ $pgrp == "$pgid" && $state != Z ]] || continue
        pid=${f#/proc/}
        pid=${pid%/stat}
        if belongs_to_node "$pid"; then printf '%s\n' "$pid"; fi
    done
    return 0
}

# descendants PID: all live descendants of PID (children first, then theirs).
descendants() {
    local f stat rest state ppid pid
    local -A children=()
    for f in /proc/[0-9]*/stat; do
        { read -r stat <"$f"; } 2>/dev/null || continue
        rest=${stat##*) }
        read -r state ppid _ <<<"$rest"
        [[ $state != Z ]] || continue
        pid=${f#/proc/}
        pid=${pid%/stat}
        children[$ppid]+="$pid "
    done
    local queue=("$1") next
    while ((${#queue[@]})); do
        next=${queue[0]}
        queue=("${queue[@]:1}")
        for pid in ${children[$next]:-}; do
            printf '%s\n' "$pid"
            queue+=("$pid")
        done
    done
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
    {
        if belongs_to_node "$server"; then printf '%s\n' "$server"; fi
        group_pids "$pgid"
    } | sort -u
}

node_is_running() { [[ -n $(node_pids) ]]; }

# ---------------------------------------------------------------- environment

# find_es_java: the integ-test zip bundles no JDK.  vigil_find_jdk already
# prints a one-line error naming the places it looked.
find_es_java() {
    ES_JAVA_HOME=$(vigil_find_jdk 21) || exit 1
    if is_root && ! can_reach_as_user "$ES_JAVA_HOME/bin/java"; then
        die "user $OS_USER cannot run $ES_JAVA_HOME/bin/java; use a JDK 21+ outside private directories (e.g. under /usr/lib/jvm)"
    fi
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

# set_maven_cmd: MVN=(the repo's wrapper if present, else a system Maven).
set_maven_cmd() {
    if [[ -f $REPO_ROOT/mvnw ]]; then
        MVN=(sh "$REPO_ROOT/mvnw")      # sh: works even if the exec bit got lost
    elif command -v mvn >/dev/null 2>&1; then
        MVN=(mvn)
    else
        die "neither $REPO_ROOT/mvnw nor 'mvn' found (apt-get install -y maven)"
    fi
}

# with_lock FILE CMD...: serialise CMD between concurrent invocations (two CI
# steps unpacking the same distribution at once would trip over each other).
# The lock goes away with the process, also if CMD dies.
with_lock() {
    local lock=$1 fd
    shift
    if ! command -v flock >/dev/null 2>&1; then
        "$@"
        return
    fi
    exec {fd}>"$lock"
    flock "$fd"
    "$@"
    exec {fd}>&-
}

# ensure_distribution: unpack the distribution into releng/elasticsearch/target/_dist
# once; later calls reuse it (a marker file says the unpack completed).
ensure_distribution() {
    local dist=$ES_ROOT/_dist/$ENGINE-$ES_VERSION
    if [[ ! -f $dist/.vigil-complete ]]; then
        mkdir -p "$ES_ROOT/_dist"
        with_lock "$ES_ROOT/.lock" download_and_unpack "$dist"
    fi
    ES_HOME=$dist
}

download_and_unpack() {
    local dist=$1 work cwd zip artifact MVN
    [[ -f $dist/.vigil-complete ]] && return 0       # done while we waited for the lock
    need_cmd unzip unzip
    artifact=$ARTIFACT_GROUP:$ENGINE:$ES_VERSION:zip
    work=$(mktemp -d "$ES_ROOT/_dist/.work.XXXXXX")
    set_maven_cmd
    log "fetching $artifact through Maven"
    # Maven runs from an empty directory outside the repo: inside it, Maven
    # would find the repo's .mvn/ (Tycho build extension) and the reactor POM.
    cwd=$(mktemp -d)
    if ! (cd "$cwd" && JAVA_HOME=$ES_JAVA_HOME "${MVN[@]}" -B -q \
            "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" \
            -DoutputDirectory="$work" -Dmdep.overWriteReleases=true \
            >"$work/maven.log" 2>&1); then
        rm -rf "$cwd"
        tail -n 30 "$work/maven.log" >&2 || true
        rm -rf "$work"
        die "could not fetch $artifact (version from ${ENV_PREFIX}VERSION=$ES_VERSION?)"
    fi
    rm -rf "$cwd"
    zip=$work/$ENGINE-$ES_VERSION.zip
    [[ -s $zip ]] || { rm -rf "$work"; die "Maven did not produce $zip"; }
    log "unpacking $(basename "$zip")"
    unzip -q "$zip" -d "$work/unpacked" || { rm -rf "$work"; die "could not unpack $zip"; }
    [[ -x $work/unpacked/$ENGINE-$ES_VERSION/bin/$ENGINE ]] ||
        { rm -rf "$work"; die "unexpected layout in $zip"; }
    rm -rf "$dist"
    mv "$work/unpacked/$ENGINE-$ES_VERSION" "$dist"
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
    if is_root && ! can_reach_as_user "$ES_HOME/bin/$ENGINE"; then
        # The checkout is in a directory closed to other users (e.g. /root):
        # run from a copy in a world-traversable place instead.
        local base
        base=$RUNTIME_DIR/$(printf '%s' "$REPO_ROOT" | cksum | cut -d' ' -f1)
        log "$OS_USER cannot reach $ES_ROOT; running the node from $base"
        mkdir -p "$base/_dist"
        chmod 755 "$RUNTIME_DIR" "$base"
        with_lock "$base/.lock" mirror_distribution "$base/_dist/$ENGINE-$ES_VERSION"
        ES_HOME=$base/_dist/$ENGINE-$ES_VERSION
        real_dir=$base/$NODE_NAME
        rm -rf "$real_dir"
        mkdir -p "$real_dir"
        ln -s "$real_dir" "$NODE_LINK"
        NODE_DIR=$real_dir
    else
        mkdir -p "$NODE_LINK"
        NODE_DIR=$NODE_LINK
    fi
    mkdir -p "$NODE_DIR"/{data,logs,tmp}
    cp -a "$ES_HOME/config" "$NODE_DIR/config"
}

# mirror_distribution TARGET: copy ES_HOME to TARGET unless already done.  The
# copy goes to a temporary name first: the completion marker is copied along
# and must not show up before everything else is there.
mirror_distribution() {
    local target=$1 tmp
    [[ -f $target/.vigil-complete ]] && return 0
    tmp=$target.partial.$$
    rm -rf "$target" "$tmp"
    cp -a "$ES_HOME" "$tmp"
    mv "$tmp" "$target"
}

remove_node_dir() {
    if [[ -L $NODE_LINK ]]; then
        rm -rf -- "$(readlink -f -- "$NODE_LINK")"
        rm -f -- "$NODE_LINK"
    else
        rm -rf -- "$NODE_LINK"
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

# ml_setting_exists: does this distribution know xpack.ml.enabled?
ml_setting_exists() {
    local jar
    [[ -d $ES_HOME/modules/x-pack-ml ]] && return 0
    for jar in "$ES_HOME"/modules/x-pack-core/x-pack-core-*.jar; do
        [[ -f $jar ]] || continue
        # grep -c reads all its input (grep -q could make unzip die of SIGPIPE).
        unzip -p "$jar" org/elasticsearch/xpack/core/XPackSettings.class |
            grep -ac 'xpack\.ml\.enabled' >/dev/null && return 0
    done
    return 1
}

write_elasticsearch_yml() {
    local profile=$1 yml=$NODE_DIR/config/$ENGINE.yml
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
        # The integ-test zip ships no ML module, but x-pack-core still defines
        # the setting; set it only where it exists, since an unknown setting
        # would stop the node (e.g. with another VIGIL_ES_VERSION).
        if [[ $ENGINE == elasticsearch ]] && ml_setting_exists; then
            echo "xpack.ml.enabled: false"
        fi
        # Extra node settings for tests that need an unusual node, such as a
        # write queue so small that bulk requests get 429 (VIGIL_ES_SETTINGS).
        local setting
        for setting in $EXTRA_SETTINGS; do
            echo "${setting%%=*}: $(yaml_str "${setting#*=}")"
        done
        if [[ $ENGINE == opensearch ]]; then
            :   # its integ-test zip has no security plugin: plain only
        elif [[ $profile == plain ]]; then
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
# against the node's config directory.  They may run as root.  C1-only JIT
# makes these short-lived JVMs start noticeably faster.
es_tool() {
    local tool=$1; shift
    local out
    if ! out=$(env ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$NODE_DIR/config" \
            CLI_JAVA_OPTS="-XX:TieredStopAtLevel=1" \
            "$ES_HOME/bin/$tool" "$@" 2>&1 </dev/null); then
        printf '%s\n' "$out" >&2
        die "$tool $1 failed"
    fi
}

# setup_security: certificates, users and roles of the secure profile.
# Sets ADMIN_PASSWORD, READER_PASSWORD, WRITER_PASSWORD and TRUSTSTORE_PASSWORD.
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
$WRITER_ROLE:
  cluster: [ "monitor" ]
  indices:
    - names: [ "vigil-*" ]
      privileges: [ "create_index", "index", "read", "view_index_metadata" ]
EOF
    : >"$conf/users"
    : >"$conf/users_roles"
    ADMIN_PASSWORD=$(random_secret)
    READER_PASSWORD=$(random_secret)
    WRITER_PASSWORD=$(random_secret)
    es_tool elasticsearch-users useradd "$ADMIN_USER" -p "$ADMIN_PASSWORD" -r superuser
    es_tool elasticsearch-users useradd "$READER_USER" -p "$READER_PASSWORD" -r "$READER_ROLE"
    es_tool elasticsearch-users useradd "$WRITER_USER" -p "$WRITER_PASSWORD" -r "$WRITER_ROLE"
}

# ---------------------------------------------------------------- node lifecycle

# select_node NAME: set NODE_NAME, NODE_LINK and NODE_DIR.
select_node() {
    validate_name "$1"
    NODE_NAME=$1
    NODE_LINK=$ES_ROOT/$1
    NODE_DIR=$NODE_LINK
    if [[ -L $NODE_LINK ]]; then
        NODE_DIR=$(readlink -f -- "$NODE_LINK")
    fi
}

launch_node() {
    local logs=$NODE_DIR/logs
    # A clean environment: nothing from the caller (JAVA_TOOL_OPTIONS, a stray
    # ES_JAVA_OPTS, proxies, ...) leaks into the node.
    local node_env=(
        env -i
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME="$NODE_DIR" LANG=C.UTF-8
        "${LAUNCHER_ENV}JAVA_HOME=$ES_JAVA_HOME"
        "${LAUNCHER_ENV}PATH_CONF=$NODE_DIR/config"
        "${LAUNCHER_ENV}TMPDIR=$NODE_DIR/tmp"
        "${LAUNCHER_ENV}JAVA_OPTS=-Xms$ES_HEAP -Xmx$ES_HEAP ${VIGIL_ES_JAVA_OPTS:-}"
    )
    # setsid gives the node its own session and process group: it survives this
    # script, gets no SIGHUP from a closing terminal, and `stop` can signal the
    # whole group.  The launcher stays in the foreground of that session (no
    # -d), so its output goes to logs/console.log; -p records the server's pid.
    (cd "$logs" && exec setsid "${AS_USER[@]}" "${node_env[@]}" \
        "$ES_HOME/bin/$ENGINE" -p "$NODE_DIR/es.pid") \
        </dev/null >"$logs/console.log" 2>&1 &
    echo "$!" >"$NODE_DIR/launcher.pid"
    disown "$!" 2>/dev/null || true
}

# print_log_tail: what went wrong, for the CI log.  The server log is the
# informative one; console.log repeats it, so it is shown only when the server
# log is missing (the JVM or the launcher failed before logging started).
print_log_tail() {
    local f=$NODE_DIR/logs/vigil-$NODE_NAME.log
    [[ -s $f ]] || f=$NODE_DIR/logs/console.log
    [[ -s $f ]] || { log "no log output in $NODE_DIR/logs"; return 0; }
    printf -- '----- last lines of %s -----\n' "$f" >&2
    tail -n 50 "$f" >&2
    printf -- '----- end of %s -----\n' "$f" >&2
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
    local deadline=$((SECONDS + START_TIMEOUT)) port="" line code scheme=http launcher
    [[ $PROFILE == secure ]] && scheme=https
    launcher=$(read_pid_file "$NODE_DIR/launcher.pid")
    NODE_URL=""
    while ((SECONDS < deadline)); do
        # The launcher pid is checked on its own too: for a moment after the
        # fork it does not yet carry the node's command line.
        if ! is_alive "$launcher" && ! node_is_running; then
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
                echo "VIGIL_ES_WRITER_USER=$WRITER_USER"
                echo "VIGIL_ES_WRITER_PASSWORD=$WRITER_PASSWORD"
                echo "VIGIL_ES_CA=$NODE_DIR/config/certs/ca.crt"
                echo "VIGIL_ES_TRUSTSTORE=$NODE_DIR/config/certs/truststore.p12"
                echo "VIGIL_ES_TRUSTSTORE_PASSWORD=$TRUSTSTORE_PASSWORD"
            fi
        } >"$f.tmp"
        mv "$f.tmp" "$f"
    )
}

# stop_node: stop the selected node; no-op if it is not running.
stop_node() {
    local pids server pid deadline
    pids=$(node_pids)
    if [[ -z $pids ]]; then
        rm -f "$NODE_DIR/es.pid" "$NODE_DIR/launcher.pid"
        forget_node_env
        return 0
    fi
    log "stopping node $NODE_NAME"
    server=$(read_pid_file "$NODE_DIR/es.pid")
    # SIGTERM to the server makes it shut down cleanly; the launcher then exits
    # by itself.  Before the server wrote its pid, signal all of the node's
    # processes.
    if belongs_to_node "$server"; then
        kill -TERM "$server" 2>/dev/null || true
    else
        for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    fi
    deadline=$((SECONDS + STOP_TIMEOUT))
    while ((SECONDS < deadline)) && node_is_running; do sleep 0.5; done
    if node_is_running; then
        log "node $NODE_NAME still running after ${STOP_TIMEOUT}s, sending SIGKILL"
        for pid in $(node_pids); do kill -KILL "$pid" 2>/dev/null || true; done
        deadline=$((SECONDS + 10))
        while ((SECONDS < deadline)) && node_is_running; do sleep 0.5; done
        if node_is_running; then
            die "could not stop node $NODE_NAME (pids: $(node_pids | tr '\n' ' '))"
        fi
    fi
    rm -f "$NODE_DIR/es.pid" "$NODE_DIR/launcher.pid"
    forget_node_env
}

# forget_node_env: node.env says the node runs; `restart` still needs its passwords.
forget_node_env() {
    if [[ -f $NODE_DIR/node.env ]]; then
        mv -f "$NODE_DIR/node.env" "$NODE_DIR/stopped.env"
    fi
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
    # OpenSearch's test zip has no security plugin: its nodes are plain.
    [[ $ENGINE == opensearch && -z $PROFILE ]] && PROFILE=plain
    [[ $PROFILE == plain || $PROFILE == secure ]] || die "start: --profile plain|secure is required"
    [[ $ENGINE == elasticsearch || $PROFILE == plain ]] || die "start: $ENGINE nodes have the plain profile only"
    [[ -n $name ]] || die "start: --name NAME is required"
    select_node "$name"
    [[ $START_TIMEOUT =~ ^[0-9]+$ ]] || die "VIGIL_ES_START_TIMEOUT must be a number of seconds"

    need_cmd curl curl
    need_cmd unzip unzip
    need_cmd setsid util-linux
    ensure_os_user
    find_es_java
    mkdir -p "$ES_ROOT"
    ensure_distribution

    if node_is_running; then
        log "node $NODE_NAME is already running; restarting it from scratch"
    fi
    stop_node
    log "preparing node $NODE_NAME ($PROFILE profile, $ENGINE $ES_VERSION, Java $ES_JAVA_HOME)"
    prepare_runtime
    write_jvm_options
    write_elasticsearch_yml "$PROFILE"
    ADMIN_PASSWORD="" READER_PASSWORD="" WRITER_PASSWORD="" TRUSTSTORE_PASSWORD=""
    [[ $PROFILE == secure ]] && setup_security
    if is_root; then
        chown -R "$OS_USER:" "$NODE_DIR"
    fi

    # Do not leave a half-started node behind when interrupted.
    trap 'stop_node; exit 130' INT
    trap 'stop_node; exit 143' TERM
    echo "$ES_HOME" >"$NODE_DIR/es.home"
    launch_node
    if ! wait_healthy; then
        print_log_tail
        stop_node
        die "node $NODE_NAME did not start (logs: $NODE_DIR/logs)"
    fi
    write_node_env
    trap - INT TERM
    log "node $NODE_NAME ready at $NODE_URL after $((SECONDS - started))s; facts in $NODE_LINK/node.env"
}

# read_node_facts FILE: PROFILE and the passwords of the selected node from its node.env.
read_node_facts() {
    local key value
    PROFILE=plain
    while IFS='=' read -r key value; do
        case $key in
            VIGIL_ES_USER) PROFILE=secure ;;
            VIGIL_ES_PASSWORD) ADMIN_PASSWORD=$value ;;
            VIGIL_ES_READER_PASSWORD) READER_PASSWORD=$value ;;
            VIGIL_ES_WRITER_PASSWORD) WRITER_PASSWORD=$value ;;
            VIGIL_ES_TRUSTSTORE_PASSWORD) TRUSTSTORE_PASSWORD=$value ;;
        esac
    done <"$1"
}

# A node started again on its own data (after `stop`, or running): what a cluster restart does
# to a client in the middle of its work (an import that must then be resumed).  The URL may
# change if another node took the port meanwhile.
cmd_restart() {
    local name="" started=$SECONDS
    while (($#)); do
        case $1 in
            --name) name=${2:-}; shift 2 || die "--name needs a value" ;;
            *) die "restart: unknown argument '$1'" ;;
        esac
    done
    [[ -n $name ]] || die "restart: --name NAME is required"
    select_node "$name"
    local facts=$NODE_DIR/node.env
    [[ -f $facts ]] || facts=$NODE_DIR/stopped.env
    [[ -f $facts ]] || die "restart: node $NODE_NAME was never started (use start)"
    read_node_facts "$facts"
    ensure_os_user
    find_es_java
    ES_HOME=$(read_pid_file "$NODE_DIR/es.home")
    [[ -x $ES_HOME/bin/$ENGINE ]] || die "restart: node $NODE_NAME does not say which distribution it runs"
    stop_node
    rm -f "$NODE_DIR/logs/http.ports" "$NODE_DIR/logs/transport.ports"
    launch_node
    if ! wait_healthy; then
        print_log_tail
        stop_node
        die "node $NODE_NAME did not start again (logs: $NODE_DIR/logs)"
    fi
    write_node_env
    log "node $NODE_NAME ready again at $NODE_URL after $((SECONDS - started))s"
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
    local prefix=${2:-$ENV_PREFIX} key value
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

# run-with state, used by the traps.
RUN_WITH_NODES=()      # names of the nodes to stop at the end
RUN_WITH_STARTERS=()   # pids of `start` children still running
RUN_WITH_CHILD=""      # pid of CMD

run_with_cleanup() {
    local rc=$? name
    # Stopping takes a few seconds; a second Ctrl-C must not cut it short.
    trap '' INT TERM
    trap - EXIT
    for name in "${RUN_WITH_NODES[@]}"; do
        "$SELF" stop --name "$name" || { ((rc != 0)) || rc=1; }
    done
    exit "$rc"
}

# terminate_tree PID: SIGTERM PID and all its descendants, then reap PID.
# (A `sh -c '...; mvn ...'` wrapper would otherwise die and orphan mvn.)
terminate_tree() {
    local pid
    is_alive "$1" || return 0
    for pid in "$1" $(descendants "$1"); do
        kill -TERM "$pid" 2>/dev/null || true
    done
    wait "$1" 2>/dev/null || true
}

# run_with_signal NUM: on INT/TERM, end what is running (node starts, which
# then stop their half-started node, or CMD) and exit 128+NUM; the EXIT trap
# stops the nodes.  Everything gets SIGTERM, even for a Ctrl-C: background
# commands of a non-interactive shell ignore SIGINT.
run_with_signal() {
    local pid
    for pid in "${RUN_WITH_STARTERS[@]}"; do terminate_tree "$pid"; done
    if [[ -n $RUN_WITH_CHILD ]]; then terminate_tree "$RUN_WITH_CHILD"; fi
    exit $((128 + $1))
}

cmd_run_with() {
    local plain="" secure="" rc=0 facts i
    local -a profiles=() names=() prefixes=()
    while (($#)); do
        case $1 in
            --plain) plain=${2:-}; shift 2 || die "--plain needs a node name" ;;
            --secure) secure=${2:-}; shift 2 || die "--secure needs a node name" ;;
            --) shift; break ;;
            *) die "run-with: unknown argument '$1' (expected --plain NAME, --secure NAME, then -- CMD)" ;;
        esac
    done
    (($#)) || die "run-with: no command given after --"
    if [[ -n $plain ]]; then
        validate_name "$plain"
        profiles+=(plain) names+=("$plain") prefixes+=("${ENV_PREFIX}PLAIN_")
    fi
    if [[ -n $secure ]]; then
        validate_name "$secure"
        profiles+=(secure) names+=("$secure") prefixes+=("${ENV_PREFIX}SECURE_")
    fi
    ((${#names[@]})) || die "run-with: give --plain NAME and/or --secure NAME"
    [[ $plain != "$secure" ]] || die "run-with: the two nodes need different names"

    trap run_with_cleanup EXIT
    trap 'run_with_signal 2' INT
    trap 'run_with_signal 15' TERM

    # Start the nodes in parallel (it saves about ten seconds even on two
    # cores), each in a child process: a node's launcher is then orphaned when
    # its child exits and reaped by init, instead of becoming our zombie.
    RUN_WITH_NODES=("${names[@]}")
    for i in "${!names[@]}"; do
        "$SELF" start --profile "${profiles[$i]}" --name "${names[$i]}" &
        RUN_WITH_STARTERS+=("$!")
    done
    for i in "${!RUN_WITH_STARTERS[@]}"; do
        wait "${RUN_WITH_STARTERS[$i]}" || rc=1
    done
    RUN_WITH_STARTERS=()
    ((rc == 0)) || die "run-with: not all nodes started; not running the command"
    for i in "${!names[@]}"; do
        facts=$(print_env "${names[$i]}" "${prefixes[$i]}")
        eval "$facts"
    done

    # CMD runs in the background so that a SIGTERM reaching this script can be
    # forwarded at once; `<&0` keeps its stdin (bash would give it /dev/null).
    "$@" <&0 &
    RUN_WITH_CHILD=$!
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
        restart) cmd_restart "$@" ;;
        env) cmd_env "$@" ;;
        status) cmd_status "$@" ;;
        run-with) cmd_run_with "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; die "unknown command '$cmd'" ;;
    esac
}

main "$@"
