#!/usr/bin/env bash
# The browser test drives Debian's chromium through playwright-core (no browser download).
# Installs it when missing and we may (root with apt-get); otherwise says what to install.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the task-pane browser test…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium; }
  exit 0
fi
echo "The task-pane browser test needs Chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
exit 1
