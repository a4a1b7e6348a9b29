#!/usr/bin/env bash
# Sourced by scripts/test.sh (or by hand: `source scripts/test-postgres.sh && start_test_postgres`): a throwaway PostgreSQL cluster on
# 127.0.0.1 for the price oracle's PostgreSQL tests, which read its connection string from PRICE_ORACLE_TEST_POSTGRES.
# Installs Debian's postgresql package when no server binaries are present (as root, or through sudo). The cluster lives
# in a temp directory (trust auth, loopback only, fsync off) and is stopped and deleted by stop_test_postgres.

_pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

_pg_root() { # runs a command as root: directly, or through sudo
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else echo "postgres: not root and no sudo, cannot run: $*" >&2; return 1
  fi
}

start_test_postgres() {
  local bindir port
  bindir=$(_pg_bindir)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "postgres: installing Debian's postgresql package"
    _pg_root apt-get update -qq
    _pg_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(_pg_bindir)
    [ -x "$bindir/initdb" ] || { echo "postgres: installation gave no initdb" >&2; return 1; }
  fi
  # The server refuses to run as root: as root, the cluster belongs to the package's postgres user (created if missing).
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    run=(runuser -u postgres --)
  fi
  PG_TEST_DIR=$(mktemp -d /tmp/price-oracle-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_TEST_DIR"
  for port in $(seq "${PRICE_ORACLE_PG_PORT:-55432}" 55499); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  "${run[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_BINDIR=$bindir
  PG_TEST_RUN="${run[*]}"
  export PRICE_ORACLE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "postgres: throwaway cluster on 127.0.0.1:$port ($("$bindir/postgres" --version))"
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  # shellcheck disable=SC2086
  $PG_TEST_RUN "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
  PG_TEST_DIR=
}
