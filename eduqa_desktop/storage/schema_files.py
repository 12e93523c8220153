"""The shipped migrations, read from their file names (no Alembic, no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def known_revisions() -> list[str]:
    """Revision ids of the shipped migrations, oldest first (files are named NNNN_*.py).

    Read from the file names so that opening an up-to-date database does not import
    Alembic (about half a second on an office PC); a test checks this against Alembic.
    """
    return sorted(
        path.name.split("_", 1)[0]
        for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def head_revision() -> str:
    return known_revisions()[-1]
