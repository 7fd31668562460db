#!/usr/bin/env bash
# Throwaway OpenSSH SFTP server for the pull's tests (a real server, no mocks).
#
#   scripts/sshd.sh start DIR   # configure + start sshd from DIR, print its port
#   scripts/sshd.sh stop DIR    # stop that server and remove DIR and its jails
#
# stdout carries exactly one line (the port, for start); all other output goes to stderr.
# The server listens on 127.0.0.1 only, on the first free port from $VKW_SSHD_PORT (default
# 52222), with its own host key (DIR/ssh_host_ed25519_key.pub), key authentication only
# (no password, no keyboard-interactive, no root), SFTP only (ForceCommand internal-sftp).
#
# Accounts: one system user per VK (vkw_sftp_ant, ... vkw_sftp_wvl, created if missing and
# kept), each with its own key pair (DIR/keys/<VK>, mode 0600) and chrooted into its own
# jail, in which only `drops/` is the user's: a VK's account can write only its own folder
# and sees no other. sshd accepts a chroot only when every component of its path is owned
# by root and writable by no one else, which /tmp is not; the jails therefore live under
# $VKW_SFTP_JAILS (default /srv/vkw-sftp)/<name of DIR>/<user>/ (DIR/jails says where),
# and `stop` removes them. So `start` needs root (CI and the project's machines are root).
#
# sshd comes from Debian's openssh-server, installed if missing, with policy-rc.d keeping
# the package from starting a system-wide sshd.
set -euo pipefail

exec 3>&1 1>&2 # fd 3 = real stdout (only the port goes there); everything else to stderr
export LC_ALL=C

MARKER=.vkw-sshd # marks a DIR created by this script; stop only ever removes such DIRs
VKS=(ANT VBR BRU LIM OVL WVL)
SSHD=/usr/sbin/sshd

log() { printf 'sshd.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { die "usage: $0 {start|stop} DIR"; }

user_of() { printf 'vkw_sftp_%s\n' "${1,,}"; }

install_sshd() {
  [[ -x $SSHD && -x /usr/bin/ssh-keygen ]] && return 0
  command -v apt-get >/dev/null || die "no sshd found and apt-get is unavailable"
  log "no sshd found; installing Debian's openssh-server"
  local policy=/usr/sbin/policy-rc.d made=
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 0755 "$policy" && made=1
  fi
  apt-get update -q || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openssh-server ||
    { [[ -z $made ]] || rm -f "$policy"; die "could not install openssh-server"; }
  [[ -z $made ]] || rm -f "$policy"
  [[ -x $SSHD ]] || die "openssh-server installed but $SSHD is missing"
}

ensure_user() {
  local user=$1
  if ! id -u "$user" >/dev/null 2>&1; then
    log "creating system user $user"
    useradd --system --user-group --no-create-home --home-dir / --shell /usr/sbin/nologin "$user"
  fi
  # A '!' password marks the account locked and sshd (without PAM) refuses it even for
  # keys; '*' is "no password" and leaves key authentication.
  usermod -p '*' "$user"
}

port_in_use() { (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_ready() {
  local port=$1 i
  for ((i = 0; i < 100; i++)); do
    port_in_use "$port" && return 0
    sleep 0.1
  done
  tail -n 20 "$DIR/sshd.log" >&2 || true
  die "sshd in $DIR did not listen on port $port"
}

cmd_start() {
  ((EUID == 0)) || die "needs root: sshd switches to one system user per VK and chroots them"
  install_sshd
  if [[ -e $DIR && -n $(ls -A "$DIR" 2>/dev/null) ]]; then
    [[ -f $DIR/$MARKER ]] || die "$DIR exists but was not created by $0; refusing to touch it"
    cmd_stop
  fi
  mkdir -p "$DIR/keys" "$DIR/authorized_keys"
  touch "$DIR/$MARKER"
  chmod 0755 "$DIR" "$DIR/authorized_keys"
  chmod 0700 "$DIR/keys"
  local base=${VKW_SFTP_JAILS:-/srv/vkw-sftp}
  local jails=$base/${DIR##*/}
  install -d -m 0755 -o root -g root "$base" "$jails"
  local part=$jails
  while [[ $part != / ]]; do # sshd's rule for a chroot path, checked here to say why
    [[ $(stat -c %u "$part") == 0 && $(( 8#$(stat -c %a "$part") & 8#022 )) == 0 ]] ||
      die "$part must be owned by root and writable by no one else (set VKW_SFTP_JAILS)"
    part=$(dirname "$part")
  done
  printf '%s\n' "$jails" >"$DIR/jails"
  ssh-keygen -q -t ed25519 -N '' -C vkw-test-host -f "$DIR/ssh_host_ed25519_key"
  local vk user users=()
  for vk in "${VKS[@]}"; do
    user=$(user_of "$vk")
    users+=("$user")
    ensure_user "$user"
    ssh-keygen -q -t ed25519 -N '' -C "vkw-test-$vk" -f "$DIR/keys/$vk"
    install -m 0644 "$DIR/keys/$vk.pub" "$DIR/authorized_keys/$user"
    install -d -m 0755 -o root -g root "$jails/$user"
    install -d -m 0700 -o "$user" -g "$user" "$jails/$user/drops"
  done
  mkdir -p /run/sshd && chmod 0755 /run/sshd # sshd's privilege separation directory
  local port=${VKW_SSHD_PORT:-52222} last attempt=0
  last=$((port + 200))
  for (( ; port <= last; port++)); do
    port_in_use "$port" && continue
    cat >"$DIR/sshd_config" <<CONF
# scripts/sshd.sh: throwaway SFTP server for tests
Port $port
ListenAddress 127.0.0.1
HostKey $DIR/ssh_host_ed25519_key
PidFile $DIR/sshd.pid
AuthorizedKeysFile $DIR/authorized_keys/%u
AllowUsers ${users[*]}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
UsePAM no
# The authorized_keys files sit under /tmp (group and world writable): the check that
# StrictModes makes of their parents cannot pass there; they are root's and mode 0644.
StrictModes no
Subsystem sftp internal-sftp
ForceCommand internal-sftp
ChrootDirectory $jails/%u
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTTY no
LogLevel VERBOSE
CONF
    "$SSHD" -t -f "$DIR/sshd_config" || die "sshd rejected $DIR/sshd_config"
    : >"$DIR/sshd.log"
    if "$SSHD" -f "$DIR/sshd_config" -E "$DIR/sshd.log"; then
      wait_ready "$port"
      log "sshd ready on 127.0.0.1:$port (log: $DIR/sshd.log, jails: $jails)"
      printf '%s\n' "$port" >&3
      return 0
    fi
    ((++attempt < 10)) || break
  done
  die "could not start sshd on a free port from ${VKW_SSHD_PORT:-52222}"
}

cmd_stop() {
  if [[ ! -e $DIR ]]; then
    log "$DIR does not exist; nothing to stop"
    return 0
  fi
  [[ -f $DIR/$MARKER ]] || die "$DIR exists but was not created by $0; refusing to touch it"
  if [[ -f $DIR/sshd.pid ]]; then
    local pid
    pid=$(<"$DIR/sshd.pid")
    if [[ $pid =~ ^[0-9]+$ ]] && kill "$pid" 2>/dev/null; then
      local i
      for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
  if [[ -f $DIR/jails ]]; then
    local jails
    jails=$(<"$DIR/jails")
    [[ -n $jails && $jails != / && -d $jails ]] && rm -rf -- "$jails"
  fi
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
