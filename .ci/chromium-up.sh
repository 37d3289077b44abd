#!/usr/bin/env bash
# Make sure headless Chromium and its WebDriver are installed for the pages' browser tests (Debian's `chromium` and
# `chromium-driver`, driven by Selenium), with a CJK
# font so that the screenshot shows the Chinese labels (fonts-wqy-zenhei, ~10 MB; the test does not need it).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qi 'zenhei\|noto sans cjk' || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -eq 0 ]; then
  echo "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi
echo "chromium: installing ${missing[*]}"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromium --version
