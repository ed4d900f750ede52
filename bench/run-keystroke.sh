#!/bin/sh
# Keystroke to updated highlighting and outline in the real workbench window, on the sample and on a ~5 MB edition,
# against a bare SWT StyledText in the same run (see src/ui/java/org/siglum/bench/KeystrokeBench.java).
# Appends a dated section "Keystroke" to bench/results.md.
# Usage: bench/run-keystroke.sh [ROUNDS]   (default 15; needs xvfb-run)
# Builds the workbench and what it needs in the reactor (package, never install) and runs under Xvfb.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
rounds=${1:-15}
wb=bundles/siglum.ui.workbench
mvn -B -q package dependency:build-classpath -pl "$wb" -am -DskipTests \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# as in the workbench's tests: equinox.common's signed jar replaced by its unsigned copy (see the module's pom)
cp=$(tr ':' '\n' < "$wb/target/bench-classpath.txt" | grep -v 'org.eclipse.equinox.common' | tr '\n' ':')
cp="$cp$wb/target/unsigned-equinox-common:$wb/target/classes"
mkdir -p bench/target/ui-classes
javac -d bench/target/ui-classes -cp "$cp" bench/src/ui/java/org/siglum/bench/KeystrokeBench.java
table=$(xvfb-run -a -s "-screen 0 1600x1000x24" java -Xmx2g -cp "bench/target/ui-classes:$cp" \
    org.siglum.bench.KeystrokeBench "$root" "$root/bench/target/keystroke" "$rounds")
{
    printf '\n## Keystroke\n\n'
    printf -- '- date: %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf -- '- machine: %s cores (nproc), %s; load average %s\n' "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- java: %s\n' "$(java -version 2>&1 | head -1)"
    printf -- '- commit: %s\n' "$(git rev-parse --short HEAD)"
    printf -- '- rounds: %s timed after 5 warm-up, medians; the window under Xvfb with its validation, suspects and views running\n\n' "$rounds"
    printf '%s\n' "$table"
} >> bench/results.md
printf '%s\n' "$table"
