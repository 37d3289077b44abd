#!/usr/bin/env bash
# Make sure the officers' other tools are installed for the round-trip tests (WorkbookRoundTripResourceTest): LibreOffice
# Calc, headless (`soffice --convert-to xlsx`), and python3 with openpyxl (load and save). The tests fail, never
# skip, when either is missing.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
# the test takes the first python3 with openpyxl: the PATH's (a pyenv or venv one may lack it), else Debian's
has_openpyxl() { python3 -c 'import openpyxl' 2>/dev/null || /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; }
[ -x /usr/bin/python3 ] || missing+=(python3)
has_openpyxl || missing+=(python3-openpyxl)
if [ ${#missing[@]} -eq 0 ]; then
  echo "office: present ($(soffice --version 2>/dev/null | head -1), openpyxl)"
  exit 0
fi
echo "office: installing ${missing[*]}"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
soffice --version
has_openpyxl
