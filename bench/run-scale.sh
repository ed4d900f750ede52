#!/bin/sh
# The scale benchmark: editions of 1, 10 and 100 chapters generated from samples/chapter-3.xml (ScaleEdition), each
# step (open, rng, sch, apparatus, notes, html, pdf) at each size in a JVM of its own (ScaleBench); appends a dated
# section "Scale" to bench/results.md.
# Usage: bench/run-scale.sh [SIZES] [STEPS]   e.g. bench/run-scale.sh "1 10" "open rng"
# Environment: SCALE_XMX (default 6g), the heap of each step's JVM; SCALE_TIMEOUT (default 2700), seconds per step.
# Builds the product in the reactor (package, never install into ~/.m2) unless SCALE_NO_BUILD is set.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
title=${SCALE_TITLE:-Scale}
sizes=${1:-"1 10 100"}
steps=${2:-"open rng sch apparatus notes html pdf"}
xmx=${SCALE_XMX:-6g}
timeout=${SCALE_TIMEOUT:-2700}
[ -n "${SCALE_NO_BUILD:-}" ] || mvn -B -q package -pl product -am -DskipTests
m2=${MAVEN_REPO:-$HOME/.m2/repository}
peer_cp="$m2/net/sf/saxon/Saxon-HE/12.10/Saxon-HE-12.10.jar:$m2/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3.jar:$m2/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3-data.jar:$m2/org/relaxng/jing/20241231/jing-20241231.jar:$m2/isorelax/isorelax/20030108/isorelax-20030108.jar"
lib_cp=$(ls product/target/siglum/lib/*.jar | tr '\n' ':')
classes=bench/target/scale-classes
work=bench/target/scale
mkdir -p "$classes" "$work"
javac -d "$classes" -cp "$lib_cp$peer_cp" bench/src/scale/java/org/siglum/bench/*.java \
    bench/src/main/java/org/siglum/bench/ScaleEdition.java
raw="$work/raw-$(date -u +%Y%m%dT%H%M).tsv"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for n in $sizes; do
    file="$work/edition-$n.xml"
    java -cp "$classes" org.siglum.bench.ScaleEdition samples/chapter-3.xml "$n" "$file"
    for step in $steps; do
        line=$(timeout "$timeout" java -Xmx"$xmx" -cp "$classes:$lib_cp$peer_cp" org.siglum.bench.ScaleBench \
            "$root" "$step" "$file" "$n" 2>"$work/$step-$n.err" | tail -1) || line=""
        if [ -z "$line" ]; then
            line=$(printf '%s\t%s\t%s\tfailed or timed out after %ss: %s' "$step" "$n" "$(stat -c %s "$file")" \
                "$timeout" "$(grep -m1 -v '^\s*at ' "$work/$step-$n.err" | cut -c1-200)")
        fi
        printf '%s\n' "$line" | tee -a "$raw"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(java -cp "$classes" org.siglum.bench.ScaleReport "$raw")
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## %s\n\n' "$title"
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s, %s GB; load average before %s, after %s\n' "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
        "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$load_before" "$load_after"
    printf -- '- java: %s, -Xmx%s, one JVM per step and size\n' "$(java -version 2>&1 | head -1)" "$xmx"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf '%s\n' "$table"
} >> bench/results.md
printf '%s\n' "$table"
