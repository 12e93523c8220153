"""One table of agreement between observers: a name, the lessons co-observed, and how far the
levels agree (pairs of levels, same level, within one, weighted κ, levels above or below).

The Calibration dialog shows every observer with it, and the chosen observer's colleagues; a
record needs a name (given by `name_of`), `lessons` and an `agreement` (``domain.agreement``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QWidget

from eduqa_desktop.ui.formatting import UNDEFINED, number
from eduqa_desktop.ui.teachers.rows_model import (
    Column,
    RowsModel,
    make_table,
    number_column,
    percent_column,
)

translate = QCoreApplication.translate  # the strings keep the dialog's context


def kappa_text(value: float | None) -> str:
    return UNDEFINED if value is None else number(value, 2)


def difference_text(value: float | None) -> str:
    return UNDEFINED if value is None else f"{'+' if value > 0 else ''}{number(value, 2)}"


class AgreementTable:
    """The model and the table view of agreement records."""

    def __init__(
        self,
        name_header: str,
        name_of: Callable[[Any], str],
        against_header: str,
        *,
        against_tooltip: str | None = None,
        extra: Sequence[Column[Any]] = (),
        parent: QWidget | None = None,
    ) -> None:
        columns: list[Column[Any]] = [
            Column(name_header, name_of),
            number_column(translate("CalibrationDialog", "Lessons"), lambda r: r.lessons),
            number_column(
                translate("CalibrationDialog", "Pairs of levels"), lambda r: r.agreement.pairs
            ),
            percent_column(
                translate("CalibrationDialog", "Same level"), lambda r: r.agreement.exact
            ),
            percent_column(
                translate("CalibrationDialog", "Within one level"), lambda r: r.agreement.within_one
            ),
            Column(
                translate("CalibrationDialog", "Weighted κ"),
                lambda r: kappa_text(r.agreement.kappa),
                lambda r: r.agreement.kappa,
                numeric=True,
            ),
            Column(
                against_header,
                lambda r: difference_text(r.agreement.mean_difference),
                lambda r: r.agreement.mean_difference,
                numeric=True,
                tooltip=None if against_tooltip is None else (lambda _r: against_tooltip),
            ),
            *extra,
        ]
        self.model: RowsModel[Any] = RowsModel(columns, parent)
        self.view: QTableView = make_table(self.model, parent)
