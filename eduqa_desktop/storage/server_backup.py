"""A backup of a server database before its schema is upgraded: `pg_dump` when it is on PATH.

A file is copied by SQLite itself (backup.py); a PostgreSQL database can only be copied by
PostgreSQL's own tool. Without it the caller must ask (storage.database).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from eduqa_desktop.paths import data_dir

DUMP_TIMEOUT_S = 3600


class ServerBackupUnavailable(Exception):
    """No backup can be made; the message says why (in English, for the log)."""


def backup_folder() -> Path:
    return data_dir() / "backups"


def search_path_schema(url: URL) -> str | None:
    """The schema a URL's `options=-csearch_path=…` puts first, if any (one database, many
    schemas: the dump is then of that schema only)."""
    options = url.query.get("options")
    text = " ".join(options) if isinstance(options, tuple) else options or ""
    found = re.search(r"-c\s*search_path\s*=\s*([^,\s]+)", text)
    return found.group(1).strip('"') if found else None


def dump_before_upgrade(url: URL, from_revision: str) -> Path:
    """`<database>.before-<rev>-<timestamp>.dump` (pg_dump's custom format, for pg_restore)
    in the data folder's backups/."""
    if url.get_backend_name() != "postgresql":
        raise ServerBackupUnavailable(f"no backup tool is known for {url.get_backend_name()}")
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise ServerBackupUnavailable("pg_dump is not on PATH")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    schema = search_path_schema(url)
    name = "-".join(part for part in (url.database, schema) if part) or "database"
    target = backup_folder() / f"{name}.before-{from_revision}-{stamp}.dump"
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [pg_dump, "--format=custom", f"--file={target}", "--no-password"]
    if url.host:
        command.append(f"--host={url.host}")
    if url.port:
        command.append(f"--port={url.port}")
    if url.username:
        command.append(f"--username={url.username}")
    if schema:
        command.append(f"--schema={schema}")
    command.append(url.database or "")
    environment = dict(os.environ)
    if url.password:  # never on the command line, where every user of the PC can read it
        environment["PGPASSWORD"] = str(url.password)
    try:
        done = subprocess.run(
            command, env=environment, capture_output=True, text=True, timeout=DUMP_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        target.unlink(missing_ok=True)
        raise ServerBackupUnavailable(f"pg_dump could not run: {error}") from error
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise ServerBackupUnavailable(f"pg_dump failed: {done.stderr.strip()}")
    return target
