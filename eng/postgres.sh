#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (and the store's load runs), sourced by eng/test.sh:
#   source eng/postgres.sh && postgres_start && ... && postgres_stop
# Installs Debian's PostgreSQL when missing, initdb's a temporary directory with password
# authentication (the tests check a wrong password is refused), starts it as a non-root user on a
# free loopback port and exports CUSTOMERJOURNEY_TEST_POSTGRES. Durability is off (fsync=off): it
# holds test data only; CJ_PG_DURABLE=1 keeps PostgreSQL's defaults (for the store's measured runs).

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

postgres_start() {
  if [ -z "$(postgres_bin)" ]; then
    echo "eng/postgres.sh: installing Debian's PostgreSQL for the store tests"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql > /dev/null
  fi
  local bin; bin=$(postgres_bin)
  # PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
  local run=()
  if [ "$(id -u)" -eq 0 ]; then run=(runuser -u postgres --); fi
  CJ_PG_DIR=$(mktemp -d /tmp/cj-postgres.XXXXXX)
  chmod 755 "$CJ_PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$CJ_PG_DIR"; fi
  local password; password=$(head -c 18 /dev/urandom | base64 | tr -d '+/=')
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  printf '%s\n' "$password" > "$CJ_PG_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$CJ_PG_DIR/pwfile"; fi
  "${run[@]}" "$bin/initdb" -D "$CJ_PG_DIR/data" -U customer_journey --pwfile="$CJ_PG_DIR/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$CJ_PG_DIR/initdb.log" 2>&1 \
    || { cat "$CJ_PG_DIR/initdb.log"; return 1; }
  rm -f "$CJ_PG_DIR/pwfile"
  local settings="-p $port -k $CJ_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400"
  if [ "${CJ_PG_DURABLE:-0}" != "1" ]; then settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
  "${run[@]}" "$bin/pg_ctl" -D "$CJ_PG_DIR/data" -l "$CJ_PG_DIR/server.log" -w -t 60 -o "$settings" start > /dev/null \
    || { cat "$CJ_PG_DIR/server.log"; return 1; }
  PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U customer_journey -d postgres -qc "CREATE DATABASE customer_journey_tests" > /dev/null || return 1
  export CUSTOMERJOURNEY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=customer_journey_tests;Username=customer_journey;Password=$password"
  export CJ_PG_DIR CJ_PG_BIN="$bin"
  echo "eng/postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $CJ_PG_DIR)"
}

postgres_stop() {
  [ -n "${CJ_PG_DIR:-}" ] || return 0
  local run=()
  if [ "$(id -u)" -eq 0 ]; then run=(runuser -u postgres --); fi
  "${run[@]}" "$CJ_PG_BIN/pg_ctl" -D "$CJ_PG_DIR/data" -m fast -w stop > /dev/null 2>&1 || true
  rm -rf "$CJ_PG_DIR"
  unset CJ_PG_DIR
}
