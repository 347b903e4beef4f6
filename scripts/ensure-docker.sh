#!/usr/bin/env bash
# Makes sure a Docker engine answers `docker info`. On a machine without one it installs Debian's
# docker.io (needs root and apt) and starts dockerd in the background, then waits until it answers.
set -euo pipefail

if docker info >/dev/null 2>&1; then
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-docker: no Docker engine answers and I cannot install one here (need root and apt-get)." >&2
    echo "ensure-docker: start a Docker engine, then run this again." >&2
    exit 1
  fi
  echo "ensure-docker: installing Debian's docker.io"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

if [ "$(id -u)" != 0 ]; then
  echo "ensure-docker: dockerd is installed but not running; start it (as root) and run this again." >&2
  exit 1
fi

echo "ensure-docker: starting dockerd (log: /tmp/dockerd.log)"
nohup dockerd >/tmp/dockerd.log 2>&1 &
for _ in $(seq 1 120); do
  if docker info >/dev/null 2>&1; then
    exit 0
  fi
  sleep 0.5
done
echo "ensure-docker: dockerd did not answer within 60 s; see /tmp/dockerd.log" >&2
tail -20 /tmp/dockerd.log >&2 || true
exit 1
