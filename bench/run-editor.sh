#!/bin/sh
# Runs the editor benchmark (content proposals, find) and appends its figures to bench/results.md ("Editor").
# Builds in the reactor (no install into ~/.m2): the validation and Thai bundles and their class paths.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
mvn -B -q package -pl bundles/siglum.validation,bundles/siglum.thai -am -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp=$(cat bundles/siglum.validation/target/classpath.txt):$(cat bundles/siglum.thai/target/classpath.txt)
cp=$cp:bundles/siglum.validation/target/classes:bundles/siglum.thai/target/classes
mkdir -p bench/target/editor-classes
javac -d bench/target/editor-classes -cp "$cp" bench/src/editor/java/org/siglum/bench/EditorBench.java
table=$(java -Xmx1g -cp "bench/target/editor-classes:$cp" org.siglum.bench.EditorBench "$root")
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## Editor\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf '%s\n\n' "$table"
    printf 'Proposals scan the text before the cursor (tolerant of unfinished markup) and derive the content model; find\n'
    printf 'word-breaks the text with ICU for whole words and builds the text as read for ignoring markup (decision 0028).\n'
} >> bench/results.md
printf '%s\n' "$table"
