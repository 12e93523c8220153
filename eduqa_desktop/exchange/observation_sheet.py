"""The observations template's own columns: one per criterion of a checklist.

A lesson visited is one row; after the fixed columns (date, teacher, class, …) come the
criteria, headed by their number as the app shows it ("2.3") and a short text. A cell holds a
level of the checklist's scale or "N" (not applicable). The template is made with the
criteria of the school's first checklist; a row may name another checklist, and then its
columns are read by number against that checklist (services/checklist_finder.py finds it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eduqa_desktop.domain.checklist_views import TemplateView, localized
from eduqa_desktop.exchange.headers import header_key

HEADER_TEXT_LIMIT = 48
_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.,]\s*(\d{1,2})(?![\d])")
NOT_APPLICABLE_WORDS = frozenset(
    header_key(word)
    for word in ("N", "N/A", "NA", "н/п", "н/а", "нп", "Н", "q/e", "qoʻllanilmaydi", "не применимо")
)


def criterion_header(number: str, text: str) -> str:
    """ "2.3 Pupils work in groups…" — the number first, so the column is found by it."""
    short = " ".join(text.split())
    if len(short) > HEADER_TEXT_LIMIT:
        short = short[: HEADER_TEXT_LIMIT - 1].rstrip() + "…"
    return f"{number} {short}".strip()


def criterion_number(header: str) -> str | None:
    """The criterion number a column header begins with ("2.3"), or None."""
    found = _NUMBER.match(header)
    return f"{int(found.group(1))}.{int(found.group(2))}" if found else None


def is_not_applicable(value: object) -> bool:
    return isinstance(value, str) and header_key(value) in NOT_APPLICABLE_WORDS


@dataclass(frozen=True)
class ChecklistColumns:
    """The checklist a template is made for, with the header of each criterion column."""

    view: TemplateView
    headers: tuple[tuple[str, str], ...]  # (criterion number, header text)
    levels: tuple[int, ...]


def checklist_columns(view: TemplateView, language: str) -> ChecklistColumns:
    """The criterion columns of a checklist, headed in `language`."""
    headers = tuple(
        (criterion.number, criterion_header(criterion.number, localized(criterion.text, language)))
        for criterion in view.criteria
    )
    return ChecklistColumns(view, headers, tuple(level.value for level in view.levels))
