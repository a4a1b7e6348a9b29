#!/usr/bin/env bash
# Sourced by scripts/test.sh: Debian's chromium for the gateway dashboard's browser test, which reads its path from
# GATEWAY_TEST_CHROMIUM. Installs the package when /usr/bin/chromium is missing (as root, or through sudo; the helper
# _pg_root of scripts/test-postgres.sh runs the command).

ensure_test_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "chromium: installing Debian's chromium package"
    _pg_root apt-get update -qq
    _pg_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    [ -x /usr/bin/chromium ] || { echo "chromium: installation gave no /usr/bin/chromium" >&2; return 1; }
  fi
  export GATEWAY_TEST_CHROMIUM=/usr/bin/chromium
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
}
