#!/bin/sh
# The long round of the fuzz test (product/fuzz FuzzTest): SECONDS per target (default 300) with a seed (default
# the date), then appends "inputs tried, failures" per target to bench/results.md. Builds in the reactor with
# `verify` (never install); the short round of the same test runs in every build.
#   bench/run-fuzz.sh [SECONDS] [SEED]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
seconds=${1:-300}
seed=${2:-$(date -u +%Y%m%d)}
rm -f product/fuzz/target/fuzz-results.tsv
status=0
mvn -B -q verify -pl product/fuzz -am -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsiglum.fuzz.seconds="$seconds" -Dsiglum.fuzz.seed="$seed" || status=$?
results=product/fuzz/target/fuzz-results.tsv
[ -f "$results" ] || { echo "run-fuzz: no results (build failed before the fuzz test ran)" >&2; exit 1; }
{
    [ -f bench/results.md ] || printf '# Benchmark results\n'
    printf '\n## Fuzzing (long round)\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s; load average %s\n' "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n' "$(git rev-parse --short HEAD)"
    printf -- '- budget: %s s per target, seed %s (per target: seed XOR the hash of its name); a hang is no result within 20 s\n\n' "$seconds" "$seed"
    printf '| target | what is checked | inputs tried | failures | seconds |\n|---|---|---|---|---|\n'
    while IFS="$(printf '\t')" read -r target tseed inputs failures secs; do
        case "$target" in
            xml-core) what="EditionDocument.parse of mutated editions: only EditionException; offsets inside the text; toBytes gives the bytes back" ;;
            ocr-import) what="OCR import of generated and mutated texts: well-formed TEI whose OCR witness is the text" ;;
            bibtex) what="BibTeX parse and import of mutated .bib files: only BibliographyException; the edition stays well-formed" ;;
            csl-json) what="CSL-JSON parse and import of mutated JSON: only BibliographyException; the edition stays well-formed" ;;
            tokeniser) what="ICU tokens cover the text exactly; collation of a text against its mutation never fails" ;;
            *) what="" ;;
        esac
        printf '| %s | %s | %s | %s | %s |\n' "$target" "$what" "$inputs" "$failures" "$secs"
    done < "$results"
} >> bench/results.md
cat "$results"
exit "$status"
