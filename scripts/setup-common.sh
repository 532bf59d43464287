# Shared by scripts/run.sh and scripts/test.sh (sourced, not run): say what is
# happening, install missing Debian packages, and make the one .venv both use.
# Both install the checkout in editable mode, so source edits take effect in
# either without reinstalling.

say() { echo "[$(basename "$0")] $*" >&2; }

# install_debs PKG...: apt-get install the packages that dpkg does not list (no-op off Debian).
install_debs() {
  command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 0
  local need=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  [ ${#need[@]} -gt 0 ] || return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  say "installing system packages: ${need[*]} (apt-get; asks for your password if not root)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

# make_venv EXTRAS: .venv with pip, then `pip install -e .[EXTRAS]` (EXTRAS may be empty).
make_venv() {
  VENV="${VENV:-.venv}"
  if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then  # stock Debian splits these out
    install_debs python3-venv
  fi
  if ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then  # missing, or half-made by a failed run
    say "creating the virtual environment $VENV"
    python3 -m venv --clear "$VENV"
  fi
  say "updating pip"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  local target="."
  [ -z "${1:-}" ] || target=".[$1]"
  say "installing CSE Screening and its Python packages into $VENV (editable; about 30 s the first time)"
  "$VENV/bin/python" -m pip install -q -e "$target"
  say "building the interface's translations (Welsh)"
  VENV="$VENV" bash "$(dirname "${BASH_SOURCE[0]}")/build-translations.sh"
}
