#!/usr/bin/env bash
# Throughput of the quantize command as a user runs it, through the launcher target/bin/claimcheck (its JVM flags and
# class-data archive), JVM start included: 1,000,000 seeded decimal lines of 17 significant digits, and 20,000 lines
# of 1,000 characters (as many characters in 50 times fewer lines), so that time per character shows whether reading
# is linear in line length. Each figure is given with the JVM's start and exit (the whole command, as issue 16 counts
# it) and without them (the median run on no lines taken off). Then numpy's loadtxt + E4M3 + savetxt on the same
# million lines, when python3 can import numpy.
# Usage: [CLAIMCHECK="java -jar target/claimcheck.jar"] src/bench/sh/quantize-bench.sh [RUNS]
#   CLAIMCHECK is the command run (default target/bin/claimcheck); build first: mvn -B -q package -DskipTests
# Prints the machine's load before and after: figures taken under load are not comparable.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
claimcheck=${CLAIMCHECK:-target/bin/claimcheck}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk 'BEGIN { srand(1); for (i = 0; i < 1000000; i++) printf "%.17g\n", (rand() - 0.5) * 1000 }' > "$work/short.txt"
awk 'BEGIN { srand(2); for (i = 0; i < 20000; i++) { s = (rand() < 0.5 ? "-" : "") "0.";
  for (d = 0; d < 998; d++) s = s int(rand() * 10); print s } }' > "$work/long.txt"
: > "$work/empty.txt"
echo "load before: $(uptime)"
echo "command: $claimcheck quantize --format E4M3"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
start_s=0
for input in empty short long; do
  lines=$(wc -l < "$work/$input.txt")
  chars=$(wc -c < "$work/$input.txt")
  times=()
  for ((i = 1; i <= runs; i++)); do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086 # CLAIMCHECK may be a command with arguments
    $claimcheck quantize --format E4M3 < "$work/$input.txt" > "$work/out.txt"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  t=$(printf '%s\n' "${times[@]}" | median)
  if [ "$input" = empty ]; then
    start_s=$t
    printf 'no lines (the JVM start and exit): median %.3f s of %d runs\n' "$t" "$runs"
    continue
  fi
  printf '%d lines of %d characters: median %.3f s of %d runs; %.2f M values/s with the start, %.2f M without; %.1f M chars/s with the start\n' \
    "$lines" "$((chars / lines))" "$t" "$runs" "$(echo "$lines / $t / 1000000" | bc -l)" \
    "$(echo "$lines / ($t - $start_s) / 1000000" | bc -l)" "$(echo "$chars / $t / 1000000" | bc -l)"
done
if python3 -c 'import numpy' 2> /dev/null; then
  python3 src/bench/sh/codec_peer.py quantize "$work/short.txt"
else
  echo "numpy peer not run: python3 cannot import numpy"
fi
echo "load after: $(uptime)"
