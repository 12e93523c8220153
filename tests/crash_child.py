"""The child process of the crash harness: one operation, killed (SIGKILL) by the parent.

    python tests/crash_child.py OPERATION DATABASE [FILE]

It prints "started" (flushed) right before the operation, so the parent's delays count from
there, and — for the autosave — "saved N" after each commit.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    operation, database = sys.argv[1], Path(sys.argv[2])
    extra = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    from eduqa_desktop.storage.database import open_database

    if operation == "migration":  # the file is at revision 0001: opening upgrades it
        print("started", flush=True)
        open_database(database).close()
    elif operation == "demo":
        from eduqa_desktop.services.demo import generate_demo

        db = open_database(database)
        print("started", flush=True)
        generate_demo(db, schools=1, teachers_per_school=12, years=1, seed=7)
        db.close()
    elif operation == "import":
        from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
        from eduqa_desktop.services.imports.run import apply_import

        db = open_database(database)
        print("started", flush=True)
        assert extra is not None
        apply_import(
            db,
            ImportRequest(ImportKind.RESULTS, extra, 1, "2025-2026", 1, create_missing=True),
        )
        db.close()
    elif operation == "receive":  # the district receives a folder of school packages
        from eduqa_desktop.services.school_packages.receive import receive_packages

        db = open_database(database)
        print("started", flush=True)
        assert extra is not None
        receive_packages(db, [extra])
        db.close()
    elif operation == "backup":
        from eduqa_desktop.storage.backup import make_backup

        print("started", flush=True)
        for _ in range(20):
            make_backup(database, "import-results")
    elif operation == "autosave":  # the observation form's autosave: save_draft, over again
        from dataclasses import replace

        from eduqa_desktop.services.observation_records import get_observation
        from eduqa_desktop.services.observations import save_draft

        db = open_database(database)
        draft = get_observation(db, 1)
        print("started", flush=True)
        for number in range(1, 100_000):
            save_draft(db, replace(draft.data, topic=f"typed {number}"), draft.id)
            print(f"saved {number}", flush=True)
    else:
        raise SystemExit(f"unknown operation {operation}")
    print("done", flush=True)


if __name__ == "__main__":
    main()
