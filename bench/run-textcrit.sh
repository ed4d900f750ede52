#!/bin/sh
# Runs the OCR suspects and collation benchmarks and appends their figures to bench/results.md.
# Builds only this worktree's jars (package, never install) and the bench module.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
mvn -B -q package -pl bundles/siglum.suspects,bundles/siglum.collation -am -DskipTests
mvn -B -q -f bench/pom.xml package
seed="$root/samples/chapter-3-ocr.txt"
cp="bench/target/siglum.bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
for b in thai suspects collation; do cp="$cp:bundles/siglum.$b/target/siglum.$b-0.1.0-SNAPSHOT.jar"; done
suspects=$(java -Xmx2g -cp "$cp" org.siglum.bench.SuspectsBench "$seed" samples/ocr-errors.tsv)
collation=$(java -Xmx2g -cp "$cp" org.siglum.bench.CollationBench "$seed" samples/ocr-errors.tsv)
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## OCR suspects and collation (textcrit)\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s; load average %s\n' "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf '### OCR suspects on the labelled seed (samples/ocr-errors.tsv)\n\n%s\n\n' "$suspects"
    printf '### Collation: Siglum against CollateX 1.7.1 (Dekker)\n\n%s\n' "$collation"
} >> bench/results.md
printf '%s\n\n%s\n' "$suspects" "$collation"
