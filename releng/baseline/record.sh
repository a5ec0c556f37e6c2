#!/usr/bin/env bash
# Records the SDK bundles as built now as the baseline of the semantic version check, under the
# version given (the release being made). Run at a release, from a clean tree, then set
# vigil.baseline.version in pom.xml to that version and commit releng/baseline/repository.
#   releng/baseline/record.sh 0.2.0
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/common.sh"
vigil_use_jdk

version=${1:?usage: record.sh VERSION}
# The bundles whose build.properties take part in the check.
sdk=()
for properties in "$VIGIL_ROOT"/bundles/*/build.properties; do
    if grep -q '^pom.model.property.vigil.baseline.skip *= *false' "$properties"; then
        sdk+=("$(basename "$(dirname "$properties")")")
    fi
done
modules=$(printf 'bundles/%s,' "${sdk[@]}")
# shellcheck disable=SC2086 # VIGIL_MVN_ARGS is a list of arguments on purpose
vigil_mvn -q ${VIGIL_MVN_ARGS:-} clean package -DskipTests -Dvigil.baseline.skip=true -pl "${modules%,}" -am
repository=$VIGIL_ROOT/releng/baseline/repository
for bundle in "${sdk[@]}"; do
    target=$repository/org/vigil/$bundle/$version
    mkdir -p "$target"
    cp "$VIGIL_ROOT"/bundles/"$bundle"/target/"$bundle"-*.jar "$target/$bundle-$version.jar"
    cat > "$target/$bundle-$version.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.vigil</groupId>
  <artifactId>$bundle</artifactId>
  <version>$version</version>
</project>
POM
    echo "baseline: $bundle $version"
done
