"""One import per school at a time (storage.import_locks), refused in the user's words."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.import_locks import SchoolBusy, school_import_lock
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@contextmanager
def one_import_per_school(db: Database, school_id: int) -> Iterator[None]:
    """The school's import lock for the block; UserError when another import holds it."""
    principal = access.require(db, Action.IMPORT, school_id)
    who = audit.current_user() if principal.local else principal.display_name
    holder = f"{who or '?'} ({socket.gethostname()})"
    try:
        with school_import_lock(db, school_id, holder):
            yield
    except SchoolBusy as busy:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{who} has been importing into this school since {time}. Wait until that "
                "import has finished, then import again; nothing was written.",
            ),
            who=busy.holder or "?",
            time=busy.since.replace(tzinfo=UTC).astimezone().strftime("%H:%M"),
        ) from busy
