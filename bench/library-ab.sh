#!/usr/bin/env bash
# The runtime library IL (lib/net8.0 in the package) against its ReadyToRun copy (runtimes/RID/lib/net10.0,
# what a net10.0 app on linux-x64, win-x64 or osx-arm64 loads), in alternation (IL R2R IL R2R ...),
# for issue #23's first-use target. Each round runs the `app` probe (5 fresh processes of a
# one-article app) once per side; medians over all processes. With READALL=1 it also runs the
# `readall` probe (10,000 posts, 1 round per side per pair) and prints its median lines.
#
#   bash bench/library-ab.sh [pairs=5] [articles=1]
#
# SIDES: what to alternate, each a CONTENTGEN_BENCH_LIBRARY value (il, r2r, or the path of a
# ContentGen.Abstractions.dll made from the same build, e.g. a ReadyToRun copy compiled another way).
#
# A benchmark, never a test: numbers go to docs/performance.md with this command.
set -euo pipefail
pairs=${1:-5}
articles=${2:-1}
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
bench="$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll"
read -r -a sides <<<"${SIDES:-il r2r}"
out=$(mktemp -d)
for ((i = 1; i <= pairs; i++)); do
  for ((s = 0; s < ${#sides[@]}; s++)); do
    CONTENTGEN_BENCH_LIBRARY=${sides[s]} dotnet "$bench" app "$articles" >>"$out/app-$s.txt"
    if [[ "${READALL:-0}" == 1 ]]; then
      CONTENTGEN_BENCH_LIBRARY=${sides[s]} dotnet "$bench" readall 10000 1 | sed -n '/^medians/,$p' >>"$out/readall-$s.txt"
    fi
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for ((s = 0; s < ${#sides[@]}; s++)); do
  side=${sides[s]}
  grep -m1 "^ContentGen.Abstractions" "$out/app-$s.txt"
  touch=$(sed -n 's/^touch one article \([0-9.]*\) ms.*/\1/p' "$out/app-$s.txt" | median)
  read=$(sed -n 's/.*read its first paragraph \([0-9.]*\) ms.*/\1/p' "$out/app-$s.txt" | median)
  jit=$(sed -n 's/.*JIT: touch [0-9]* methods in \([0-9.]*\) ms, read [0-9]* methods in \([0-9.]*\) ms.*/\1 \2/p' "$out/app-$s.txt" | awk '{ print $1 + $2 }' | median)
  n=$(grep -c '^touch one article' "$out/app-$s.txt")
  echo "  $side: touch one article $touch ms, read its first paragraph $read ms, JIT in both $jit ms (medians of $n processes)"
  if [[ -f "$out/readall-$s.txt" ]]; then
    for name in "every Html" "20 newest with" "one article"; do
      grep "^  $name" "$out/readall-$s.txt" | sed 's/: \([0-9.]*\) ms |.*/ \1/' | awk -v n="$name" '{ print $NF }' | median | sed "s/^/    readall $name (median of per-round medians, ms): /"
    done
  fi
done
rm -rf "$out"
