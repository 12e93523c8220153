"""What the grid's unsaved rows and the rows another person saved meanwhile say differently."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.domain.result_entry import COUNT_COLUMNS
from eduqa_desktop.services.results import ResultInput, ResultLine
from eduqa_desktop.ui.dialogs.conflict_dialog import Difference


def _counts(values: dict[str, int | None], size: int | None) -> str:
    marks = " / ".join(str(values.get(name) or 0) for name in COUNT_COLUMNS)
    return QCoreApplication.translate("ResultConflict", "{marks} of {size}").format(
        marks=marks, size=size if size is not None else "—"
    )


def result_differences(
    mine: list[ResultInput], theirs: list[ResultLine], deleted: Collection[int] = ()
) -> list[Difference]:
    """`deleted`: the saved rows deleted in the grid (yours: deleted)."""
    typed = {item.id: item for item in mine if item.id is not None}
    rows: list[Difference] = []
    for line in theirs:
        item = typed.get(line.id)
        what = f"{line.class_name} · {line.subject} · {line.teacher}"
        saved = _counts({n: getattr(line, n) for n in COUNT_COLUMNS}, line.class_size)
        if line.id in deleted:
            yours = QCoreApplication.translate("ResultConflict", "Deleted")
        elif item is not None:
            yours = _counts({n: getattr(item, n) for n in COUNT_COLUMNS}, item.class_size)
        else:
            yours = "—"
        rows.append((what, yours, saved))
    return rows
