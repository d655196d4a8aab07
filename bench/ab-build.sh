#!/usr/bin/env bash
# Cold `dotnet build`s of one consumer project with the generator and targets of two commits, in
# alternation (A B A B ...), for the fixed costs of a small site (issue #26): this tree (A) against
# BASE (B, any commit, extracted with `git archive`). Each build starts from clean with a fresh
# compiler; the ratio is taken pair by pair, since this 2-core machine's speed drifts.
#
#   bash bench/ab-build.sh BASE [posts=1000] [pairs=5] [corpus=md]
#
# corpus: md (bench/ContentGen.Corpus's Markdown posts: one ```js block each), text (the same
# posts with the block's info set to `text`: code no highlighter colours), none (no posts).
# A_PROPS / B_PROPS: extra msbuild arguments for one side (e.g. B_PROPS=-p:ContentGenHighlightCode=false).
# A_ANALYZERS_DIR / B_ANALYZERS_DIR: a folder of the generator's assemblies to use instead of
# the side's build output (e.g. ReadyToRun copies), same file names.
# A benchmark, never a test: numbers go to docs/performance.md with this command.
set -euo pipefail
base=${1:?usage: ab-build.sh BASE [posts] [pairs] [corpus]}
posts=${2:-1000}
pairs=${3:-5}
corpus=${4:-md}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-ab-$posts-$corpus}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$work"
mkdir -p "$work/base-tree"
git -C "$repo" archive "$base" | tar -x -C "$work/base-tree"

dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
dotnet "$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll" corpus-md "$posts" "$work/corpus" >/dev/null
case "$corpus" in
  md) ;;
  text) find "$work/corpus" -name '*.md' -exec sed -i 's/^```js$/```text/' {} + ;;
  none) rm -rf "$work/corpus"; mkdir -p "$work/corpus" ;;
  *) echo "corpus: md, text or none" >&2; exit 2 ;;
esac

project() { # $1: tree, $2: folder, $3: analyzers folder override
  local tree=$1 dir=$2 analyzers
  for p in src/ContentGen src/ContentGen.Tasks src/ContentGen.Abstractions; do
    dotnet build -c Release "$tree/$p" -nologo -v:q >/dev/null
  done
  analyzers=$(dotnet msbuild "$tree/src/ContentGen/ContentGen.csproj" -getTargetResult:GetTargetPath -p:Configuration=Release -nologo \
    | grep -o '"FullPath": "[^"]*"' | cut -d'"' -f4)
  if [ -n "$3" ]; then analyzers=$(for f in $analyzers; do echo "$3/$(basename "$f")"; done); fi
  analyzers=$(echo "$analyzers" | sed 's|.*|<Analyzer Include="&" />|' | tr -d '\n')
  mkdir -p "$dir"
  cp -r "$work/corpus" "$dir/Content"
  echo 'System.Console.WriteLine(Bench.Articles.All.Count);' > "$dir/Program.cs"
  cat > "$dir/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$tree/src/ContentGen/build/ContentGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
    <ContentGenTasksAssembly>$tree/src/ContentGen.Tasks/bin/Release/netstandard2.0/ContentGen.Tasks.dll</ContentGenTasksAssembly>
  </PropertyGroup>
  <ItemGroup>$analyzers<Reference Include="$tree/src/ContentGen.Abstractions/bin/Release/net8.0/ContentGen.Abstractions.dll" /></ItemGroup>
  <Import Project="$tree/src/ContentGen/build/ContentGen.targets" />
</Project>
XML
}
project "$repo" "$work/a" "${A_ANALYZERS_DIR:-}"
project "$work/base-tree" "$work/b" "${B_ANALYZERS_DIR:-}"

cold() { # $1: a or b; prints wall seconds, user+system seconds
  local dir=$work/$1 props=${A_PROPS:-}
  [ "$1" = b ] && props=${B_PROPS:-}
  rm -rf "$dir/bin" "$dir/obj"
  # shellcheck disable=SC2086
  (cd "$dir" && /usr/bin/time -f 'TIME %e %U %S' dotnet build -nologo -v:q -clp:NoSummary $props >/dev/null 2>"$dir.err") || { cat "$dir.err" >&2; exit 1; }
  grep '^TIME' "$dir.err" | awk '{ printf "%.2f %.2f\n", $2, $3 + $4 }'
}
cold a >/dev/null; cold b >/dev/null # restore and first-run costs, not measured
echo "pair  A wall  B wall  A/B wall  A cpu  B cpu  A/B cpu"
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) = 1 ]; then read -r aw ac <<<"$(cold a)"; read -r bw bc <<<"$(cold b)"; else read -r bw bc <<<"$(cold b)"; read -r aw ac <<<"$(cold a)"; fi
  printf '%4d %7.2f %7.2f %9.3f %6.2f %6.2f %8.3f\n' "$i" "$aw" "$bw" "$(echo "$aw / $bw" | bc -l)" "$ac" "$bc" "$(echo "$ac / $bc" | bc -l)"
done | tee "$work/pairs.txt"
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f (%.3f-%.3f)", m, v[1], v[NR] }'; }
echo "median A/B: wall $(awk '{ print $4 }' "$work/pairs.txt" | median), cpu $(awk '{ print $7 }' "$work/pairs.txt" | median)"
