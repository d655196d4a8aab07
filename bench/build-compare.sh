#!/usr/bin/env bash
# Whole `dotnet build` of a C10k project with the generator, against the same project with the
# generated files checked in as plain .cs (no generator). Prints each timed build.
#   bash bench/build-compare.sh [articles] [rounds]
set -euo pipefail
articles=${1:-10000}
rounds=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/contentgen-build-compare.XXXX)

dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
dotnet "$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll" corpus "$articles" "$work/generated/Content"
bin="$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0"
# The generator and the assemblies it loads beside it, from its own GetTargetPath (one list, in ContentGen.csproj).
analyzers=$(dotnet msbuild "$repo/src/ContentGen/ContentGen.csproj" -getTargetResult:GetTargetPath -p:Configuration=Release -nologo \
  | grep -o '"FullPath": "[^"]*"' | cut -d'"' -f4 | sed 's|.*|<Analyzer Include="&" />|' | tr -d '\n')

cat > "$work/generated/Generated.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/ContentGen/build/ContentGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <ContentGenTasksAssembly>$repo/src/ContentGen.Tasks/bin/Release/netstandard2.0/ContentGen.Tasks.dll</ContentGenTasksAssembly>
  </PropertyGroup>
  <ItemGroup>
    $analyzers
    <Reference Include="$bin/ContentGen.Abstractions.dll" />
  </ItemGroup>
  <Import Project="$repo/src/ContentGen/build/ContentGen.targets" />
</Project>
XML
echo 'System.Console.WriteLine(Bench.Articles.All.Count);' > "$work/generated/Program.cs"
dotnet build "$work/generated" -nologo -v:q -c Release >/dev/null

mkdir -p "$work/checkedin"
cp "$work/generated/Program.cs" "$work/checkedin/"
cp "$work/generated"/obj/Release/net10.0/generated/ContentGen/*/*.g.cs "$work/checkedin/"
cat > "$work/checkedin/CheckedIn.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$bin/ContentGen.Abstractions.dll" />
  </ItemGroup>
</Project>
XML
dotnet build "$work/checkedin" -nologo -v:q -c Release >/dev/null

for round in $(seq 1 "$rounds"); do
  for project in generated checkedin; do
    start=$(date +%s.%N)
    dotnet build "$work/$project" -nologo -v:q -c Release --no-incremental >/dev/null
    end=$(date +%s.%N)
    printf '%s round %s: %.2f s\n' "$project" "$round" "$(echo "$end - $start" | bc)"
  done
done
echo "(projects left in $work)"
