"""The district receiving school packages, against a raw read and insert of the same records
(used by bench_exchange.py; run it alone with `python benchmarks/network_packages.py`).

    python benchmarks/network_packages.py [--packages 300] [--teachers 12] [--keep DIR]

1. builds `--packages` demo schools in one database and exports each one's package for
   quarter 1 (timed, not compared);
2. receives the folder into a fresh database in a child process (so that its peak memory,
   ru_maxrss, is its own): every package read, checked, merged and committed on its own;
3. the raw baseline: python-calamine reading every machine sheet of every package and
   ``sqlite3.executemany`` writing the rows as text into one table per sheet, one
   transaction per file.
Prints records per second, the peak memory and the ratio; asserts no target.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 25)
YEAR = "2026-2027"


def build_packages(count: int, teachers: int, folder: Path) -> list[Path]:
    from eduqa_desktop.services.demo import generate_demo
    from eduqa_desktop.services.school_packages import export_school_package
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.storage.database import open_database

    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    db = open_database(folder / "schools.sqlite3")
    generate_demo(db, schools=count, teachers_per_school=teachers, years=1, seed=3, today=TODAY)
    print(f"{count} demo schools ready in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    paths = []
    for school in list_schools(db):
        path = folder / "packages" / f"{school.id:04d}.xlsx"
        path.parent.mkdir(exist_ok=True)
        export_school_package(db, school.id, path, year=YEAR, term=1, today=TODAY)
        paths.append(path)
    db.close()
    took = time.perf_counter() - start
    print(f"{len(paths)} packages written in {took:.1f} s ({len(paths) / took:.1f} packages/s)")
    return paths


def _receive(folder: str, target: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from eduqa_desktop.services.school_packages.receive import receive_packages
    from eduqa_desktop.storage.database import open_database

    db = open_database(target)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    report = receive_packages(db, [folder])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    records = sum(f.created + f.updated + f.unchanged for f in report.files)
    refused = sum(1 for f in report.files if not f.written)
    db.close()
    out.put((wall, cpu, records, refused, before, peak))


def receive_in_child(folder: Path, target: Path) -> tuple[float, float, int, int, int, int]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_receive, args=(str(folder), str(target), queue))
    child.start()
    result = queue.get()
    child.join()
    return result  # type: ignore[no-any-return]


def raw_read_and_insert(paths: list[Path], target: Path) -> tuple[float, float, int]:
    """python-calamine + executemany of every machine sheet's rows, one transaction a file."""
    import python_calamine

    connection = sqlite3.connect(target)
    made: set[str] = set()
    rows = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        with connection:
            for name in book.sheet_names:
                if not name.startswith("machine_"):
                    continue
                lines = book.get_sheet_by_name(name).to_python()
                if not lines:
                    continue
                header, body = lines[0], lines[1:]
                if name not in made:
                    columns = ", ".join(f'"{c}" TEXT' for c in header)
                    connection.execute(f'CREATE TABLE "{name}" ({columns})')
                    made.add(name)
                marks = ", ".join("?" * len(header))
                connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})', body)
                rows += len(body)
        book.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    connection.close()
    return wall, cpu, rows


def bench_packages(count: int, teachers: int, folder: Path) -> None:
    paths = build_packages(count, teachers, folder)
    from eduqa_desktop.storage.database import open_database

    target = folder / "district.sqlite3"
    open_database(target).close()  # the schema, outside the timing
    wall, cpu, records, refused, before, peak = receive_in_child(folder / "packages", target)
    raw_wall, raw_cpu, raw_rows = raw_read_and_insert(paths, folder / "raw.sqlite3")
    size = sum(p.stat().st_size for p in paths) / 1e6
    print(f"district receiving {len(paths)} packages ({size:.0f} MB, {records:,} records, "
          f"{refused} refused): {wall:.1f} s wall, {cpu:.1f} s CPU = {records / wall:,.0f} "
          f"records/s; peak memory {peak / 1024:.0f} MB (at start {before / 1024:.0f} MB)")
    print(f"  raw python-calamine + executemany of the same {raw_rows:,} rows: {raw_wall:.1f} s "
          f"wall, {raw_cpu:.1f} s CPU; ratio {wall / raw_wall:.1f}× wall, "
          f"{cpu / raw_cpu:.1f}× CPU")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=300)
    parser.add_argument("--teachers", type=int, default=12)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_packages_"))
    bench_packages(args.packages, args.teachers, folder)
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
