#!/usr/bin/env bash
# Debian's packages the proofs need, installed when missing (from the package registries; nothing
# downloads a browser): chromium and a Thai font for the browser proofs, Varnish and wrk for the
# front-cache proof and bench/cache.py, gettext for the catalogues, Java for the Nu Html Checker. Run by `make test` and .ci/run.
# apt-get needs root (or password-less sudo); without it this names what is missing and the proofs
# that need it are skipped with the reason.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
{ command -v fc-list >/dev/null && fc-list :lang=th | grep -q .; } || missing+=(fonts-thai-tlwg)
command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] || missing+=(varnish)
command -v wrk >/dev/null || missing+=(wrk)
command -v xgettext >/dev/null || missing+=(gettext)
command -v java >/dev/null || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "Not installed (apt-get needs root): ${missing[*]}. The proofs that need them will be skipped." >&2
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Not installed (no apt-get here): ${missing[*]}. The proofs that need them will be skipped." >&2
  exit 0
fi

echo "Installing Debian's ${missing[*]} for the proofs"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
