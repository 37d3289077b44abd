#!/usr/bin/env bash
# Make sure headless Chromium is installed for ManagersPageBrowserTest (Debian's `chromium` package).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi
echo "chromium: installing"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
