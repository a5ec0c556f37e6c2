#!/usr/bin/env bash
# Proves the SDK's semantic version check: in a throw-away clone, an incompatible change to an SDK
# package (a public method of Event removed) must fail the build and name the package and the
# version it needs; the same change with that version must build.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/common.sh"
vigil_use_jdk

work=$(mktemp -d "${TMPDIR:-/tmp}/vigil-baseline-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
git clone -q "$VIGIL_ROOT" "$work/vigil"
clone=$work/vigil
event=$clone/bundles/org.vigil.core/src/org/vigil/core/model/Event.java
manifest=$clone/bundles/org.vigil.core/META-INF/MANIFEST.MF
grep -q 'public Object get(String name)' "$event"

# Event.get(String) removed: code calling it would no longer link.
python3 - "$event" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
start = text.index('    /**\n     * @param name a flattened field name')
end = text.index('    }\n', text.index('public Object get(String name)')) + len('    }\n')
open(path, 'w').write(text[:start] + text[end:])
PY

build() {
    (cd "$clone" && ./mvnw -B ${VIGIL_MVN_ARGS:-} verify -DskipTests -pl bundles/org.vigil.core) > "$work/build.log" 2>&1
}
if build; then
    echo "baseline-test: FAIL: removing Event.get(String) built without a new major version" >&2
    exit 1
fi
if ! grep -q 'org.vigil.core.model.*MAJOR' "$work/build.log"; then
    tail -40 "$work/build.log" >&2
    echo "baseline-test: FAIL: the build failed, but not on the version of org.vigil.core.model" >&2
    exit 1
fi
echo "baseline-test: PASS: the incompatible change without a new major version fails the build:"
grep 'org.vigil.core.model.*MAJOR' "$work/build.log" | head -2

sed -i 's/org.vigil.core.model;version="[0-9.]*"/org.vigil.core.model;version="2.0.0"/' "$manifest"
if ! build; then
    tail -40 "$work/build.log" >&2
    echo "baseline-test: FAIL: the change with org.vigil.core.model at 2.0.0 did not build" >&2
    exit 1
fi
echo "baseline-test: PASS: the same change with org.vigil.core.model at 2.0.0 builds"
