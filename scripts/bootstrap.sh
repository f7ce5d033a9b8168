#!/usr/bin/env bash
# Everything a fresh machine (node 20 + npm only) needs before Helder runs or is tested:
# pnpm, the dependencies from the lockfile, Debian chromium for the browser tests, a build.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "12.4.2" ]; then
  npm install -g pnpm@12.4.2 >/dev/null
fi

# The browser tests drive Debian's chromium (never a downloaded browser build).
if [ "${HELDER_SKIP_CHROMIUM:-}" != "1" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "bootstrap: chromium kon niet worden geïnstalleerd; browsertests zullen falen" >&2
  else
    echo "bootstrap: /usr/bin/chromium ontbreekt (apt-get install chromium); browsertests zullen falen" >&2
  fi
fi

pnpm install --frozen-lockfile
pnpm build
