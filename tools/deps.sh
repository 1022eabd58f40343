#!/bin/sh
# Installs the Debian packages groeipad needs that are not installed yet.
# Usage: deps.sh PACKAGE...   (run as root, or with sudo available)
set -eu
missing=""
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && { echo "deps: everything is installed"; exit 0; }
echo "deps: installing$missing"
if [ "$(id -u)" = 0 ]; then sudo=""
elif command -v sudo >/dev/null; then sudo="sudo"
else echo "deps: these packages are missing:$missing; install them as root (apt-get install$missing)" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
