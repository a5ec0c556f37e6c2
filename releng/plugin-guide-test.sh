#!/usr/bin/env bash
# Keeps docs/PLUGINS.md truthful. Main path: with the product the build made as the installed Vigil,
# runs the guide's own commands for writing a plugin project into an empty folder (step 2,
# `vigil-cli plugins new`, from the template the product ships in sdk/) and building it there
# (step 4), exactly as the guide prints them. Alternative path: in a throw-away clone, its commands
# for copying the template into the repository and building it. Each time the jar must be the
# renamed plugin, with its component, its data and no trace of the template's name. Needs a build
# of Vigil first (verify: the product and a warm Maven repository, as both builds run offline).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
vigil_use_jdk

fail() { printf 'plugin-guide-test: FAIL: %s\n' "$*" >&2; exit 1; }

[[ -x $VIGIL_PRODUCT_DIR/vigil-cli ]] || fail "no product in $VIGIL_PRODUCT_DIR: build Vigil first (./mvnw verify)"
work=$(mktemp -d "${TMPDIR:-/tmp}/vigil-plugin-guide.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The guide's shell blocks of its section "From an empty folder …", by what they run.
python3 - "$VIGIL_ROOT/docs/PLUGINS.md" "$work" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
section = text[text.index('## From an empty folder'):text.index('# Installing, removing')]
blocks = re.findall(r'```sh\n(.*?)```', section, re.S)
def block(marker):
    found = [b for b in blocks if marker in b]
    if len(found) != 1:
        sys.exit(f'docs/PLUGINS.md: {len(found)} shell blocks hold {marker!r}, expected one')
    return found[0]
for name, marker in (('new', 'plugins new'), ('build', './mvnw -q verify'),
                     ('copy', 'cp -r $from'), ('build-in-clone', './mvnw -o -q verify -pl')):
    open(f'{sys.argv[2]}/{name}.sh', 'w').write(block(marker))
PY
name=$(sed -n 's/^NAME=\([^ ]*\).*/\1/p' "$work/new.sh")
[[ -n $name ]] || fail "step 2 of docs/PLUGINS.md sets no NAME"
folder=$(sed -n 's/.*plugins new \$NAME \([^ ]*\).*/\1/p' "$work/new.sh")
[[ -n $folder ]] || fail "step 2 of docs/PLUGINS.md writes into no folder"

# check_plugin WHAT PLUGIN_FOLDER BUILD_LOG: the built jar is the renamed, tested plugin.
check_plugin() {
    local what=$1 plugin=$2 log=$3
    local left
    left=$(grep -rl --exclude-dir=target 'org.vigil.examples.template' "$plugin" "$plugin.tests" || true)
    [[ -z $left ]] || fail "$what: the plugin still names the template in: $left"
    grep -qE 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0' "$log" || fail "$what: the build ran no tests"
    local jar=$plugin/target/$name-0.1.0-SNAPSHOT.jar manifest
    [[ -f $jar ]] || fail "$what: no $jar"
    manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed ':a;N;$!ba;s/\n //g')
    grep -q "^Bundle-SymbolicName: $name$" <<<"$manifest" || fail "$what: the jar's Bundle-SymbolicName is not $name"
    grep -q "^Service-Component: OSGI-INF/$name.FirewallDenySource.xml$" <<<"$manifest" \
        || fail "$what: the jar publishes no component $name.FirewallDenySource"
    unzip -l "$jar" data/denies.csv >/dev/null || fail "$what: the jar lacks data/denies.csv"
}

# Main path, steps 2 and 4 run by the reader in one shell: VIGIL_HOME of step 1 is the product just
# built. Offline, like the rest of the test run, through Maven's own MAVEN_ARGS.
mkdir "$work/reader"
(cd "$work/reader" && VIGIL_HOME=$VIGIL_PRODUCT_DIR VIGIL_WORKSPACE=$work/workspace \
    bash -euo pipefail "$work/new.sh") >"$work/new.log" 2>&1 || fail "step 2 failed: $(cat "$work/new.log")"
project=$work/reader/$folder
[[ -f $project/vigil-sdk.target ]] || fail "step 2 wrote no project into $project: $(cat "$work/new.log")"
(cd "$project" && NAME=$name MAVEN_ARGS="-o -B" bash -euo pipefail "$work/build.sh") >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log" >&2; fail "step 4 failed"; }
check_plugin "steps 2 and 4" "$project/$name" "$work/build.log"
main=$(grep -oE 'Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: 0$' "$work/build.log" | tail -n 1)

# The alternative for Vigil's own developers: in a clone of the repository.
git clone -q "$VIGIL_ROOT" "$work/vigil"
clone=$work/vigil
(cd "$clone" && NAME=$name bash -euo pipefail "$work/copy.sh") >"$work/copy.log" 2>&1 \
    || fail "copying in a clone failed: $(cat "$work/copy.log")"
(cd "$clone" && NAME=$name bash -euo pipefail "$work/build-in-clone.sh") >"$work/build-in-clone.log" 2>&1 \
    || { tail -40 "$work/build-in-clone.log" >&2; fail "building in a clone failed"; }
check_plugin "in a clone" "$clone/bundles/$name" "$work/build-in-clone.log"

echo "plugin-guide-test: PASS: docs/PLUGINS.md builds $name from an empty folder against the product ($main) and in a clone of the repository"
