#!/usr/bin/env bash
# The cost of compile-time rendering (docs/performance.md, "Rendering"): cold `dotnet build`s of the
# bench Markdown corpus (one fenced JavaScript block per post) with one PNG per post, with every
# feature on and with each one off, in rotating order; then the image-size task alone on those
# images: cold (no table, no cache), no-op (nothing changed) and one image changed.
#   bash bench/rendering.sh [posts=10000] [rounds=3]
set -euo pipefail
posts=${1:-10000}
rounds=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-rendering-$posts}
results=$work/results.tsv
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
bin="$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0"
tasks="$repo/src/ContentGen.Tasks/bin/Release/netstandard2.0/ContentGen.Tasks.dll"
# The generator and the assemblies it loads beside it, from its own GetTargetPath (one list, in ContentGen.csproj).
analyzers=$(dotnet msbuild "$repo/src/ContentGen/ContentGen.csproj" -getTargetResult:GetTargetPath -p:Configuration=Release -nologo \
  | grep -o '"FullPath": "[^"]*"' | cut -d'"' -f4 | sed 's|.*|<Analyzer Include="&" />|' | tr -d '\n')
dotnet "$bin/ContentGen.Benchmarks.dll" corpus-md "$posts" "$work/corpus"
dotnet "$bin/ContentGen.Benchmarks.dll" add-images "$work/corpus"

project() { # $1: name, $2: properties
  mkdir -p "$work/$1"
  cp -r "$work/corpus" "$work/$1/Content"
  echo 'System.Console.WriteLine(Bench.Articles.All.Count);' > "$work/$1/Program.cs"
  cat > "$work/$1/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/ContentGen/build/ContentGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
    <ContentGenTasksAssembly>$tasks</ContentGenTasksAssembly>
    $2
  </PropertyGroup>
  <ItemGroup>$analyzers<Reference Include="$bin/ContentGen.Abstractions.dll" /></ItemGroup>
  <Import Project="$repo/src/ContentGen/build/ContentGen.targets" />
</Project>
XML
}

variants=(all no-highlight no-images none)
project all ""
project no-highlight "<ContentGenHighlightCode>false</ContentGenHighlightCode>"
project no-images "<ContentGenImageSizes>false</ContentGenImageSizes>"
project none "<ContentGenHighlightCode>false</ContentGenHighlightCode><ContentGenImageSizes>false</ContentGenImageSizes>"

# Restore and a first build of each, not measured.
for v in "${variants[@]}"; do (cd "$work/$v" && dotnet build -nologo -v:q >/dev/null); done

: > "$results"
for round in $(seq 1 "$rounds"); do
  order=("${variants[@]:round % 4}" "${variants[@]:0:round % 4}")
  for v in "${order[@]}"; do
    rm -rf "$work/$v/bin" "$work/$v/obj/Debug"
    line=$(cd "$work/$v" && { /usr/bin/time -f 'TIME %e %M' dotnet build -nologo -v:q -clp:NoSummary >/dev/null; } 2>&1 | grep '^TIME' | tail -1)
    read -r _ seconds kb <<<"$line"
    printf '%s\t%s\t%s\t%s\n' "$v" "$round" "$seconds" "$kb" >> "$results"
    printf '%-13s round %s: %6.2f s, peak %5.0f MB\n' "$v" "$round" "$seconds" "$(echo "$kb / 1024" | bc -l)"
  done
done

echo
echo "posts=$posts rounds=$rounds, cold builds: median (min-max) seconds"
awk -F'\t' '{ t[$1] = t[$1] " " $3 }
  END { for (k in t) { n = split(substr(t[k], 2), v, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
        printf "%-13s %6.2f s (%.2f-%.2f)\n", k, (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2, v[1], v[n] } }' "$results" | sort

# The task alone (MSBuild's own task timer): cold, no-op, one image changed.
task() {
  (cd "$work/all" && dotnet msbuild -t:ContentGenImageTable -nologo -v:q -clp:PerformanceSummary 2>&1) \
    | awk '/Task Performance Summary/ { s = 1 } s && /ReadImageSizes/ { print $1 " ms"; found = 1 } END { if (!found) print "not run" }'
}
obj="$work/all/obj/Debug/net10.0"
rm -f "$obj"/ContentGen.images*
echo "image-size task, $posts images: cold $(task)"
echo "image-size task, nothing changed: $(task)"
first=$(find "$work/all/Content" -name '*.png' | sort | head -1)
touch "$first"
echo "image-size task, one image touched: $(task)"
echo "(raw measurements: $results)"
