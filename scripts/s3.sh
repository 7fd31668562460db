#!/usr/bin/env bash
# Throwaway S3-compatible server for the archive's tests (a real HTTP server speaking the S3
# protocol, no mocks in the process under test): moto's server (`moto[server]`, installed
# with the project's `dev` extra by scripts/setup; Apache-2.0), objects held in memory.
#
#   scripts/s3.sh start DIR   # start the server from DIR, print its endpoint URL
#   scripts/s3.sh stop DIR    # stop that server and remove DIR
#
# stdout carries exactly one line (the endpoint URL, for start); all other output goes to
# stderr. The server listens on 127.0.0.1 only, on the first free port from $VKW_S3_PORT
# (default 53900). DIR/credentials (mode 0600) holds an access key and secret in the form
# the warehouse reads (VKW_ARCHIVE_CREDENTIALS_FILE): the server accepts any, the client
# must still sign its requests with them.
set -euo pipefail

exec 3>&1 1>&2 # fd 3 = real stdout (only the URL goes there); everything else to stderr
export LC_ALL=C

MARKER=.vkw-s3 # marks a DIR created by this script; stop only ever removes such DIRs
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SERVER=${VKW_MOTO_SERVER:-$ROOT/.venv/bin/moto_server}

log() { printf 's3.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { die "usage: $0 {start|stop} DIR"; }

port_in_use() { (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_start() {
  [[ -x $SERVER ]] || die "$SERVER not found: run scripts/setup (the dev extra has moto[server])"
  if [[ -e $DIR && -n $(ls -A "$DIR" 2>/dev/null) ]]; then
    [[ -f $DIR/$MARKER ]] || die "$DIR exists but was not created by $0; refusing to touch it"
    cmd_stop
  fi
  mkdir -p "$DIR"
  chmod 0700 "$DIR"
  touch "$DIR/$MARKER"
  (
    umask 077
    printf '[default]\naws_access_key_id = vkw-test-%s\naws_secret_access_key = %s\n' \
      "$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')" \
      "$(od -An -N16 -tx4 /dev/urandom | tr -d ' \n')" >"$DIR/credentials"
  )
  local port=${VKW_S3_PORT:-53900} last i
  last=$((port + 200))
  for (( ; port <= last; port++)); do
    port_in_use "$port" && continue
    : >"$DIR/server.log"
    # setsid: the server is its own process group, so `stop` ends it and nothing else.
    setsid "$SERVER" -H 127.0.0.1 -p "$port" >>"$DIR/server.log" 2>&1 </dev/null 3>&- &
    printf '%s\n' "$!" >"$DIR/server.pid"
    for ((i = 0; i < 150; i++)); do
      if port_in_use "$port"; then
        log "S3 server ready on 127.0.0.1:$port (log: $DIR/server.log)"
        printf 'http://127.0.0.1:%s\n' "$port" >&3
        return 0
      fi
      kill -0 "$(<"$DIR/server.pid")" 2>/dev/null || break
      sleep 0.1
    done
    stop_server
  done
  tail -n 20 "$DIR/server.log" >&2 || true
  die "could not start the S3 server on a free port from ${VKW_S3_PORT:-53900}"
}

stop_server() {
  [[ -f $DIR/server.pid ]] || return 0
  local pid i
  pid=$(<"$DIR/server.pid")
  if [[ $pid =~ ^[0-9]+$ ]] && kill "$pid" 2>/dev/null; then
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$DIR/server.pid"
}

cmd_stop() {
  if [[ ! -e $DIR ]]; then
    log "$DIR does not exist; nothing to stop"
    return 0
  fi
  [[ -f $DIR/$MARKER ]] || die "$DIR exists but was not created by $0; refusing to touch it"
  stop_server
  rm -rf -- "$DIR"
  log "stopped and removed $DIR"
}

(($# == 2)) || usage
[[ -n $2 ]] || usage
case $2 in /*) DIR=$2 ;; *) DIR=$PWD/$2 ;; esac
DIR=$(realpath -m -- "$DIR")
[[ $DIR != / ]] || die "refusing to use / as DIR"

case $1 in
start) cmd_start ;;
stop) cmd_stop ;;
*) usage ;;
esac
