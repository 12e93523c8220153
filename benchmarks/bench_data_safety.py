"""Data safety at full length: what the incoming-file guard costs against openpyxl reading the
same file, how fast bombs are refused, the crash harness with many kill points per operation,
and the fuzzing with many cases.

    python benchmarks/bench_data_safety.py [--rows 20000] [--kills 30] [--fuzz 2000]

The CI runs a small fixed part of the last two (tests/storage/test_crash_harness.py,
tests/exchange/test_fuzz_files.py); this runs them long. Each kill point is spread evenly
over the time the operation takes when it is not killed (measured first).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path[:0] = [str(TESTS), str(TESTS.parent)]

from openpyxl import Workbook, load_workbook  # noqa: E402

from eduqa_desktop.exchange.file_guard import FileRefused, check_incoming  # noqa: E402
from eduqa_desktop.exchange.file_limits import FileLimits  # noqa: E402


def timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def results_file(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Класс", "Предмет", "Учитель", "Учащихся", "«5»", "«4»", "«3»", "«2»"])
    for index in range(rows):
        sheet.append([f"{5 + index % 7}-A", f"Fan {index}", "Sharipova Gulnora", 25, 5, 10, 8, 2])
    book.save(path)
    return path


def guard_cost(folder: Path, rows: int) -> None:
    """The guard streams every part once; openpyxl parses them: the ratio of the two."""
    path = results_file(folder / "results.xlsx", rows)

    def raw() -> None:
        book = load_workbook(path, read_only=True, data_only=True)
        for _row in book.active.iter_rows(values_only=True):
            pass
        book.close()

    bare = min(timed(raw) for _ in range(3))
    guard = min(timed(lambda: check_incoming(path, FileLimits())) for _ in range(3))
    print(f"guard on {rows} rows: {guard:.3f} s; openpyxl reading it: {bare:.3f} s; "
          f"ratio {guard / bare:.2f}")  # fmt: skip


def bomb_refusals(folder: Path) -> None:
    from exchange.crafted import declare_size, replace_parts, workbook

    lying = declare_size(workbook(folder / "lying.xlsx"), "xl/sharedStrings.xml", 1_180_000_000)
    strings = "<si><t>" + "a" * 60 + "</t></si>"
    real = replace_parts(
        workbook(folder / "real.xlsx"), {"xl/sharedStrings.xml": f"<sst>{strings * 400_000}</sst>"}
    )  # 27 MB of XML packed to about 100 KB
    for name, path in (("declared 1.18 GB", lying), ("27 MB sharedStrings", real)):
        start = time.perf_counter()
        try:
            check_incoming(path, FileLimits())
            outcome = "accepted"
        except FileRefused as error:
            outcome = f"refused ({error.exceeded})"
        print(f"bomb {name}: {outcome} in {time.perf_counter() - start:.3f} s")


def whole_run(operation: str, path: Path, extra: Path | None) -> float:
    """Seconds the operation takes from "started" to its end, not killed."""
    import subprocess

    command = [sys.executable, str(TESTS / "crash_child.py"), operation, str(path)]
    child = subprocess.Popen(
        [*command, *([str(extra)] if extra else [])], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    child.stdout.readline()
    start = time.perf_counter()
    child.communicate(timeout=600)
    return time.perf_counter() - start


def crash_harness(folder: Path, kills: int) -> int:
    from storage.test_crash_harness import DATA, counts, integrity, run_and_kill

    from eduqa_desktop.services.schools import create_school
    from eduqa_desktop.storage.database import open_database

    source = results_file(folder / "crash.xlsx", 2000)
    failures = 0

    def school(path: Path) -> Path:
        db = open_database(path)
        create_school(db, "Test maktab", district="", region="", year="2025-2026")
        db.close()
        return path

    operations = {
        "import": (lambda p: school(p), source, ("result_rows",), {(0,), (2000,)}),
        "demo": (lambda p: open_database(p).close() or p, None, ("schools",), {(0,), (1,)}),
        "migration": (
            lambda p: Path(shutil.copyfile(DATA / "schema_0001.sqlite3", p)),
            None,
            ("schools",),
            {(1,)},
        ),
    }
    for name, (make, extra, tables, allowed) in operations.items():
        path = make(folder / f"{name}-full.sqlite3")
        full = whole_run(name, path, extra)
        for point in range(kills):
            path = make(folder / f"{name}-{point}.sqlite3")
            run_and_kill(name, path, full * point / kills, extra)
            ok = integrity(path) == "ok" and counts(path, *tables) in allowed
            failures += not ok
            path.unlink()
        print(f"crash harness {name}: {kills} kills over {full:.1f} s, failures so far {failures}")
    return failures


def fuzz(cases: int) -> None:
    import os

    import pytest


    os.environ["EDUQA_FUZZ_BUDGET"] = str(cases)  # read by the test
    code = pytest.main(
        ["-q", "-p", "no:cacheprovider", str(TESTS / "exchange" / "test_fuzz_files.py"),
         "-W", "ignore::hypothesis.errors.HypothesisWarning"]
    )  # fmt: skip
    print(f"fuzzing {cases} cases: pytest exit {code}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--fuzz", type=int, default=0, help="fuzz cases (0: skip)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        guard_cost(folder, args.rows)
        bomb_refusals(folder)
        failures = crash_harness(folder, args.kills)
    if args.fuzz:
        fuzz(args.fuzz)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
