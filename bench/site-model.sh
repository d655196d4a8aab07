#!/usr/bin/env bash
# The site model's build cost (issue #21): the side-by-side benchmark's Markdown corpus built by a
# console project with ContentGen, as plain posts ("posts") and as a site ("site": the same posts,
# each naming one of 200 authors in Content/data/authors.yaml through a [DataCollection], with 2-4
# of 500 tags, so Articles.AllTags and Post.WithAuthor are computed). Interleaved rounds, each:
# a build from clean, a build after one paragraph of one post changed, and (site only) a build
# after one author's bio changed. Prints every measurement (wall seconds; CPU seconds, user +
# system of every process the build waited for, which a loaded machine disturbs far less than
# wall time; peak memory of the largest process) and the median per case. A fresh compiler per
# build, as CI and this machine run.
#
#   bash bench/site-model.sh [posts=10000] [rounds=3] [authors=200] [tags=500]
#
# A benchmark, never a test: the numbers go to docs/performance.md with this command.
set -uo pipefail
posts=${1:-10000}
rounds=${2:-3}
authors=${3:-200}
tags=${4:-500}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-site-model-$posts}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
/usr/bin/time -f %M true 2>/dev/null || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
bin="$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0"
# The image-size task (ContentGenImageSizes, on by default) runs from its own build output.
dotnet build -c Release "$repo/src/ContentGen.Tasks" -nologo -v:q >/dev/null
tasks="$repo/src/ContentGen.Tasks/bin/Release/netstandard2.0/ContentGen.Tasks.dll"
# The generator and the assemblies it loads beside it, from its own GetTargetPath (one list, in ContentGen.csproj).
analyzers=$(dotnet msbuild "$repo/src/ContentGen/ContentGen.csproj" -getTargetResult:GetTargetPath -p:Configuration=Release -nologo \
  | grep -o '"FullPath": "[^"]*"' | cut -d'"' -f4 | sed 's|.*|<Analyzer Include="&" />|' | tr -d '\n')

project() { # $1: folder, $2: Program.cs text
  mkdir -p "$1"
  echo "$2" > "$1/Program.cs"
  cat > "$1/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/ContentGen/build/ContentGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
    <ContentGenTasksAssembly>$tasks</ContentGenTasksAssembly>
  </PropertyGroup>
  <ItemGroup>
    $analyzers
    <Reference Include="$bin/ContentGen.Abstractions.dll" />
  </ItemGroup>
  <Import Project="$repo/src/ContentGen/build/ContentGen.targets" />
</Project>
XML
}

project "$work/posts" 'System.Console.WriteLine(Bench.Articles.All.Count);'
dotnet "$bin/ContentGen.Benchmarks.dll" corpus-md "$posts" "$work/posts/Content"
project "$work/site" 'System.Console.WriteLine($"{Bench.Articles.All.Count} {Bench.Author.All.Count} {Bench.Articles.AllTags.Count} {Bench.Post.WithAuthor(Bench.Author.All[0]).Count}");'
dotnet "$bin/ContentGen.Benchmarks.dll" corpus-site "$posts" "$work/site/Content" "$work/site/Site.cs" "$authors" "$tags"
edit=$(cd "$work/posts/Content" && find posts -name '*.md' | sort | sed -n "$((posts / 2 + 1))p")
echo "corpus: $posts posts ($(du -sh "$work/posts/Content" | cut -f1)); site: + $authors authors, $tags tags; the edit changes $edit"

# One clean run of each first: restore, and a check that the site builds and reads what it should.
for case in posts site; do
  (cd "$work/$case" && dotnet build -nologo -v:q -clp:ErrorsOnly >/dev/null && dotnet run --no-build) || { echo "$case does not build" >&2; exit 1; }
done

measure() { # $1: case, $2: what, then the command
  local case=$1 what=$2; shift 2
  local out
  local wall user sys peak code
  read -r wall user sys peak code < <( { /usr/bin/time -f "%e %U %S %M %x" "$@" >/dev/null; } 2>&1 | tail -1)
  # A failed build (an error in the content) measures something else: stop.
  [ "$code" = 0 ] || { echo "$case $what: the build failed (exit $code); rerun it in $work/$case to see why" >&2; exit 1; }
  echo -e "$case\t$what\t$wall\t$(echo "$user + $sys" | bc)\t$(( peak / 1024 ))" | tee -a "$work/results.tsv"
}

echo -e "case\tbuild\twall_s\tcpu_s\tpeak_MB" | tee "$work/results.tsv"
for round in $(seq "$rounds"); do
  for case in posts site; do
    dir="$work/$case"
    rm -rf "$dir/obj" "$dir/bin"
    (cd "$dir" && dotnet restore -v:q >/dev/null)
    measure "$case" cold sh -c "cd '$dir' && exec dotnet build --no-restore -nologo -v:q -p:UseSharedCompilation=false"
    printf '\nAn edited paragraph, round %s, changes this post only.\n' "$round" >> "$dir/Content/$edit"
    measure "$case" post-edit sh -c "cd '$dir' && exec dotnet build --no-restore -nologo -v:q -p:UseSharedCompilation=false"
    if [ "$case" = site ]; then
      # No ': ' in the new text: it must stay one YAML scalar.
      sed -i "0,/  bio: Writes about/s//  bio: In round $round, writes about/" "$dir/Content/data/authors.yaml"
      measure "$case" bio-edit sh -c "cd '$dir' && exec dotnet build --no-restore -nologo -v:q -p:UseSharedCompilation=false"
    fi
  done
done

echo
echo "medians (wall s, cpu s, peak MB; min-max of cpu):"
tail -n +2 "$work/results.tsv" | cut -f1,2 | sort -u | while IFS=$'\t' read -r case what; do
  rows=$(awk -F'\t' -v c="$case" -v w="$what" '$1 == c && $2 == w' "$work/results.tsv")
  n=$(echo "$rows" | wc -l)
  median() { echo "$rows" | cut -f"$1" | sort -n | sed -n "$(( (n + 1) / 2 ))p"; }
  printf '  %-6s %-10s %7s s wall  %7s s cpu  %5s MB  (%d runs, cpu %s-%s s)\n' "$case" "$what" "$(median 3)" "$(median 4)" "$(median 5)" "$n" "$(echo "$rows" | cut -f4 | sort -n | head -1)" "$(echo "$rows" | cut -f4 | sort -n | tail -1)"
done
