#!/bin/sh
# Runs the validation benchmark and appends its figures to bench/results.md (a dated section "Validation").
# Builds in the reactor (no install into ~/.m2): the validation bundle and its classpath, and the product.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
mvn -B -q package -pl bundles/siglum.validation,product -am -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp=$(cat bundles/siglum.validation/target/classpath.txt):bundles/siglum.validation/target/classes
mkdir -p bench/target/validation-classes
javac -d bench/target/validation-classes -cp "$cp" bench/src/validation/java/org/siglum/bench/ValidationBench.java
result=$(java -Xmx1g -cp "bench/target/validation-classes:$cp" org.siglum.bench.ValidationBench "$root" bench/target)
file=$(printf '%s\n' "$result" | sed -n 's/^FILE //p')
table=$(printf '%s\n' "$result" | grep -v '^FILE ')
# the command as a scholar runs it: a new JVM and Felix each time, schemas compiled each time
siglum="$root/product/target/siglum/bin/siglum"
wall() {
    best=""
    for i in 1 2 3 4 5; do
        s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
        best="$best $(( (e - s) / 1000000 ))"
    done
    printf '%s\n' $best | sort -n | sed -n 3p
}
cmd_siglum=$(wall "$siglum" validate "$file")
cmd_tei=""
if [ -f "$root/../shared/tei/tei_all.rng" ]; then
    cmd_tei=$(SIGLUM_TEI_ALL="$root/../shared/tei/tei_all.rng" wall "$siglum" validate --schema tei_all "$file")
fi
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## Validation\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf 'In process (ValidationBench, one JingSchematronValidator, the document already parsed by the core):\n\n'
    printf '%s\n\n' "$table"
    printf '`siglum validate` as a process (median of 5 runs, wall time: JVM, Felix, schema compilation and validation):\n\n'
    printf '| command | wall (ms) |\n|---|---|\n'
    printf '| siglum validate FILE (siglum.rng + siglum.sch) | %s |\n' "$cmd_siglum"
    [ -z "$cmd_tei" ] || printf '| siglum validate --schema tei_all FILE | %s |\n' "$cmd_tei"
} >> bench/results.md
printf '%s\n' "$table"
printf 'siglum validate: %s ms; --schema tei_all: %s ms\n' "$cmd_siglum" "$cmd_tei"
