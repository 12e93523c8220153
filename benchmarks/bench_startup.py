"""Start-up as a user feels it, against a bare PySide6 window and a bare Python, in one run.

    python benchmarks/bench_startup.py [--db-dir DIR] [--schools 50] [--repeat 7]

Each sample is a new process, timed from before it is started until it prints `painted`:
the main window shown with its first tab drawn (benchmarks/startup_probe.py) — and, for the
app, until its start-up splash is first drawn, the first thing the user sees — on the demo
school and on a district of `--schools` schools (both made once with `eduqa demo` and kept
in `--db-dir`), and a bare `QMainWindow` with one label. Then `eduqa info --db demo` against
`python -c "import sqlite3"`. Samples of the different kinds alternate, so a busy moment of
the machine falls on all of them alike. It prints medians and the ratios of the medians.

The issue's aims: the window ≤ 1.5× the bare window; `eduqa info` ≤ 2× the bare Python.
Children run offscreen with a private data folder and settings (HOME), never the user's, and
with .pyc files (PYTHONDONTWRITEBYTECODE is dropped for them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "startup_probe.py"
PYTHON = sys.executable
TODAY = "2026-11-25"


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        EDUQA_DATA_DIR=str(home / "data"),
    )
    # An installed package has its .pyc files (pip writes them); without them every sample
    # would compile the sources again. The warm-up run writes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def build(path: Path, schools: int, env: dict[str, str]) -> Path:
    if not path.exists():
        print(f"building {path.name} ({schools} school(s), not timed)…", flush=True)
        subprocess.run(
            [PYTHON, "-m", "eduqa_desktop", "demo", "--db", str(path),
             "--schools", str(schools), "--today", TODAY],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return path


def until_painted(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting `command` to each line it prints (`splash`, `painted`); it then
    ends by itself."""
    start = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            seen.setdefault(line.strip(), time.perf_counter() - start)
            if "painted" in seen:
                break
        else:
            raise RuntimeError(f"{command} ended without painting (exit {child.wait()})")
        if child.wait(timeout=60) != 0:
            raise RuntimeError(f"{command} exited {child.returncode}")
    return seen


def until_exit(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return {"ended": time.perf_counter() - start}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-dir", type=Path, default=Path(tempfile.gettempdir()) / "eduqa-bench")
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    args.db_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home_dir:
        env = child_env(Path(home_dir))
        demo = build(args.db_dir / "demo.sqlite3", 1, env)
        district = build(args.db_dir / f"district-{args.schools}.sqlite3", args.schools, env)
        kinds: dict[str, Callable[[], dict[str, float]]] = {
            "bare QMainWindow": lambda: until_painted([PYTHON, str(PROBE), "bare"], env),
            "app, demo school": lambda: until_painted(
                [PYTHON, str(PROBE), "app", "--db", str(demo), "--lang", "en"], env
            ),
            f"app, {args.schools} schools": lambda: until_painted(
                [PYTHON, str(PROBE), "app", "--db", str(district), "--lang", "en"], env
            ),
            "python -c 'import sqlite3'": lambda: until_exit([PYTHON, "-c", "import sqlite3"], env),
            "eduqa info (demo)": lambda: until_exit(
                [PYTHON, "-m", "eduqa_desktop", "info", "--db", str(demo)], env
            ),
        }
        for run in kinds.values():  # one warm-up each: the OS file cache, .pyc files
            run()
        samples: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            for name, run in kinds.items():
                for moment, seconds in run().items():
                    label = f"{name}, splash" if moment == "splash" else name
                    samples.setdefault(label, []).append(seconds)
    medians = {name: statistics.median(times) for name, times in samples.items()}
    print(f"\nmedian of {args.repeat} new processes (splash / first tab painted / ended):")
    for name, median in medians.items():
        print(f"  {name:<36} {median:6.3f} s   (best {min(samples[name]):.3f} s)")
    bare, python = medians["bare QMainWindow"], medians["python -c 'import sqlite3'"]
    district = f"app, {args.schools} schools"
    print("ratios of the medians:")
    lines = (
        ("demo school / bare window", medians["app, demo school"] / bare, "1.5"),
        (f"{args.schools} schools / bare window", medians[district] / bare, "1.5"),
        ("eduqa info / bare python", medians["eduqa info (demo)"] / python, "2"),
    )
    for label, ratio, aim in lines:
        print(f"  {label:<36} {ratio:5.2f}×  (aim ≤ {aim}×)")
    splash = medians.get("app, demo school, splash")
    if splash is not None:
        print(f"  {'demo school splash / bare window':<36} {splash / bare:5.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
