#!/usr/bin/env bash
# The frozen one-folder build, made and smoke-tested here (Linux): packaging/build.sh
#
#  1. a build environment packaging/.build-venv with PyInstaller and the app installed from its
#     wheel (as users get it, so resources/ is inside the package);
#  2. pyinstaller packaging/eduqa.spec → dist/EduQA/ (EduQA, eduqa-cli and _internal/);
#  3. the frozen programs run with no Python in reach (a clean environment, another folder):
#     --version, demo, info --json, screenshots offscreen in uz/ru/en, a results workbook
#     exported and imported back; then the folder's size and the time it all took.
#
# PYTHON=python3.12 packaging/build.sh picks the interpreter; KEEP_VENV=1 reuses the build
# environment (only the app is reinstalled).
set -euo pipefail
started=$(date +%s)
checkout="$(cd "$(dirname "$0")/.." && pwd)"
here="$checkout/packaging"
venv="$here/.build-venv"
dist="$checkout/dist"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python="${PYTHON:-python3}"
PYINSTALLER_VERSION="6.22.3"

step() { echo "+ [$(( $(date +%s) - started )) s] $*"; }

if [ "${KEEP_VENV:-0}" != 1 ] || [ ! -x "$venv/bin/python" ]; then
    step "build environment $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
    "$venv/bin/pip" install -q "pyinstaller==$PYINSTALLER_VERSION"
fi

step "the app's wheel from a copy of the checkout"
mkdir "$work/src"
tar -C "$checkout" --exclude=./.venv --exclude=./.git --exclude=./build --exclude=./dist \
    --exclude=./packaging/.build-venv --exclude='*.egg-info' --exclude=__pycache__ \
    -cf - . | tar -C "$work/src" -xf -
"$venv/bin/pip" wheel -q --no-deps -w "$work/wheel" "$work/src"
"$venv/bin/pip" install -q --force-reinstall --no-deps "$work"/wheel/eduqa_desktop-*.whl
"$venv/bin/pip" install -q "$work"/wheel/eduqa_desktop-*.whl  # its dependencies

step "icon"
"$venv/bin/python" "$here/make_icon.py" > /dev/null

step "pyinstaller"
cd "$work"  # never analyse the checkout's eduqa_desktop/: only the installed wheel
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$checkout/build/pyinstaller" "$here/eduqa.spec"
built=$(( $(date +%s) - started ))
app="$dist/EduQA"

step "smoke test of the frozen programs, with no Python in reach"
mkdir "$work/run" "$work/data" && cd "$work/run"
frozen() {
    # a clean environment: no PATH to any Python, no PYTHONPATH, a private data folder
    env -i HOME="$work" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
        EDUQA_DATA_DIR="$work/data" LANG=C.UTF-8 "$app/eduqa-cli" "$@"
}
version=$(frozen --version)
[[ "$version" =~ ^eduqa\ [0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "bad version: $version" >&2; exit 1; }
echo "  $version"
frozen demo --db demo.sqlite3 > /dev/null
frozen info --db demo.sqlite3 --json > info.json
grep -q '"teachers": [1-9]' info.json || { echo "info: no teachers" >&2; cat info.json; exit 1; }
grep -q '"checklist_templates": [1-9]' info.json || { echo "info: no checklists" >&2; exit 1; }
echo "  info: $(grep -o '"schema_revision": "[^"]*"' info.json)"
for lang in uz ru en; do
    frozen screenshots --db demo.sqlite3 --out "shots-$lang" --lang "$lang" --size 1366x768 \
        > /dev/null
    count=$(find "shots-$lang" -name '*.png' -size +20k | wc -l)
    [ "$count" -ge 4 ] || { echo "screenshots $lang: $count PNG over 20 kB" >&2; exit 1; }
done
echo "  screenshots: $count PNG per language in uz, ru, en"
frozen export results --db demo.sqlite3 --out results.xlsx --lang ru --json > exported.json
frozen import results --db demo.sqlite3 --lang ru --json results.xlsx > imported.json
grep -q '"errors": \[\]' imported.json || { echo "import: errors" >&2; cat imported.json; exit 1; }
echo "  results exported in Russian and imported back"
# the window program is the same program without a console
env -i PATH=/usr/bin:/bin "$app/EduQA" --version > /dev/null

size=$(du -sh "$app" | cut -f1)
files=$(find "$app" -type f | wc -l)
echo "frozen build passed: $app, $size in $files files;" \
    "built in $built s, smoke-tested in $(( $(date +%s) - started - built )) s"
