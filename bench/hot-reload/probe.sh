#!/usr/bin/env bash
# Content hot reload without dotnet watch (docs/performance.md, "Content hot reload"): the bench
# corpus compiled in memory, loaded, and a sequence of content changes applied as real hot reload
# deltas (Compilation.EmitDifference + MetadataUpdater.ApplyUpdate), printing each delta's
# user-string heap size, the heap used so far, the compiler's and the runtime's answers, and
# whether the next read serves the new text. A probe, never a test.
#
#   bash bench/hot-reload/probe.sh [posts=10000] [changes=edit,add,delete,edit,add,delete,edit] [ContentGenLiteralBudget]
# A change is edit (a paragraph of the middle post), add (a .txt article: no date, no tags),
# post (a .md post with the middle post's date and tags: a place in Newest, terms that exist) or
# delete (the last added); do not mix add and post in one run (their slugs would collide).
#
# CONTENTGEN_PROBE_APPLY=0: the compiler's side only (no process started for updates).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build -c Release "$repo/bench/hot-reload/probe" -nologo -v:q >/dev/null
DOTNET_MODIFIABLE_ASSEMBLIES=debug exec dotnet "$repo/bench/hot-reload/probe/bin/Release/net10.0/HotReloadProbe.dll" "$@"
