#!/usr/bin/env bash
# Wall time of the whole audit of an article (JVM start, experiments and every report included), as a user runs it.
# Usage: [JAVA_OPTS=...] src/bench/sh/audit-time.sh [RUNS] [ARTICLE_DIR]   (build first: mvn -B -q package -DskipTests)
# Prints each run's wall time and the median, in seconds; nothing else is measured or changed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
article=${2:-claims/deepseek-v3-article}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s.%N)
  status=0
  # shellcheck disable=SC2086 # JAVA_OPTS holds several flags
  java ${JAVA_OPTS:-} -jar target/claimcheck.jar audit "$article" --out "$out" > /dev/null 2>&1 || status=$?
  end=$(date +%s.%N)
  if [ "$status" -gt 1 ]; then
    echo "audit failed with exit status $status" >&2
    exit "$status"
  fi
  t=$(echo "$end - $start" | bc -l)
  times+=("$t")
  printf 'run %d: %.2f s\n' "$i" "$t"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'median of %d runs: %.2f s (%s, %d cores)\n' "$runs" "$median" "$article" "$(nproc)"
