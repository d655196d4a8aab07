#!/usr/bin/env bash
# Throughput of the published web sample at N articles (issue #25): the site of
# samples/ContentGen.Web over the seeded Markdown corpus of bench/side-by-side.sh, published with
# `dotnet publish -c Release`, started from its output folder on 127.0.0.1 in Production, and
# loaded with wrk (bounded by time, one run per URL and encoding) after one warm-up request each.
#
#   bash bench/web-load/measure.sh [posts=10000] [seconds=15] [connections=32] [threads=2]
#
# Output: wrk's summary per URL (requests/s, latency percentiles 50/75/90/99), for the home page,
# an article page and the feed, uncompressed and with Accept-Encoding: br. A benchmark, never a
# test: numbers depend on the machine and its load (docs/performance.md says under what load).
set -euo pipefail
posts=${1:-10000}
seconds=${2:-15}
connections=${3:-32}
threads=${4:-2}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-web-load-$posts}
port=${CONTENTGEN_BENCH_PORT:-5090}
url=http://127.0.0.1:$port
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
if curl -s -o /dev/null "$url/"; then echo "port $port is in use" >&2; exit 1; fi

rm -rf "$work"; mkdir -p "$work"
# shellcheck source=../web-site.sh
. "$repo/bench/web-site.sh"
make_web_site "$repo" "$work" "$posts"
site="$work/site"

# Build files under an artifacts path of their own: the repository's obj/ folders are not touched.
start=$(date +%s.%N)
dotnet publish "$site/ContentGen.Web.csproj" -c Release -o "$work/publish" --artifacts-path "$work/artifacts" -nologo -v:q > "$work/publish.log" 2>&1 \
  || { tail -30 "$work/publish.log" >&2; exit 1; }
echo "published $posts posts in $(printf '%.0f' "$(echo "$(date +%s.%N) - $start" | bc)") s"

# Its own process group, so that the trap stops exactly this site.
(cd "$work" && ASPNETCORE_ENVIRONMENT=Production setsid bash -c 'echo $$ > site.pid; exec dotnet publish/ContentGen.Web.dll --urls "$0"' "$url" > site.log 2>&1 &)
for _ in $(seq 1 50); do [ -s "$work/site.pid" ] && break; sleep 0.1; done
trap 'kill -- -"$(cat "$work/site.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null "$url/" && break; sleep 0.2; done

article=$(find "$work/ContentGen.Sample/Content/posts" -name '*.md' | sort | sed -n "$((posts / 2 + 1))p")
article=${article#"$site/Content/"}; article=/articles/${article%.md}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$threads -c$connections -d${seconds}s"
for path in / "$article" /feed.xml; do
  for encoding in identity br; do
    curl -s -o /dev/null -H "Accept-Encoding: $encoding" "$url$path"   # warm: rendered once, then cached
    bytes=$(curl -s -H "Accept-Encoding: $encoding" "$url$path" | wc -c)
    echo "== $path ($encoding, $bytes bytes)"
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "Accept-Encoding: $encoding" "$url$path" \
      | grep -E 'Requests/sec|Transfer/sec|^ +(50|75|90|99)%|Non-2xx|Socket errors'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
