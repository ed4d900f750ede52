#!/bin/sh
# Runs the export benchmark and appends its figures to bench/results.md (a dated section "Export").
# Usage: bench/run-export.sh [FORMAT...]   (default: text latex; add html pdf once their bundles are in the product)
# Builds the product in the reactor (package, never install into ~/.m2).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
[ $# -gt 0 ] || set -- text latex
mvn -B -q package -pl product -am -DskipTests
m2=${MAVEN_REPO:-$HOME/.m2/repository}
saxon_cp="$m2/net/sf/saxon/Saxon-HE/12.10/Saxon-HE-12.10.jar:$(ls "$m2"/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3.jar):$(ls "$m2"/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3-data.jar)"
lib_cp=$(ls product/target/siglum/lib/*.jar | tr '\n' ':')
mkdir -p bench/target/export-classes
javac -d bench/target/export-classes -cp "$lib_cp$saxon_cp" bench/src/export/java/org/siglum/bench/ExportBench.java
table=$(java -Xmx1g -cp "bench/target/export-classes:$lib_cp$saxon_cp" org.siglum.bench.ExportBench "$root" "$saxon_cp" "$@")
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## Export\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s; load average %s\n' "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n' "$(git rev-parse --short HEAD)"
    printf -- '- formats: %s\n\n' "$*"
    printf '%s\n' "$table"
} >> bench/results.md
printf '%s\n' "$table"
