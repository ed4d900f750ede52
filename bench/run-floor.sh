#!/bin/sh
# Whole commands against the floor any Java XML tool pays: Saxon-HE's own command line running an identity transform of
# the sample (issue 16). Alternating rounds, each command then the floor; medians of wall time and of CPU time
# (user + system, from /usr/bin/time). Usage: bench/run-floor.sh [ROUNDS] [PRODUCT]   (default 5, product/target/siglum)
# PRODUCT may be another build of Siglum (a worktree's product/target/siglum) to compare two in one run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
rounds=${1:-5}
product=${2:-product/target/siglum}
m2=${MAVEN_REPO:-$HOME/.m2/repository}
saxon_cp="$m2/net/sf/saxon/Saxon-HE/12.10/Saxon-HE-12.10.jar:$m2/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3.jar:$m2/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3-data.jar"
sample=samples/chapter-3.xml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/identity.xsl" <<'XSL'
<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0">
  <xsl:mode on-no-match="shallow-copy"/>
</xsl:stylesheet>
XSL
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# one run: prints "WALL_MS CPU_MS"
measure() {
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1 || true
    awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/t"
}
floor() { measure java -cp "$saxon_cp" net.sf.saxon.Transform -s:"$sample" -xsl:"$work/identity.xsl" -o:"$work/id.xml"; }
run() {
    label=$1; shift
    walls=""; cpus=""; fwalls=""; fcpus=""
    i=0
    while [ $i -lt "$rounds" ]; do
        i=$((i + 1))
        set -- "$@"
        r=$(measure "$@"); walls="$walls ${r% *}"; cpus="$cpus ${r#* }"
        f=$(floor); fwalls="$fwalls ${f% *}"; fcpus="$fcpus ${f#* }"
    done
    w=$(printf '%s\n' $walls | median); c=$(printf '%s\n' $cpus | median)
    fw=$(printf '%s\n' $fwalls | median); fc=$(printf '%s\n' $fcpus | median)
    printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$w" "$c" "$fw" "$fc" \
        "$(awk -v a="$c" -v b="$fc" 'BEGIN {printf "%.2f", a / b}')"
}
bin="$product/bin/siglum"
{
    printf '| command | wall (ms) | CPU (ms) | floor wall (ms) | floor CPU (ms) | CPU ratio to the floor |\n|---|---|---|---|---|---|\n'
    run '`siglum --help`' "$bin" --help
    run '`siglum info` sample' "$bin" info "$sample"
    run '`siglum validate` sample' "$bin" validate "$sample"
    run '`siglum export --format html` sample' "$bin" export "$sample" --format html -o "$work/out-html"
    run '`siglum export --format pdf` sample' "$bin" export "$sample" --format pdf -o "$work/out-pdf"
}
