#!/bin/sh
# Runs the apparatus benchmark on ../shared/corpus/07_*.xml (4,086 entries) and appends its figures to
# bench/results.md. Builds with `package` in the reactor (nothing is installed into ~/.m2).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
edition=$(ls "$root"/../shared/corpus/07_*.xml | head -1)
mvn -B -q package -pl bundles/siglum.apparatus -am -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
cp="bundles/siglum.apparatus/target/siglum.apparatus-0.1.0-SNAPSHOT.jar:$(cat bundles/siglum.apparatus/target/bench-classpath.txt)"
mkdir -p bench/target/apparatus-classes
javac -d bench/target/apparatus-classes -cp "$cp" bench/src/apparatus/java/org/siglum/bench/ApparatusBench.java
table=$(java -cp "bench/target/apparatus-classes:$cp" org.siglum.bench.ApparatusBench "$edition")
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## Apparatus\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf '%s\n\n' "$table"
    printf '"list (tree parsed)": ApparatusService.entries on a parsed document. "parse + list": the same after an edit (a full parse, decision 0003). "add reading + undo": addReading on the first entry (parse, checks, one compound edit) and EditionDocument.undo. Medians of 21 rounds after 15 warm-up rounds.\n'
} >> bench/results.md
printf '%s\n' "$table"
