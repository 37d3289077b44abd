#!/usr/bin/env bash
# Make sure the officers' other tools are installed for the round-trip tests (WorkbookRoundTripResourceTest): LibreOffice
# Calc, headless (`soffice --convert-to xlsx`), and python3 with openpyxl (load and save). The tests fail, never
# skip, when either is missing.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
if [ ${#missing[@]} -eq 0 ]; then
  echo "office: present ($(soffice --version 2>/dev/null | head -1), openpyxl $(python3 -c 'import openpyxl; print(openpyxl.__version__)'))"
  exit 0
fi
echo "office: installing ${missing[*]}"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
soffice --version
python3 -c 'import openpyxl'
