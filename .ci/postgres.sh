#!/usr/bin/env bash
# A throw-away PostgreSQL for the second test run, on localhost only.
#   .ci/postgres.sh start DIR   initialise a cluster in DIR, start it, create a database and
#                               print its SQLAlchemy URL (the only line on stdout)
#   .ci/postgres.sh stop DIR    stop that cluster and delete DIR
# Installs PostgreSQL from Debian's packages when no server is on the machine.
set -euo pipefail
action=${1:?usage: postgres.sh start|stop DIR}
dir=${2:?usage: postgres.sh start|stop DIR}

server_bin() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }

# initdb refuses to run as root: the cluster then belongs to Debian's postgres account
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    bin=$(server_bin)
    if [ -z "$bin" ]; then
        echo "+ apt-get install -y postgresql" >&2
        (apt-get install -y -q postgresql || (apt-get update -q && apt-get install -y -q postgresql)) >&2
        bin=$(server_bin)
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # a password, as on a real server (the tests log in with it and with a wrong one)
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    echo "$password" >"$dir/password"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/password"
    as_owner "$bin/initdb" -D "$dir/data" -U eduqa --auth=scram-sha-256 --pwfile="$dir/password" \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # throw-away: durability off, so the test run is not paced by fsync
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2
    PGPASSWORD=$password as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U eduqa eduqa_test
    echo "postgresql+psycopg://eduqa:$password@127.0.0.1:$port/eduqa_test"
    ;;
stop)
    bin=$(server_bin)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
