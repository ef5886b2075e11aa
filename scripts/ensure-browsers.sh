#!/usr/bin/env bash
# The end-to-end tests drive the Debian builds of Chromium and Firefox ESR (no npm package may
# download a browser here). Installs them when missing and we may; otherwise says how.
set -euo pipefail
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox_bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
# The screenshots of Japanese and Chinese pages need a CJK font; the tests pass without one.
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ja 2>/dev/null)" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing a CJK font (fonts-noto-cjk) for the screenshots of Japanese and Chinese pages…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1; } \
    || echo "(no CJK font: Japanese and Chinese screenshots will show boxes)"
fi
# The interface-language tests run Firefox in German, which needs Firefox's German language pack.
if ! dpkg -s firefox-esr-l10n-de >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Firefox's German language pack (firefox-esr-l10n-de) for the interface-language tests…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr-l10n-de >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr-l10n-de >/dev/null 2>&1; } \
    || echo "(could not install firefox-esr-l10n-de: the German interface test will fail in Firefox)"
fi
if [ -x "$chromium_bin" ] && [ -x "$firefox_bin" ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Chromium and Firefox ESR from Debian packages for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium firefox-esr firefox-esr-l10n-de >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium ($chromium_bin) and Firefox ESR ($firefox_bin)." >&2
echo "Install them (Debian: sudo apt-get install chromium firefox-esr) or set CHROMIUM_PATH / FIREFOX_PATH." >&2
exit 1
