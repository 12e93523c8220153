"""Data safety at full length: what the incoming-file guard costs against openpyxl reading the
same file, how fast bombs are refused, the crash harness with many kill points per operation,
and the fuzzing with many cases.

    python benchmarks/bench_data_safety.py [--rows 20000] [--kills 30] [--fuzz 2000]

--rows is the size of the results file both for the guard's cost and for the crash harness's
import; --kills the kill points of each of the six operations (import, school-package receive,
demo, migration from 0001, backup, observation autosave).

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
from collections import Counter
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


def crash_harness(folder: Path, kills: int, rows: int, only: set[str] | None = None) -> int:
    """Every operation of the issue killed at `kills` points spread over its measured length:
    a `rows`-row results import, a school-package receive, the demo, the migration from 0001,
    backups and the observation autosave. A failure: an integrity check that is not ok, a
    database that does not open, or a state that is neither the one before nor the one after."""
    from district_world import copy_source, send_all, source_template
    from storage.test_crash_harness import (
        DATA,
        autosave_kept,
        counts,
        draft_database,
        integrity,
        per_school,
        run_and_kill,
    )

    from eduqa_desktop.services.schools import create_school
    from eduqa_desktop.storage.backup import list_backups
    from eduqa_desktop.storage.database import open_database

    source = results_file(folder / "crash.xlsx", rows)
    schools = copy_source(source_template(folder), folder / "schools.sqlite3")
    packages = send_all(schools, folder / "packages", term=None)
    schools.close()
    names = [path.stem for path in packages]
    whole = folder / "whole.sqlite3"
    open_database(whole).close()
    whole_run("receive", whole, folder / "packages")
    received = per_school(whole, names)
    nothing = dict.fromkeys(next(iter(received.values())), 0)

    def school(path: Path) -> Path:
        db = open_database(path)
        create_school(db, "Test maktab", district="", region="", year="2025-2026")
        db.close()
        return path

    def fresh(path: Path) -> Path:
        open_database(path).close()
        return path

    def backups_whole(path: Path, _out: str) -> bool:
        return all(integrity(b.path) == "ok" for b in list_backups(path))

    landed: Counter[int] = Counter()  # kills by how many packages were in when killed

    def each_package(path: Path, _out: str) -> bool:
        found = per_school(path, names)
        landed[sum(found[name] == received[name] for name in names)] += 1
        return all(found[name] in (nothing, received[name]) for name in names)

    operations = {
        "import": (school, source, lambda p, _o: counts(p, "result_rows") in {(0,), (rows,)}),
        "receive": (fresh, folder / "packages", each_package),
        "demo": (fresh, None, lambda p, _o: counts(p, "schools") in {(0,), (1,)}),
        "migration": (
            lambda p: Path(shutil.copyfile(DATA / "schema_0001.sqlite3", p)),
            None,
            lambda p, _o: counts(p, "schools") == (1,),
        ),
        "backup": (school, None, backups_whole),
        "autosave": (draft_database, None, autosave_kept),
    }
    failures = 0
    for name, (make, extra, check) in operations.items():
        if only and name not in only:
            continue
        if name == "autosave":
            full = 10.0  # it saves over and over until killed
        else:
            full = whole_run(name, make(folder / f"{name}-full.sqlite3"), extra)
        for point in range(kills):
            place = folder / f"{name}-{point}"  # its own folder: its backups/ beside it
            place.mkdir()
            path = make(place / "kill.sqlite3")
            output = run_and_kill(name, path, full * point / kills, extra)
            ok = integrity(path) == "ok" and check(path, output)
            failures += not ok
            shutil.rmtree(place)
        print(f"crash harness {name}: {kills} kills over {full:.1f} s, failures so far {failures}")
        if name == "receive":
            print(f"  packages in when killed: {dict(sorted(landed.items()))} (of {len(names)})")
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
    parser.add_argument("--crash", default="", help="only these operations, e.g. receive,backup")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        guard_cost(folder, args.rows)
        bomb_refusals(folder)
        only = {name for name in args.crash.split(",") if name} or None
        failures = crash_harness(folder, args.kills, args.rows, only)
    if args.fuzz:
        fuzz(args.fuzz)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
