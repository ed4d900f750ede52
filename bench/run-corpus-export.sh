#!/bin/sh
# Real editions through every format: each file of ../shared/corpus (or CORPUS=DIR) exported by bin/siglum in each
# format in a process of its own, with wall time, CPU time and peak resident memory (GNU time), and a dated section
# "Export of real editions" appended to bench/results.md. The peer in the same run is Saxon-HE's own command line
# running an identity transform of the same file (the floor any Java XML tool pays).
# Usage: bench/run-corpus-export.sh [FORMATS]   e.g. bench/run-corpus-export.sh "html pdf"
# Environment: SIGLUM_JAVA_OPTS for the product's JVM (e.g. -Xmx1g), SIGLUM_NO_BUILD to skip building the product.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
formats=${1:-"text html latex pdf"}
corpus=${CORPUS:-$root/../shared/corpus}
[ -d "$corpus" ] || { echo "no corpus at $corpus (set CORPUS)" >&2; exit 2; }
[ -n "${SIGLUM_NO_BUILD:-}" ] || mvn -B -q package -pl product -am -DskipTests
siglum=product/target/siglum/bin/siglum
m2=${MAVEN_REPO:-$HOME/.m2/repository}
saxon_cp="$m2/net/sf/saxon/Saxon-HE/12.10/Saxon-HE-12.10.jar:$m2/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3.jar:$m2/org/xmlresolver/xmlresolver/5.3.3/xmlresolver-5.3.3-data.jar"
work=bench/target/corpus-export
rm -rf "$work"; mkdir -p "$work"
identity="$work/identity.xsl"
cat > "$identity" <<'XSL'
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>
XSL
measure() { # label, command...: prints "wall_s cpu_s peak_mb exit"
    label=$1; shift
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >"$work/$label.out" 2>"$work/$label.err" && rc=0 || rc=$?
    read -r wall user sys peak < "$work/time.txt"
    printf '%s %.1f %d %s' "$wall" "$(awk "BEGIN{print $user + $sys}")" "$((peak / 1024))" "$rc"
}
table="$work/table.md"
printf '| file | size | Saxon identity (wall s / MB) |' > "$table"
for f in $formats; do printf ' %s (wall s / cpu s / MB, exit) |' "$f" >> "$table"; done
printf '\n|---|---:|---:|' >> "$table"; for f in $formats; do printf -- '---:|' >> "$table"; done; printf '\n' >> "$table"
for file in "$corpus"/*.xml; do
    name=$(basename "$file" .xml)
    size=$(( $(stat -c %s "$file") / 1024 ))
    set -- $(measure "$name-saxon" java -cp "$saxon_cp" net.sf.saxon.Transform -s:"$file" -xsl:"$identity" -o:"$work/$name.copy.xml")
    printf '| %s | %d KB | %s / %s |' "$name" "$size" "$1" "$3" >> "$table"
    for f in $formats; do
        set -- $(measure "$name-$f" "$siglum" export "$file" --format "$f" -o "$work/out-$f")
        printf ' %s / %s / %s, %s |' "$1" "$2" "$3" "$4" >> "$table"
    done
    printf '\n' >> "$table"
    tail -1 "$table"
done
{
    printf '\n## Export of real editions\n\n'
    printf '%s, commit %s, %s cores, load before %s; SIGLUM_JAVA_OPTS=%s. bench/run-corpus-export.sh: each cell one process\n' \
        "$(date -u +%Y-%m-%d)" "$(git rev-parse --short HEAD)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "${SIGLUM_JAVA_OPTS:-}"
    printf '(GNU time: wall, user+sys CPU, peak resident memory); exit 0 means every file written.\n\n'
    cat "$table"
} >> bench/results.md
