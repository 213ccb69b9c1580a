#!/usr/bin/env bash
# System packages dyadwatch needs; installs only what is missing (CI runs as root).
#   scripts/system-deps.sh         runtime: Pango and fonts for the PDF brief
#   scripts/system-deps.sh test    also poppler-utils (pdftoppm) for the PDF test and Debian's
#                                  chromium for the browser tests (playwright cannot download one here)
set -euo pipefail
need=()
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || need+=(libpango-1.0-0 libpangoft2-1.0-0)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ "${1:-}" = test ]; then
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "system-deps: missing ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
