#!/usr/bin/env bash
# Debian packages the tests drive: chromium (the task-pane browser test, through playwright-core,
# no browser download), libxml2-utils (xmllint checks every XML part --out writes) and
# libreoffice-calc-nogui (an independent reader converts the annotated copy to CSV).
# Installs what is missing when we may (root with apt-get); otherwise says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; }
  exit 0
fi
echo "The tests need ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
exit 1
