#!/usr/bin/env bash
# The test command of the README: installs what the tests need on a fresh machine, then runs every test.
#  - rsvg-convert (Debian package librsvg2-bin) for the PNG plot tests, when missing;
#  - Chromium (Debian package chromium) for the headless screenshot test of the HTML report, when missing;
#  - the pinned apache-arrow npm package for the Arrow interoperability tests (npm ci from the lockfile).
# Extra arguments go to `dotnet test` (e.g. --filter).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
  sudo_=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_="sudo"
  { $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends librsvg2-bin; } \
    || echo "could not install librsvg2-bin: the PNG plot tests will fail (install it by hand)"
fi
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  sudo_=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_="sudo"
  { $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends chromium; } \
    || echo "could not install chromium: the HTML report screenshot test will fail (install it by hand)"
fi
(cd tests/NuMMGen.Generator.Tests/interop && npm ci --no-audit --no-fund --silent) \
  || echo "npm ci failed: the Arrow interoperability tests will fail"

exec dotnet test NuMMGen.sln -c Release "$@"
