#!/usr/bin/env bash
# Paired comparison of two builds on the whole audit of an article: each pair runs build A and build B back to back,
# the order flipped every other pair, so that the machine's slow and fast minutes fall on both alike. Prints each
# build's median and fastest wall time and the mean of the pairs' differences B − A with its 95% interval (twice the
# standard error): on a machine whose speed drifts by a quarter from one quarter hour to the next, a difference is
# only taken as real when that interval excludes 0.
# A build is a folder holding a copy of target/bin and target/claimcheck.jar (cp -r target/bin target/claimcheck.jar
# DIR); each gets its own class-data archive from a first, untimed run.
# Usage: src/bench/sh/audit-ab.sh PAIRS BUILD_A BUILD_B [ARTICLE_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
pairs=$1
a=$2
b=$3
article=${4:-claims/deepseek-v3-article}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for build in "$a" "$b"; do
  rm -f "$build/claimcheck.jsa"
  "$build/bin/claimcheck" audit "$article" --out "$out/reports" > /dev/null 2>&1 || [ $? -eq 1 ]
done
run() {
  /usr/bin/time -f '%e' -o "$out/time" "$1/bin/claimcheck" audit "$article" --out "$out/reports" > /dev/null 2>&1 \
    || [ $? -eq 1 ]
  tail -n 1 "$out/time"
}
echo "load before: $(uptime | sed 's/.*load average/load average/')"
for ((i = 0; i < pairs; i++)); do
  if ((i % 2)); then tb=$(run "$b"); ta=$(run "$a"); else ta=$(run "$a"); tb=$(run "$b"); fi
  echo "$ta $tb" >> "$out/pairs"
done
echo "load after: $(uptime | sed 's/.*load average/load average/')"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf 'A %s: median %.3f s, fastest %.2f s\n' "$a" "$(cut -d' ' -f1 "$out/pairs" | median)" \
  "$(cut -d' ' -f1 "$out/pairs" | sort -n | head -1)"
printf 'B %s: median %.3f s, fastest %.2f s\n' "$b" "$(cut -d' ' -f2 "$out/pairs" | median)" \
  "$(cut -d' ' -f2 "$out/pairs" | sort -n | head -1)"
awk '{d = $2 - $1; n++; sum += d; sq += d * d}
  END {mean = sum / n; sd = sqrt((sq - n * mean * mean) / (n - 1));
       printf "B - A: mean %+.0f ms, 95%% interval ±%.0f ms, over %d pairs\n", mean * 1000, 2 * sd / sqrt(n) * 1000, n}' \
  "$out/pairs"
