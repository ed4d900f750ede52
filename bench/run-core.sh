#!/bin/sh
# Runs the core parse benchmark and appends its figures to bench/results.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
mvn -B -q install -pl bundles/siglum.core -DskipTests
mvn -B -q -f bench/pom.xml package
seed="$root/samples/chapter-3-ocr.txt"
table=$(java -cp "bench/target/siglum.bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    org.siglum.bench.CoreParseBench "$seed" bench/target)
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## Core parse\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf '%s\n\n' "$table"
    printf 'Ratio = ours / SAX (goal >= 0.5). "text to tree" is the core parse; "bytes to tree" adds strict decoding and the IDocument.\n'
} >> bench/results.md
printf '%s\n' "$table"
