#!/usr/bin/env bash
# Debian's Chromium for `vkw report --pdf` and the report's browser test: installs the
# `chromium` package (and a font, so the text of a headless page has glyphs) when missing,
# then prints the binary's path on stdout. Nothing else goes to stdout.
set -euo pipefail
exec 3>&1 1>&2

log() { printf 'chromium.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }

find_chromium() {
  local name
  for name in "${VKW_CHROMIUM:-}" chromium chromium-browser; do
    [[ -n $name ]] && command -v "$name" && return 0
  done
  return 1
}

if ! binary=$(find_chromium); then
  command -v apt-get >/dev/null || die "no Chromium found and apt-get is unavailable"
  log "no Chromium found; installing Debian's chromium package"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    chromium fonts-dejavu-core
  binary=$(find_chromium) || die "Chromium still not found after installing it"
fi
printf '%s\n' "$binary" >&3
