#!/usr/bin/env bash
# Regenerates docs/portfolio-page.png, the README's screenshot of the portfolio page: runs the README's example
# in a fresh temporary folder (so it starts from an empty H2 database and writes
# welfare-alliance-data/portfolio.html there) and has headless Chromium take a screenshot of the page.
# Needs Debian's chromium (`apt-get install -y chromium`) or WA_CHROMIUM pointing at a binary.
# Usage, from anywhere: bash report-html/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
chromium="${WA_CHROMIUM:-$(command -v chromium || true)}"
if [ -z "$chromium" ]; then
  echo "headless Chromium is needed: apt-get update && apt-get install -y chromium (or set WA_CHROMIUM)" >&2
  exit 1
fi
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && mvn -B -q -DskipTests -Prun-example package -f "$repo/pom.xml" >/dev/null)
"$chromium" --headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1 \
  --user-data-dir="$work/profile" --screenshot="$repo/docs/portfolio-page.png" --window-size=1200,1100 \
  "file://$work/welfare-alliance-data/portfolio.html" 2>/dev/null
echo "Wrote $repo/docs/portfolio-page.png"
