#!/usr/bin/env bash
# Content hot reload (issue #16): the time from saving a content file to the changed page being
# served by a site running under `dotnet watch`. The site is samples/ContentGen.Web; with
# posts > 0 it is a copy of it over the seeded Markdown corpus of bench/side-by-side.sh.
#
#   bash bench/hot-reload/measure.sh [posts=0] [rounds=3]      (CONTENTGEN_EDITS_ONLY=1: edits only;
#                                                               CONTENTGEN_WATCH_VERBOSE=1: dotnet watch --verbose, timestamped)
#
# Each round, with the page already read once (its text decoded and cached in the app):
#   edit    one paragraph of one article changed -> the article page shows the new words
#   add     a new article saved                    -> its page answers 200 with its words
#   delete  that article removed                   -> its page answers 404
# The clock starts when the file is written and stops at the first response that shows the
# change (polled every 50 ms). dotnet watch runs with --non-interactive: an edit it cannot apply
# restarts the app by itself, and that restart is part of the time. Output: one TSV line per
# measurement, then the median per kind. A benchmark, never a test (docs/performance.md).
set -uo pipefail
posts=${1:-0}
rounds=${2:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${CONTENTGEN_BENCH_WORK:-/tmp/contentgen-hot-reload-$posts}
port=5080
url=http://127.0.0.1:$port
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_WATCH_SUPPRESS_LAUNCH_BROWSER=1

if curl -s -o /dev/null "$url/"; then echo "port $port is in use: stop the site first" >&2; exit 1; fi

rm -rf "$work"; mkdir -p "$work"
if [ "$posts" = 0 ]; then
  site="$repo/samples/ContentGen.Web"
  content="$repo/samples/ContentGen.Sample/Content"
  edit_file="$content/nigeria-oil-blast.txt"
  edit_slug="nigeria-oil-blast"
  cp "$edit_file" "$work/edit.bak"
else
  # shellcheck source=../web-site.sh
  . "$repo/bench/web-site.sh"
  make_web_site "$repo" "$work" "$posts"
  site="$work/site"
  content="$work/ContentGen.Sample/Content"
  edit_file=$(find "$content/posts" -name '*.md' | sort | sed -n "$((posts / 2 + 1))p")
  edit_slug=${edit_file#"$content/"}; edit_slug=${edit_slug%.md}
fi
# A new name each round: dotnet watch does not see a file re-created under the name of one
# deleted in the same session (it reports "File updated" for a file no longer in the project).
probe() { echo "$content/hot-reload-probe-$1.txt"; }
rm -f "$content"/hot-reload-probe-*.txt

log="$work/watch.log"
# Its own process group, so that cleanup stops dotnet watch, its build servers and the site.
verbose=""; [ "${CONTENTGEN_WATCH_VERBOSE:-0}" = 1 ] && verbose="--verbose"
if [ -n "$verbose" ]; then
  # Each line stamped with the seconds since start, to see where an update spends its time.
  (cd "$work" && setsid bash -c 'echo $$ > watch.pid; exec dotnet watch --non-interactive $1 --project "$0" 2>&1 | while IFS= read -r l; do printf "%s %s\n" "$(date +%s.%N)" "$l"; done' "$site" "$verbose" > "$log" 2>&1 &)
else
  (cd "$work" && setsid bash -c 'echo $$ > watch.pid; exec dotnet watch --non-interactive --project "$0"' "$site" > "$log" 2>&1 &)
fi
cleanup() {
  # dotnet watch ignores SIGTERM while it waits for changes: the whole group, then SIGKILL.
  if [ -f "$work/watch.pid" ]; then
    kill -TERM -- -"$(cat "$work/watch.pid")" 2>/dev/null; sleep 2; kill -KILL -- -"$(cat "$work/watch.pid")" 2>/dev/null
  fi
  rm -f "$content"/hot-reload-probe-*.txt
  [ "$posts" = 0 ] && cp "$work/edit.bak" "$edit_file"
}
trap cleanup EXIT

start=$(date +%s.%N)
until curl -s -o /dev/null "$url/" && grep -q "Waiting for changes" "$log"; do
  sleep 0.2
  if [ "$(echo "$(date +%s.%N) - $start > 600" | bc)" = 1 ]; then echo "the site did not start; see $log" >&2; exit 1; fi
done
echo "started in $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s: $posts posts, editing $edit_slug"

# Waits until the page at $1 satisfies $2 (contains:WORD, status:CODE); prints the seconds since $3.
until_page() {
  local since=$3 body code
  while :; do
    code=$(curl -s -o "$work/page.html" -w '%{http_code}' "$url$1")
    case "$2" in
      contains:*) [ "$code" = 200 ] && grep -q "${2#contains:}" "$work/page.html" && break ;;
      status:*) [ "$code" = "${2#status:}" ] && break ;;
    esac
    if [ "$(echo "$(date +%s.%N) - $since > 120" | bc)" = 1 ]; then echo "timeout"; return; fi
    sleep 0.05
  done
  printf '%.2f\n' "$(echo "$(date +%s.%N) - $since" | bc)"
}

# Waits for dotnet watch to settle (no new log lines for a second), so rounds do not overlap.
settle() { local size=-1; while [ "$size" != "$(stat -c %s "$log")" ]; do size=$(stat -c %s "$log"); sleep 1; done; }

results="$work/results.tsv"
: > "$results"
for round in $(seq 1 "$rounds"); do
  curl -s -o /dev/null "$url/articles/$edit_slug"   # read once: decoded and cached in the app
  word="HotReloadEdit$round$RANDOM"
  # One paragraph: the first line that starts with a capital letter after the front matter.
  line=$(awk 'NR>1 && /^---$/ && !done {fm=1; next} /^[A-Z][a-z]/ && (fm || NR>0) {print NR; exit}' "$edit_file")
  t0=$(date +%s.%N); sed -i "${line}s/^/$word /" "$edit_file"
  echo -e "$posts\tedit\t$round\t$(until_page "/articles/$edit_slug" "contains:$word" "$t0")" | tee -a "$results"
  settle

  # CONTENTGEN_EDITS_ONLY=1: edits only, no add and delete (the 10,000-post bug follows those).
  [ "${CONTENTGEN_EDITS_ONLY:-0}" = 1 ] && continue

  word="HotReloadNew$round$RANDOM"
  t0=$(date +%s.%N); printf 'A probe article %s\n\n%s is a paragraph saved while the site ran.\n' "$word" "$word" > "$(probe "$round")"
  echo -e "$posts\tadd\t$round\t$(until_page "/articles/hot-reload-probe-$round" "contains:$word" "$t0")" | tee -a "$results"
  settle

  t0=$(date +%s.%N); rm -f "$(probe "$round")"
  echo -e "$posts\tdelete\t$round\t$(until_page "/articles/hot-reload-probe-$round" status:404 "$t0")" | tee -a "$results"
  settle
done

echo "median (s), $posts posts, $rounds rounds:"
for kind in edit add delete; do
  grep -q "	$kind	" "$results" || continue
  printf '  %-7s %s\n' "$kind" "$(awk -F'\t' -v k="$kind" '$2 == k {print $4}' "$results" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}')"
done
grep -E "Restart is needed|changes applied|Exited|unexpected error" "$log" | sed 's/^/  watch: /' | sort | uniq -c
