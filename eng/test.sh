#!/usr/bin/env bash
# The README's test command: installs what the tests need when the machine lacks it (Debian's
# Chromium for the widget's browser tests, Debian's PostgreSQL for the store tests), starts a
# throwaway PostgreSQL server on a free port (unless CUSTOMERJOURNEY_TEST_POSTGRES already names
# one), runs every test, and stops the server. Arguments go to `dotnet test` (.ci/run passes
# --no-build and a TRX logger).
#   bash eng/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "eng/test.sh: installing Debian's chromium for the browser tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium > /dev/null
fi

if [ -z "${CUSTOMERJOURNEY_TEST_POSTGRES:-}" ]; then
  source eng/postgres.sh
  postgres_start
  trap postgres_stop EXIT
fi

dotnet test CustomerJourney.Sdk.sln -c Release "$@"
