# Sourced by scripts/test.sh: finds Debian's Chromium or installs it, and exports CHROMIUM_PATH.
# Playwright cannot download its own browser here; it drives this one through executablePath.
find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then echo "$candidate"; return 0; fi
  done
  return 1
}
if ! CHROMIUM_PATH=$(find_chromium); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Chromium not found: installing Debian's chromium package (apt-get install -y chromium)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if ! CHROMIUM_PATH=$(find_chromium); then
    cat >&2 <<'MSG'
Chromium is needed for the end-to-end tests and was not found.
  On Debian or Ubuntu, as root:  apt-get update && apt-get install -y chromium
  Or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test
MSG
    exit 1
  fi
fi
export CHROMIUM_PATH
