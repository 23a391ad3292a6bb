#!/usr/bin/env bash
# Installs what wirefacts builds and tests with, from Debian 12's packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  g++ cmake make pkg-config \
  libre2-dev libicu-dev libsqlite3-dev nlohmann-json3-dev catch2 libcli11-dev zlib1g-dev
