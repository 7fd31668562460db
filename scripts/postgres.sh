#!/usr/bin/env bash
# Throwaway PostgreSQL server for tests and CI (a real server, no mocks).
#
#   scripts/postgres.sh start DIR   # init + start a cluster in DIR, print its SQLAlchemy URL
#   scripts/postgres.sh url DIR     # print the URL of the server running from DIR
#   scripts/postgres.sh stop DIR    # stop that server (fast mode) and remove DIR
#
# stdout carries exactly one line (the URL, for start/url); all other output goes to stderr.
# The server listens on 127.0.0.1 only (plus a unix socket inside DIR), on the first free
# port from $VKW_PG_PORT (default 55432), with trust auth, fsync=off.  Database `vkw` is owned
# by the login role `vkw_owner`; vkw_researcher, vkw_coordinator and vkw_dpo are NOLOGIN roles
# without grants.  The superuser is `postgres` (same host and port).
#
# Server binaries: $VKW_PG_BINDIR if set, else the newest /usr/lib/postgresql/*/bin, else
# initdb/pg_ctl on PATH; if none is found, Debian's `postgresql` package is installed.
# As root, the cluster runs as the `postgres` system user (created if missing), because
# initdb and postgres refuse to run as root; otherwise it runs as the current user.
set -euo pipefail

exec 3>&1 1>&2 # fd 3 = real stdout (only the URL goes there); everything else to stderr
export LC_ALL=C
unset PGDATA PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGOPTIONS PGSERVICE PGSERVICEFILE

MARKER=.vkw-postgres # marks a DIR created by this script; stop/restart only ever rm such DIRs
DB=vkw
OWNER=vkw_owner
NOLOGIN_ROLES=(vkw_researcher vkw_coordinator vkw_dpo)

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { die "usage: $0 {start|stop|url} DIR"; }

# ----------------------------------------------------------------------------- binaries
find_bindir() {
  local d cand
  if [[ -n ${VKW_PG_BINDIR:-} ]]; then
    printf '%s\n' "$VKW_PG_BINDIR"
    return 0
  fi
  # Debian/Ubuntu layout; newest major version wins.
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
    if [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]]; then
      printf '%s\n' "$d"
      return 0
    fi
  done
  # Anything else on PATH (symlinks resolved, e.g. /usr/local/bin/initdb -> ...).
  if cand=$(command -v pg_ctl) && cand=$(readlink -f "$cand") && d=${cand%/*} &&
    [[ -x $d/initdb && -x $d/postgres ]]; then
    printf '%s\n' "$d"
    return 0
  fi
  return 1
}

as_root() {
  if ((EUID == 0)); then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
    die "need root (or sudo) to run: $*"
  fi
}

install_postgres() {
  command -v apt-get >/dev/null || die "no PostgreSQL server found and apt-get is unavailable"
  log "no PostgreSQL server binaries found; installing Debian's postgresql package"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
}

BINDIR=
need_bindir() {
  [[ -n $BINDIR ]] && return 0
  BINDIR=$(find_bindir) || {
    install_postgres
    BINDIR=$(find_bindir) || die "PostgreSQL server still not found after installing it"
  }
  local tool
  for tool in initdb pg_ctl postgres psql pg_isready; do
    [[ -x $BINDIR/$tool ]] || die "$BINDIR/$tool is missing (set VKW_PG_BINDIR?)"
  done
}

# ----------------------------------------------------------------------------- users
PGUSER_OS=$(id -un)
# Run a command as the unprivileged cluster owner, from inside DIR.  Descriptors above 2 (our
# real stdout on fd 3, the lock on fd 8, any pipe the caller passed in) are closed first: the
# daemonised postmaster would inherit them, keep `url=$(scripts/postgres.sh start DIR)` waiting
# for EOF forever and hold the lock.
as_pg() {
  (
    cd "$DIR"
    for fd in "/proc/$BASHPID/fd"/*; do
      fd=${fd##*/}
      if [[ $fd =~ ^[0-9]+$ ]] && ((fd > 2)); then eval "exec $fd>&-"; fi
    done
    if ((EUID == 0)); then exec runuser -u "$PGUSER_OS" -- "$@"; else exec "$@"; fi
  )
}

