"""Totals and summary rows, which are never records.

A row is a totals row when a cell that names the record (the teacher, class, subject or
activity, any required cell, or a cell left of every field such as "№") says ``Всего``,
``Итого``, ``Jami``, ``Hammasi``, ``Total`` (with anything after it: ``Всего: 6``,
``Jami maktab bo'yicha``); when the teacher's name cell holds a count (``6``, ``6 чел.``);
or when every name cell is empty and only numbers are left (a row of sums).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from eduqa_desktop.exchange.headers import Field, ValueType, header_key

_FIRST_WORDS = frozenset(
    header_key(word)
    for word in ("Итого", "Всего", "Jami", "Жами", "Hammasi", "Ҳаммаси", "Barchasi", "Total",
                 "Totals", "Subtotal", "Grand", "Summa", "Сумма", "Umumiy")
)  # fmt: skip
_NAME_FIELDS = ("full_name", "teacher", "class_name", "subject", "activity_type")
_PERSON_FIELDS = ("full_name", "teacher")
_COUNT = re.compile(r"^\d+(?: [a-z]{1,8})?$")  # "6", "6 chel", "6 nafar"


def is_total_label(value: object) -> bool:
    """True for ``Всего: 6``, ``ИТОГО``, ``Jami maktab bo'yicha``, ``Total`` …"""
    if not isinstance(value, str):
        return False
    key = header_key(value)
    return bool(key) and key.split(" ")[0] in _FIRST_WORDS


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_count(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(_COUNT.match(header_key(value)))


def is_totals_row(
    values: Sequence[Any], columns: Mapping[str, int], fields: Sequence[Field]
) -> bool:
    """The rules of the module docstring for one row (`columns`: field name → index)."""
    first = min(columns.values(), default=0)
    cells = {name: values[i] if i < len(values) else None for name, i in columns.items()}
    labels = [cells[n] for n in _NAME_FIELDS if n in cells]
    labels += [cells[f.name] for f in fields if f.required and f.name in cells]
    labels += list(values[:first])
    if any(is_total_label(v) for v in labels):
        return True
    if any(n in cells and _is_count(cells[n]) for n in _PERSON_FIELDS):
        return True
    named = [n for n in _NAME_FIELDS if n in cells]
    numbers = [
        f.name
        for f in fields
        if f.type in (ValueType.INTEGER, ValueType.NUMBER) and f.name in cells
    ]
    return (
        bool(named)
        and all(_empty(cells[n]) for n in named)
        and any(not _empty(cells[n]) for n in numbers)
        and all(_empty(cells[f.name]) for f in fields if f.name in cells and f.name not in numbers)
    )
