#!/usr/bin/env bash
# Installs the Debian 12 packages UnionBoard needs to build, run and test, on a bare Debian 12 with
# nothing assumed (CI proves it in a freshly bootstrapped root). Skips apt when all are there.
#   scripts/deps.sh [--test] [--list]   --test: also what the tests need; --list: print, install nothing
set -euo pipefail
test_packages=false
list_only=false
for argument in "$@"; do
  case "$argument" in
    --test) test_packages=true ;;
    --list) list_only=true ;;
    *) echo "deps.sh: unknown option $argument (use --test, --list)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build pkg-config git python3
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libicu-dev libsqlite3-dev sqlite3 libgtest-dev libgmock-dev libpoppler-qt6-dev
  xvfb xauth fonts-noto-cjk
  # Word (.docx) through QuaZip, saved web pages through gumbo, scanned PDFs through Tesseract (#17)
  libquazip1-qt6-dev libgumbo-dev libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-chi-tra
  # Server passwords in the desktop's keychain (#18)
  qtkeychain-qt6-dev
)
if $test_packages; then
  # clang + libclang-rt: the ASan/UBSan build and libFuzzer; llvm-14: llvm-symbolizer for their
  # stack traces; llvm: the llvm-ar CMake takes for clang wherever it is installed, so listed
  # to make every machine build alike. (scripts/crashtest.sh checks stores with sqlite3, installed above.)
  packages+=(clang libclang-rt-14-dev llvm-14 llvm postgresql libqt6sql6-psql qpdf poppler-utils)
fi

if $list_only; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
