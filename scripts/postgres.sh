# Sourced by scripts/test.sh: a throwaway PostgreSQL server in a temporary directory on a free
# loopback port, run as the postgres user, stopped and removed when the script exits.

start_test_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  UB_PG_DIR=$(mktemp -d /tmp/unionboard-pg.XXXXXX)
  UB_PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  UB_PG_AS=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$UB_PG_DIR"
    UB_PG_AS=(runuser -u postgres --)
  fi
  "${UB_PG_AS[@]}" "$bindir/initdb" -D "$UB_PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync > "$UB_PG_DIR/initdb.log"
  "${UB_PG_AS[@]}" "$bindir/pg_ctl" -D "$UB_PG_DIR/data" -l "$UB_PG_DIR/server.log" -w \
    -o "-p $UB_PG_PORT -k $UB_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start > /dev/null
  UB_PG_BINDIR=$bindir
  export UB_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$UB_PG_PORT/postgres"
  # How the shared-server test restarts the server under its clients (same port and options).
  export UB_TEST_POSTGRES_RESTART="${UB_PG_AS[*]} $bindir/pg_ctl -D $UB_PG_DIR/data -l $UB_PG_DIR/server.log -m fast -w restart"
  trap stop_test_postgres EXIT
  echo "PostgreSQL test server on 127.0.0.1:$UB_PG_PORT"
}

stop_test_postgres() {
  "${UB_PG_AS[@]}" "$UB_PG_BINDIR/pg_ctl" -D "$UB_PG_DIR/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$UB_PG_DIR"
}
