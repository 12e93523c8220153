#!/usr/bin/env bash
# Install the way users do: build the wheel from a copy of the checkout, install it into a fresh
# virtual environment outside the checkout, and from an empty temporary folder run the app's
# command line on it. A resource missing from the wheel fails here.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export EDUQA_DATA_DIR="$work/data"   # never the user's own data folder
python="${PYTHON:-python3}"

echo "+ wheel from a copy of $checkout"
mkdir "$work/src"
# a copy, so that no stale build/ folder of the checkout can leak into the wheel
tar -C "$checkout" --exclude=./.venv --exclude=./.git --exclude=./build --exclude=./dist \
    --exclude=./packaging/.build-venv \
    --exclude='*.egg-info' --exclude=__pycache__ -cf - . | tar -C "$work/src" -xf -
"$python" -m venv "$work/build-venv"
"$work/build-venv/bin/pip" wheel -q --no-deps -w "$work/dist" "$work/src"
wheel=$(ls "$work"/dist/eduqa_desktop-*.whl)
echo "+ $(basename "$wheel")"

"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$wheel"
eduqa="$work/venv/bin/eduqa"
mkdir "$work/run" && cd "$work/run"

located=$("$work/venv/bin/python" -c "import eduqa_desktop; print(eduqa_desktop.__file__)")
case "$located" in
    "$work/venv/"*) ;;
    *) echo "eduqa_desktop imported from $located, not from the installed wheel" >&2; exit 1 ;;
esac

# every file the app reads at run time is in the installed package
"$work/venv/bin/python" - "$checkout/resources" <<'PY'
import sys
from importlib.resources import files
from pathlib import Path
source = Path(sys.argv[1])
installed = Path(str(files("eduqa_desktop.resources")))
skip = ("screenshots/", "translations/dictionary/")
wanted = {
    p.relative_to(source).as_posix() for p in source.rglob("*")
    if p.is_file() and p.suffix not in (".py", ".pyc", ".ts")
    and not p.relative_to(source).as_posix().startswith(skip)
}
missing = sorted(r for r in wanted if not (installed / r).is_file())
assert not missing, f"resources missing from the wheel: {missing}"
print(f"+ {len(wanted)} resource files installed in {installed}")
PY

version=$("$eduqa" --version)
echo "+ eduqa --version: $version"
[[ "$version" =~ ^eduqa\ [0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "bad version: $version" >&2; exit 1; }

"$eduqa" demo --db demo.sqlite3
"$eduqa" info --db demo.sqlite3 --json > info.json
"$work/venv/bin/python" - info.json <<'PY'
import json, sys
info = json.load(open(sys.argv[1], encoding="utf-8"))
counts = info["row_counts"]
assert info["schools"], "info: no school in the demo"
for table in ("subjects", "checklist_templates", "activity_types", "teachers"):
    assert counts.get(table, 0) > 0, f"info: {table} is empty"
print(f"+ info: schema {info['schema_revision']}, {counts['teachers']} teachers,"
      f" {counts['subjects']} subjects, {counts['checklist_templates']} checklists")
PY

for lang in uz ru en; do
    "$eduqa" screenshots --db demo.sqlite3 --out "shots-$lang" --lang "$lang" --size 1366x768 \
        > /dev/null
done
"$work/venv/bin/python" - <<'PY'
import struct
from pathlib import Path
counts = {}
for lang in ("uz", "ru", "en"):
    pngs = sorted(Path(f"shots-{lang}").glob("*.png"))
    counts[lang] = len(pngs)
    for png in pngs:
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{png}: not a PNG"
        size = struct.unpack(">II", head[16:24])
        assert size == (1366, 768), f"{png}: {size[0]}x{size[1]}, expected 1366x768"
        assert png.stat().st_size > 20_000, f"{png}: {png.stat().st_size} bytes, blank?"
assert min(counts.values()) >= 4 and len(set(counts.values())) == 1, f"screenshots: {counts}"
print(f"+ screenshots: {counts['uz']} PNG of 1366x768 in each of uz, ru, en")
PY

"$eduqa" export results --db demo.sqlite3 --out results.xlsx --lang ru --json > exported.json
"$eduqa" import results --db demo.sqlite3 --lang ru --json results.xlsx > imported.json
"$work/venv/bin/python" - <<'PY'
import json
exported = json.load(open("exported.json", encoding="utf-8"))
imported = json.load(open("imported.json", encoding="utf-8"))
assert exported["rows"] > 0 and not imported["errors"], imported["errors"][:3]
assert imported["unchanged"] == exported["rows"], (imported, exported)
print(f"+ results exported in Russian and imported back: {exported['rows']} rows unchanged")
PY
echo "wheel smoke test passed"