ensure_os_user() {
  ((EUID == 0)) || return 0
  PGUSER_OS=postgres
  if ! id -u "$PGUSER_OS" >/dev/null 2>&1; then
    log "creating system user $PGUSER_OS"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin "$PGUSER_OS"
  fi
}

# ----------------------------------------------------------------------------- helpers
port_in_use() { (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_file_line() { sed -n "${1}p" "$DIR/data/postmaster.pid" 2>/dev/null; }

is_alive() { # a postmaster process of DIR exists
  [[ -f $DIR/data/postmaster.pid ]] || return 1
  as_pg "$BINDIR/pg_ctl" status -D "$DIR/data" >/dev/null 2>&1
}

is_running() { # ... and it accepts connections
  local port
  is_alive || return 1
  port=$(pid_file_line 4)
  [[ $port =~ ^[0-9]+$ ]] && "$BINDIR/pg_isready" -q -t 5 -h 127.0.0.1 -p "$port" -d postgres -U postgres
}

server_port() {
  local port
  port=$(pid_file_line 4)
  [[ $port =~ ^[0-9]+$ ]] || die "cannot read the port from $DIR/data/postmaster.pid"
  printf '%s\n' "$port"
}

print_url() {
  local port
  port=$(server_port)
  printf 'postgresql+psycopg://%s@127.0.0.1:%s/%s\n' "$OWNER" "$port" "$DB" >&3
}

wait_ready() {
  local port=$1 i
  for ((i = 0; i < 120; i++)); do
    "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U postgres && return 0
    sleep 0.25
  done
  die "server in $DIR did not become ready on port $port (log: $DIR/postgres.log)"
}

psql_super() {
  as_pg "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d postgres
}

# Idempotent: safe to run against an already set-up server.
setup_database() {
  local port=$1 r
  {
    printf "SELECT 'CREATE ROLE %s LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s')\\gexec\n" "$OWNER" "$OWNER"
    for r in "${NOLOGIN_ROLES[@]}"; do
      printf "SELECT 'CREATE ROLE %s NOLOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s')\\gexec\n" "$r" "$r"
    done
    printf "SELECT 'CREATE DATABASE %s OWNER %s' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '%s')\\gexec\n" "$DB" "$OWNER" "$DB"
  } | psql_super "$port"
}

# ----------------------------------------------------------------------------- commands
init_cluster() {
  local sock_dir=$DIR
  log "initialising cluster in $DIR with $BINDIR"
  install -d -m 0700 -o "$PGUSER_OS" "$DIR/data"
  as_pg "$BINDIR/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null ||
    die "initdb failed"
  # A unix socket path must fit in ~107 bytes; skip the socket if DIR is too deep.
  if ((${#DIR} > 90)); then
    log "warning: $DIR is too long for a unix socket; TCP only"
    sock_dir=
  fi
  cat >>"$DIR/data/postgresql.conf" <<EOF

# --- scripts/postgres.sh: throwaway test server ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '${sock_dir//\'/\'\'}'
fsync = off
synchronous_commit = off
full_page_writes = off
lc_messages = 'C'
EOF
  cat >"$DIR/data/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
EOF
}

start_server() {
  local port=${VKW_PG_PORT:-55432} last attempt
  last=$((port + 200))
  for ((attempt = 0; port <= last; port++)); do
    port_in_use "$port" && continue
    : >"$DIR/postgres.log"
    chown "$PGUSER_OS" "$DIR/postgres.log" 2>/dev/null || true
    log "starting server on 127.0.0.1:$port"
    if as_pg "$BINDIR/pg_ctl" start -w -t 60 -D "$DIR/data" -l "$DIR/postgres.log" -o "-p $port" >/dev/null; then
      wait_ready "$port"
      return 0
    fi
    # Lost a race for the port (another server bound it meanwhile)? Try the next one.
    if grep -qE 'could not (bind|create any TCP/IP sockets)|already in use' "$DIR/postgres.log" &&
      ((++attempt < 10)); then
      log "port $port was taken, retrying"
      continue
    fi
    tail -n 30 "$DIR/postgres.log" >&2 || true
    die "could not start PostgreSQL in $DIR"
  done
  die "no free port in ${VKW_PG_PORT:-55432}..$last"
}

check_ours() { [[ -f $DIR/$MARKER ]] || die "$DIR exists but was not created by $0; refusing to touch it"; }

cmd_start() {
  local port
  need_bindir
  ensure_os_user
  if [[ -e $DIR ]]; then
    [[ -d $DIR ]] || die "$DIR exists and is not a directory"
    if [[ -n $(ls -A "$DIR") ]]; then
      check_ours
      # Manage an existing cluster as whoever owns it (e.g. started by a non-root user).
      if ((EUID == 0)) && [[ $(stat -c %U "$DIR") != root ]]; then PGUSER_OS=$(stat -c %U "$DIR"); fi
      if is_running; then
        log "server already running from $DIR"
        port=$(server_port)
        setup_database "$port"
        print_url
        return 0
      fi
      if is_alive; then
        log "server in $DIR is not answering; killing it"
        as_pg "$BINDIR/pg_ctl" stop -D "$DIR/data" -m immediate -w -t 30 >/dev/null || true
      fi
      log "stale cluster in $DIR (not running); recreating it"
      find "$DIR" -mindepth 1 -delete
    fi
  fi
  local created=
  [[ -d $DIR ]] || created=1
  mkdir -p "$DIR"
  touch "$DIR/$MARKER"
  if ((EUID == 0)); then chown "$PGUSER_OS:" "$DIR"; fi
  if ! as_pg test -w "$DIR" 2>/dev/null; then
    rm -f "$DIR/$MARKER"
    [[ -z $created ]] || rmdir "$DIR"
    die "user $PGUSER_OS cannot write to $DIR (are its parent directories traversable? try a DIR under /tmp)"
  fi
  chmod 0755 "$DIR"

  local t0=$SECONDS
  init_cluster
  start_server
  port=$(server_port)
  setup_database "$port"
  log "ready in $((SECONDS - t0))s: $DIR (log: $DIR/postgres.log)"
  print_url
}

cmd_url() {
  [[ -d $DIR ]] || die "$DIR does not exist"
  need_bindir
  if ((EUID == 0)); then PGUSER_OS=$(stat -c %U "$DIR"); fi
  is_running || die "no server is running from $DIR"
  print_url
}

cmd_stop() {
  if [[ ! -e $DIR ]]; then
    log "$DIR does not exist; nothing to stop"
    return 0
  fi
  check_ours
  if [[ -f $DIR/data/postmaster.pid ]]; then
    need_bindir
    if ((EUID == 0)); then PGUSER_OS=$(stat -c %U "$DIR"); fi
    if is_alive; then
      log "stopping server in $DIR"
      as_pg "$BINDIR/pg_ctl" stop -D "$DIR/data" -m fast -w -t 30 >/dev/null ||
        as_pg "$BINDIR/pg_ctl" stop -D "$DIR/data" -m immediate -w -t 30 >/dev/null ||
        die "could not stop the server in $DIR"
    fi
  fi
  rm -rf -- "$DIR"
  log "removed $DIR"
}

# ----------------------------------------------------------------------------- main
(($# == 2)) || usage
[[ -n $2 ]] || usage
case $2 in /*) DIR=$2 ;; *) DIR=$PWD/$2 ;; esac
DIR=$(realpath -m -- "$DIR")
[[ $DIR != / ]] || die "refusing to use / as DIR"

# Serialise concurrent calls for DIRs in the same parent (lock on the parent directory), which
# also keeps two of them from picking the same free port.
[[ $1 == start ]] && mkdir -p -- "${DIR%/*}/"
if [[ -d ${DIR%/*}/ ]] && exec 8<"${DIR%/*}/" && command -v flock >/dev/null; then
  flock -w 300 8 || die "timed out waiting for the lock on ${DIR%/*}/"
fi

case $1 in
start) cmd_start ;;
stop) cmd_stop ;;
url) cmd_url ;;
*) usage ;;
esac
