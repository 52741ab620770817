#!/usr/bin/env bash
# How the audit grows with the number of claims: the seed article's text and claims repeated N times (claim ids and
# the claims they cite suffixed per copy, every quote standing in the text), audited as a user runs it, for each N.
# Usage: [CLAIMCHECK=...] src/bench/sh/audit-scaling.sh [N ...]   (default: 1 16 64; CLAIMCHECK as in audit-time.sh;
#        build first: mvn -B -q package -DskipTests)
# Prints, per N: claims, wall time, user and system CPU time, peak RSS (from /usr/bin/time -v), report.html size.
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)
launch=${CLAIMCHECK:-$repo/target/bin/claimcheck}
seed=claims/deepseek-v3-article
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 16 64)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/claims"
cp -r claims/library "$work/claims/library"
ids=$(grep -h '^  - id: ' "$seed"/claims/*.yaml | sed 's/^  - id: //')

# The article folder of N copies: article.txt N times, article.yaml as is, each claim file N times with its ids and
# the {claim: ID} references among them suffixed -cK.
build() {
  local n=$1 folder=$2
  mkdir -p "$folder/claims"
  cp "$seed/article.yaml" "$folder/article.yaml"
  : > "$folder/article.txt"
  for ((k = 1; k <= n; k++)); do
    cat "$seed/article.txt" >> "$folder/article.txt"
  done
  local rename=()
  for id in $ids; do
    rename+=(-e "s/^  - id: $id\$/  - id: $id-cK/" -e "s/{claim: $id}/{claim: $id-cK}/g")
  done
  for file in "$seed"/claims/*.yaml; do
    local name
    name=$(basename "$file" .yaml)
    for ((k = 1; k <= n; k++)); do
      sed "${rename[@]}" "$file" | sed "s/-cK\\b/-c$k/g" > "$folder/claims/$name-$k.yaml"
    done
  done
}

printf '%6s %7s %9s %9s %9s %10s %12s\n' N claims wall_s user_s sys_s rss_mib html_bytes
for n in "${sizes[@]}"; do
  folder="$work/claims/seed-x$n"
  build "$n" "$folder"
  status=0
  # shellcheck disable=SC2086 # CLAIMCHECK may hold a command and its flags
  /usr/bin/time -v -o "$work/time-$n.txt" $launch audit "$folder" --out "$work/out-$n" > "$work/stdout-$n.txt" \
    2> "$work/stderr-$n.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "audit of N=$n failed with exit status $status:" >&2
    tail -5 "$work/stderr-$n.txt" >&2
    exit "$status"
  fi
  field() { grep "$1" "$work/time-$n.txt" | sed 's/.*: //'; }
  wall=$(field 'Elapsed (wall clock)' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  claims=$(grep -o '^[0-9]* claims' "$work/stdout-$n.txt" | cut -d' ' -f1)
  printf '%6d %7s %9.2f %9.2f %9.2f %10.0f %12d\n' "$n" "$claims" "$wall" "$(field 'User time')" \
    "$(field 'System time')" "$(echo "$(field 'Maximum resident set size') / 1024" | bc -l)" \
    "$(stat -c %s "$work/out-$n/report.html")"
done
echo "load: $(uptime | sed 's/.*load average/load average/'), $(nproc) cores"
