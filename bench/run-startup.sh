#!/bin/sh
# Start-up of the workbench to a usable window with the sample open, as a person sees it: from starting
# `bin/siglum` (no file: the sample edition) until the X server has a mapped top-level window whose title names the
# sample (the title is set once the edition is in the editor and its outline, apparatus and views are filled; the event
# loop is running from then on). Polled with xwininfo every 10 ms under Xvfb; the process is then stopped.
# Peer in the same run: `bin/siglum --help` (the same JVM and Felix start, headless, no window).
# Appends a dated section "Start-up" to bench/results.md.
# Usage: bench/run-startup.sh [ROUNDS]   (default 7; needs xvfb-run and xwininfo: apt-get install xvfb x11-utils)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
rounds=${1:-7}
if [ -z "${SIGLUM_BENCH_IN_X:-}" ]; then
    mvn -B -q package -pl product -am -DskipTests
    SIGLUM_BENCH_IN_X=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
product=product/target/siglum
sample=$(ls "$product"/samples/*.xml | head -1)
name=$(basename "$sample")
config=$(mktemp -d)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

window_times=""
help_times=""
i=0
while [ $i -lt "$rounds" ]; do
    i=$((i + 1))
    start=$(now_ms)
    XDG_CONFIG_HOME=$config XDG_STATE_HOME=$config "$product/bin/siglum" >/dev/null 2>&1 &
    pid=$!
    until xwininfo -root -tree 2>/dev/null | grep -q "\"$name "; do
        if ! kill -0 $pid 2>/dev/null; then echo "the workbench exited before showing $name" >&2; exit 1; fi
        sleep 0.01
    done
    end=$(now_ms)
    kill $pid; wait $pid 2>/dev/null || true
    window_times="$window_times $((end - start))"
    start=$(now_ms)
    "$product/bin/siglum" --help >/dev/null
    end=$(now_ms)
    help_times="$help_times $((end - start))"
done
rm -rf "$config"
window=$(printf '%s\n' $window_times | median)
help=$(printf '%s\n' $help_times | median)
ratio=$(awk -v a="$window" -v b="$help" 'BEGIN {printf "%.2f", a / b}')
table=$(printf '| measure | median of %s (ms) | all rounds (ms) | ratio to `siglum --help` |\n|---|---|---|---|\n' "$rounds"
printf '| `siglum` to a window showing %s | %s | %s | %s |\n' "$name" "$window" "$(echo $window_times | tr ' ' ',')" "$ratio"
printf '| `siglum --help` (JVM + Felix, headless) | %s | %s | 1.00 |\n' "$help" "$(echo $help_times | tr ' ' ',')")
{
    printf '\n## Start-up\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s; load average %s\n' "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n\n' "$(git rev-parse --short HEAD)"
    printf '%s\n' "$table"
} >> bench/results.md
printf '%s\n' "$table"
