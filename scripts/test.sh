#!/usr/bin/env bash
# The tests, as the README gives them and CI runs them: every test project of Protocol.sln, with the PostgreSQL server the
# price oracle's store tests need (scripts/test-postgres.sh installs Debian's postgresql if missing and starts a
# throwaway cluster on 127.0.0.1, exported as PRICE_ORACLE_TEST_POSTGRES; it is stopped and deleted on exit), and Debian's
# chromium for the dashboard's browser test (scripts/test-chromium.sh installs it if missing, exported as GATEWAY_TEST_CHROMIUM).
# Extra arguments go to `dotnet test` (e.g. --filter Dao).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
source scripts/test-postgres.sh
source scripts/test-chromium.sh
trap stop_test_postgres EXIT
start_test_postgres
ensure_test_chromium
dotnet test Protocol.sln "$@"
