# shellcheck shell=bash
# Sourceable helper: locate a JDK that is new enough for Vigil's tooling.
#
#   source releng/lib/jdk.sh
#   JAVA_HOME=$(vigil_find_jdk) || exit 1        # default minimum: 21
#   ES_JAVA_HOME=$(vigil_find_jdk 21) || exit 1
#
# vigil_find_jdk [MIN_MAJOR]
#   Prints the home directory of a JDK whose `bin/java -version` reports a
#   major version >= MIN_MAJOR (default 21) and exits 0.  Candidates, in order:
#     1. $JAVA_HOME, if set and new enough (an explicit choice wins);
#     2. every directory /usr/lib/jvm/* (Debian's and Temurin's packages put
#        their JDKs there); the one with the highest major version is chosen,
#        so the answer does not depend on directory listing order.
#   A candidate counts only if it has an executable bin/java and bin/javac
#   (a JRE is not enough: the build compiles with it).
#   When nothing qualifies it prints one line to stderr naming the places it
#   looked and returns 1.
#
# The file only defines functions: it sets no shell options and no globals, so
# it is safe to source from scripts running with `set -euo pipefail`.

# vigil_java_major JAVA_HOME_DIR
#   Prints the major version of the JVM in JAVA_HOME_DIR (e.g. 17, 21, 25), or
#   returns 1 if it cannot be run or its version line cannot be understood.
vigil_java_major() {
    local home=$1 out version major
    [[ -x "$home/bin/java" ]] || return 1
    # `java -version` writes to stderr; its first line looks like
    #   openjdk version "25.0.3" 2026-04-21 LTS   or   java version "1.8.0_402"
    out=$("$home/bin/java" -version 2>&1) || return 1
    if [[ $out =~ version\ \"([^\"]+)\" ]]; then
        version=${BASH_REMATCH[1]}
    else
        return 1
    fi
    version=${version#1.}            # 1.8.0_402 -> 8.0_402 (pre-Java-9 scheme)
    major=${version%%[!0-9]*}        # 25.0.3 -> 25, 21-ea -> 21
    [[ -n $major ]] || return 1
    printf '%s\n' "$major"
}

vigil_find_jdk() {
    local min=${1:-21} candidate major best="" best_major=0 real
    local -A seen=()

    # An explicitly chosen JAVA_HOME wins when it is good enough.
    if [[ -n ${JAVA_HOME:-} && -x "$JAVA_HOME/bin/javac" ]]; then
        major=$(vigil_java_major "$JAVA_HOME") || major=0
        if (( major >= min )); then
            printf '%s\n' "${JAVA_HOME%/}"
            return 0
        fi
    fi

    for candidate in /usr/lib/jvm/*; do
        [[ -d $candidate && -x "$candidate/bin/javac" ]] || continue
        # Debian ships symlinked aliases (java-1.17.0-openjdk-amd64 ->
        # java-17-openjdk-amd64); look at each real JDK once.
        real=$(readlink -f -- "$candidate") || real=$candidate
        [[ -z ${seen[$real]:-} ]] || continue
        seen[$real]=1
        major=$(vigil_java_major "$candidate") || continue
        if (( major >= min && major > best_major )); then
            best=$candidate
            best_major=$major
        fi
    done

    if [[ -n $best ]]; then
        printf '%s\n' "$best"
        return 0
    fi
    printf 'error: no JDK %s+ found (looked at JAVA_HOME=%s and /usr/lib/jvm/*); install one (e.g. a Temurin %s+ JDK) or point JAVA_HOME at it\n' \
        "$min" "${JAVA_HOME:-<unset>}" "$min" >&2
    return 1
}
