#!/usr/bin/env bash
# The real-corpus check of issue #15 (docs/reliability.md, "A real documentation set"): build
# MicrosoftDocs/PowerShell-Docs as a new user would, with default settings, and sort every
# diagnostic left into kinds. Nothing of that repository is committed here; this script reads a
# copy you have.
#
#   bash bench/real-corpus/powershell-docs.sh <PowerShell-Docs git directory or work tree>
#
# What it builds, into a fresh console project that references a freshly packed ContentGen (a
# unique version, so no stale package from the NuGet cache) through a private feed:
#   Content/docs-conceptual, Content/7.5, Content/media, Content/includes   (from reference/)
# the conceptual docs, the 7.5 cmdlet reference, the shared media they show and the include files
# they link to: the same relative layout as in the repository, so every relative link means what
# it means there. A file whose blob is absent from a partial clone becomes an empty placeholder
# (counted and printed), so a missing download is never counted as a broken link.
# Then CmdletPage.cs declares a typed collection over the 7.5 reference that binds every front
# matter key those pages use (ms.date with [FrontMatter("ms.date", Format = "MM/dd/yyyy")],
# "Module Name", "online version", ...), and the project is built again.
# classify.py sorts the diagnostics: it looks each missing link target up in the repository's
# tree and in its redirection files.
set -euo pipefail
source=${1:?usage: powershell-docs.sh <PowerShell-Docs git directory or work tree>}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-powershell-docs}
version=0.0.0-ps$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work" && mkdir -p "$work/src" "$work/feed"

# 1. The content: reference/ and redir/ of HEAD.
if git -C "$source" rev-parse --is-bare-repository >/dev/null 2>&1; then
  git -C "$source" ls-tree -r HEAD --name-only > "$work/tree.txt"
  missing=0
  while IFS= read -r path; do
    mkdir -p "$work/src/$(dirname "$path")"
    if ! git -C "$source" cat-file blob "HEAD:$path" > "$work/src/$path" 2>/dev/null; then
      : > "$work/src/$path"; missing=$((missing + 1)); echo "absent from the clone (empty placeholder): $path"
    fi
  done < <(grep -E '^(reference|redir)/' "$work/tree.txt")
  echo "$missing files absent from the clone"
else
  (cd "$source" && find reference redir -type f | sort) > "$work/tree.txt"
  cp -r "$source/reference" "$source/redir" "$work/src/"
fi

# 2. A new project, as the README says: dotnet new console, dotnet add package ContentGen.
dotnet pack "$repo/ContentGen.sln" -nologo -v:q -o "$work/feed" -p:Version="$version" >/dev/null
cat > "$work/nuget.config" <<EOF
<configuration>
  <packageSources><clear /><add key="local" value="$work/feed" /></packageSources>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
</configuration>
EOF
dotnet new console -n Docs -o "$work/Docs" >/dev/null
cd "$work/Docs"
dotnet add package ContentGen --version "$version" >/dev/null
mkdir Content
for folder in docs-conceptual 7.5 media includes; do cp -r "$work/src/reference/$folder" Content/; done
echo 'System.Console.WriteLine($"{Docs.Articles.All.Count} pages");' > Program.cs

echo "== default settings: Articles over every page"
dotnet build -nologo -v:q -clp:NoSummary > "$work/default.log" 2>&1 || true
python3 "$repo/bench/real-corpus/classify.py" "$work/default.log" "$work/tree.txt" "$work/src"

# 3. A typed collection over the 7.5 reference.
cp "$repo/bench/real-corpus/CmdletPage.cs.txt" CmdletPage.cs
echo "== with CmdletPage over Content/7.5"
dotnet build -nologo -v:q -clp:NoSummary > "$work/typed.log" 2>&1 || true
python3 "$repo/bench/real-corpus/classify.py" "$work/typed.log" "$work/tree.txt" "$work/src"
