#!/usr/bin/env bash
# Proves the README's quick start needs nothing but Node: in a fresh clone of HEAD, runs its two commands with the
# system's Chromium and xmllint hidden (CHROMIUM_PATH unset, DLIS_SKIP_SYSTEM_CHROMIUM=1 so the resolver skips
# /usr/bin/chromium & co., and a PATH in which xmllint and chromium do not exist).
# Not run by CI (it takes the time of a whole suite). Usage:
#   bash scripts/check-bare-machine.sh                 # npm ci && npm run courses, then npm test
#   bash scripts/check-bare-machine.sh -- ARGS…        # … then `npx vitest run ARGS…` instead of npm test
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dlis-bare-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# A PATH of links to every program on the current PATH except xmllint and the Chromiums.
mkdir "$work/bin"
IFS=: read -r -a dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  for program in "$dir"/*; do
    name="$(basename "$program")"
    case "$name" in xmllint | chromium* | google-chrome* | chrome) continue ;; esac
    [ -x "$program" ] && [ ! -e "$work/bin/$name" ] && ln -s "$program" "$work/bin/$name"
  done
done

git clone --quiet "$repo" "$work/clone"
cd "$work/clone"
export PATH="$work/bin" DLIS_SKIP_SYSTEM_CHROMIUM=1
unset CHROMIUM_PATH
if command -v xmllint >/dev/null || command -v chromium >/dev/null; then
  echo "xmllint or chromium is still on PATH" >&2
  exit 1
fi

start=$(date +%s)
npm ci --no-audit --no-fund && npm run courses
echo "▶ first command: $(($(date +%s) - start)) s"
node --import tsx scripts/check-chromium.ts
start=$(date +%s)
if [ "${1:-}" = "--" ]; then
  shift
  npx vitest run "$@"
else
  npm test
fi
echo "▶ second command: $(($(date +%s) - start)) s"
