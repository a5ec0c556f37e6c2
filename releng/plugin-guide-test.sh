#!/usr/bin/env bash
# Keeps docs/PLUGINS.md truthful: in a throw-away clone, runs the guide's own commands for copying
# the plugin template (step 2) and building it (step 4) exactly as the guide prints them, then
# checks that the jar is the renamed plugin, with its component, its data and no trace of the
# template's name. Needs a build of Vigil first (the guide's step 4 builds offline).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib/common.sh"
vigil_use_jdk

fail() { printf 'plugin-guide-test: FAIL: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/vigil-plugin-guide.XXXXXX")
trap 'rm -rf "$work"' EXIT
git clone -q "$VIGIL_ROOT" "$work/vigil"
clone=$work/vigil

# The guide's shell blocks of its section "From an empty folder …", by what they run.
python3 - "$clone/docs/PLUGINS.md" "$work" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
section = text[text.index('## From an empty folder'):text.index('# Installing, removing')]
blocks = re.findall(r'```sh\n(.*?)```', section, re.S)
def block(marker):
    found = [b for b in blocks if marker in b]
    if len(found) != 1:
        sys.exit(f'docs/PLUGINS.md: {len(found)} shell blocks hold {marker!r}, expected one')
    return found[0]
open(f'{sys.argv[2]}/copy.sh', 'w').write(block('NAME='))
open(f'{sys.argv[2]}/build.sh', 'w').write(block('./mvnw -o -q verify -pl'))
PY
name=$(sed -n 's/^NAME=\([^ ]*\).*/\1/p' "$work/copy.sh")
[[ -n $name ]] || fail "step 2 of docs/PLUGINS.md sets no NAME"

(cd "$clone" && bash -euo pipefail "$work/copy.sh") >"$work/copy.log" 2>&1 || fail "step 2 failed: $(cat "$work/copy.log")"
left=$(grep -rl 'org.vigil.examples.template' "$clone/bundles/$name" "$clone/bundles/$name.tests" || true)
[[ -z $left ]] || fail "the copy still names the template in: $left"

# Step 4 uses the NAME of step 2: the reader runs both in one shell.
(cd "$clone" && NAME=$name bash -euo pipefail "$work/build.sh") >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log" >&2; fail "step 4 failed"; }
grep -qE 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0' "$work/build.log" || fail "step 4 ran no tests"

jar=$clone/bundles/$name/target/$name-0.1.0-SNAPSHOT.jar
manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed ':a;N;$!ba;s/\n //g')
grep -q "^Bundle-SymbolicName: $name$" <<<"$manifest" || fail "the jar's Bundle-SymbolicName is not $name"
grep -q "^Service-Component: OSGI-INF/$name.FirewallDenySource.xml$" <<<"$manifest" \
    || fail "the jar publishes no component $name.FirewallDenySource"
unzip -l "$jar" data/denies.csv >/dev/null || fail "the jar lacks data/denies.csv"

echo "plugin-guide-test: PASS: docs/PLUGINS.md steps 2 and 4 build $name, tested: $(grep -oE 'Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: 0$' "$work/build.log" | tail -n 1)"
