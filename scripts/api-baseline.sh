#!/usr/bin/env bash
# Records Siglum's API as the baseline the build checks package versions against (bnd's baseline, decision 0050):
# for every bundle that exports packages, a jar of its exported packages only (their classes and its manifest) in
# api-baseline/, a Maven repository. Run it when a release is made, from a clone where `mvn package` has run:
#   scripts/api-baseline.sh 0.1.0
# then set siglum.api.baseline in pom.xml to that version and commit both.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
version=${1:?usage: scripts/api-baseline.sh VERSION}
repo="$root/api-baseline"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for jar in "$root"/bundles/siglum.*/target/siglum.*-SNAPSHOT.jar "$root"/tei-schemas/target/siglum.*-SNAPSHOT.jar; do
  case "$jar" in *-tests.jar|*-sources.jar) continue;; esac
  name=$(basename "$jar"); artifact=${name%-*-SNAPSHOT.jar}
  manifest="$work/$artifact.MF"
  unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' > "$manifest"
  # the exported packages, from the (folded) Export-Package header
  exports=$(awk 'BEGIN{h=""} /^ /{h=h substr($0,2); next} {if (h!="") print h; h=$0} END{print h}' "$manifest" \
          | sed -n 's/^Export-Package: //p' | grep -o 'org\.siglum[A-Za-z0-9_.]*;version="[^"]*"' | cut -d';' -f1 || true)
  [ -n "$exports" ] || continue
  out="$repo/org/siglum/$artifact/$version"
  mkdir -p "$out" "$work/$artifact"
  (cd "$work/$artifact" && unzip -q "$jar")
  keep="$work/$artifact.keep"; : > "$keep"
  for package in $exports; do
    dir=${package//./\/}
    find "$work/$artifact/$dir" -maxdepth 1 -type f -name '*.class' -printf "$dir/%f\n" >> "$keep"
  done
  # the manifest as it was, but for the bundle's version: the baseline's
  sed "s/^Bundle-Version: .*/Bundle-Version: $version/" "$manifest" > "$work/$artifact.baseline.MF"
  rm -f "$out/$artifact-$version.jar"
  (cd "$work/$artifact" && jar --create --file "$out/$artifact-$version.jar" --manifest "$work/$artifact.baseline.MF" \
     $(cat "$keep"))
  cat > "$out/$artifact-$version.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.siglum</groupId>
  <artifactId>$artifact</artifactId>
  <version>$version</version>
  <description>The exported API packages of $artifact at the baseline $version (scripts/api-baseline.sh)</description>
</project>
POM
  for f in "$out/$artifact-$version.jar" "$out/$artifact-$version.pom"; do sha1sum "$f" | cut -d' ' -f1 > "$f.sha1"; done
  echo "$artifact $version: $(echo $exports | tr ' ' ',')"
done
