# shellcheck shell=sh
# Shared by the `vigil` and `vigil-cli` start scripts: finds Java 21+ and runs the Equinox
# launcher. The product ships no native launcher, so the JVM options live here, not in an .ini.

vigil_java_major() {
    "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

vigil_find_java() {
    for candidate in ${VIGIL_JAVA:+"$VIGIL_JAVA"} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
            /usr/lib/jvm/*/bin/java "$(command -v java 2>/dev/null)"; do
        [ -x "$candidate" ] || continue
        major=$(vigil_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    echo "vigil: Java 21 or newer is required; none found in VIGIL_JAVA, JAVA_HOME, /usr/lib/jvm or PATH" >&2
    return 1
}

# vigil_launch ARGS... : runs the launcher with Vigil's JVM options and the given program arguments.
vigil_launch() {
    java=$(vigil_find_java) || exit 1
    launcher=$(ls "$VIGIL_HOME"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
    if [ -z "$launcher" ]; then
        echo "vigil: the Equinox launcher jar is missing from $VIGIL_HOME/plugins; reinstall Vigil" >&2
        exit 1
    fi
    workspace=${VIGIL_WORKSPACE:-$HOME/.vigil/workspace}
    mkdir -p "$workspace"
    # Vigil's own secure storage (source passwords), not the one an Eclipse IDE of the same user keeps.
    # Read by org.eclipse.equinox.security; a -eclipse.keyring argument would reach vigil-cli's own parser.
    export ECLIPSE_KEYRING=${VIGIL_KEYRING:-$HOME/.vigil/secure_storage}
    # shellcheck disable=SC2086 # VIGIL_JAVA_OPTS is a list of options on purpose
    exec "$java" -Xms128m -Xmx2g --enable-native-access=ALL-UNNAMED \
        -Dosgi.requiredJavaVersion=21 \
        "-Djava.util.logging.config.file=$VIGIL_HOME/lib/logging.properties" ${VIGIL_JAVA_OPTS:-} \
        -jar "$launcher" -data "$workspace" "$@"
}
