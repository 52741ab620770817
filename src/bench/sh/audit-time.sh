#!/usr/bin/env bash
# Wall time of the whole audit of an article (JVM start, experiments and every report included), as a user runs it:
# through the launcher target/bin/claimcheck, or the command CLAIMCHECK names (e.g. CLAIMCHECK="java -jar
# target/claimcheck.jar" for the plain jar).
# Usage: [CLAIMCHECK=...] src/bench/sh/audit-time.sh [RUNS] [ARTICLE_DIR]   (build first: mvn -B -q package -DskipTests)
# Prints each run's wall and CPU time, the median wall time, and the machine's load before and after; nothing else is
# measured or changed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
article=${2:-claims/deepseek-v3-article}
launch=${CLAIMCHECK:-target/bin/claimcheck}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load before: $(uptime | sed 's/.*load average/load average/')"
times=()
for ((i = 1; i <= runs; i++)); do
  status=0
  # shellcheck disable=SC2086 # CLAIMCHECK may hold a command and its flags
  /usr/bin/time -f '%e %U %S' -o "$out/time" $launch audit "$article" --out "$out/reports" > /dev/null 2>&1 \
    || status=$?
  if [ "$status" -gt 1 ]; then
    echo "audit failed with exit status $status" >&2
    exit "$status"
  fi
  # the last line: /usr/bin/time writes "Command exited with non-zero status 1" before it for a flagged audit
  read -r wall user system < <(tail -n 1 "$out/time")
  times+=("$wall")
  printf 'run %d: %.2f s wall, %.2f s user, %.2f s system\n' "$i" "$wall" "$user" "$system"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'median of %d runs: %.2f s (%s, %s, %d cores)\n' "$runs" "$median" "$launch" "$article" "$(nproc)"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
