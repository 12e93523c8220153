"""The cells of a results row checked on their own: the period it is for and its counts."""

from __future__ import annotations

from dataclasses import dataclass

from eduqa_desktop.domain.indicators import MarkCounts, validate_result_counts
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.headers import RESULTS
from eduqa_desktop.exchange.row_checks import RowChecks
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table, period_from_titles
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = RESULTS
COUNT_COLUMNS = ("n5", "n4", "n3", "n2", "n1", "not_attested", "exempt", "class_size")


@dataclass(frozen=True)
class ResultCounts:
    class_size: int
    counts: MarkCounts
    exempt: int

    def as_columns(self) -> dict[str, int]:
        """The values of the results row's count columns."""
        return {
            "class_size": self.class_size, "n5": self.counts.n5, "n4": self.counts.n4,
            "n3": self.counts.n3, "n2": self.counts.n2, "n1": self.counts.n1,
            "not_attested": self.counts.not_attested, "exempt": self.exempt,
        }  # fmt: skip


def period_fallbacks(
    table: Table, year: str | None, term: int | None
) -> tuple[str | None, int | None]:
    """The year and quarter of rows that do not say (the user's choice, else the title's), or a
    UserError when the file says neither in a column nor elsewhere."""
    title_year, title_term = period_from_titles(table.title_lines)
    year = year or title_year
    term = term or title_term
    if "year" not in table.columns and year is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file does not say which academic year it is for: add a column “Academic "
                "year”, write it in the title (“1 четверть 2025-2026”) or choose it.",
            )
        )
    if "term" not in table.columns and term is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file does not say which quarter it is for: add a column “Quarter”, write "
                "it in the title (“I chorak”) or choose it.",
            )
        )
    return year, term


def term_number(checks: RowChecks, source: SourceRow, fallback: int | None) -> int | None:
    number = source.values.get("term")
    if number is None:
        return fallback
    if not 1 <= number <= 4:
        checks.problem(
            source,
            "term",
            QT_TRANSLATE_NOOP("Messages", "{value} is not a quarter (1–4)."),
            value=number,
        )
        return None
    return int(number)


def result_counts(checks: RowChecks, source: SourceRow) -> ResultCounts | None:
    """The row's counts, or None with a problem per empty or impossible cell (an unreadable
    one was listed by the reader)."""
    counts_ok = checks.require(source, "class_size", "n5", "n4", "n3", "n2")
    values = {name: source.values.get(name) for name in COUNT_COLUMNS}
    if not counts_ok or any(
        values[name] is None and source.raw.get(name) not in (None, "") for name in COUNT_COLUMNS
    ):
        return None
    counts = MarkCounts(
        n5=values["n5"],
        n4=values["n4"],
        n3=values["n3"],
        n2=values["n2"],
        n1=values["n1"] or 0,
        not_attested=values["not_attested"] or 0,
    )
    exempt = values["exempt"] or 0
    if validate_result_counts(values["class_size"], counts, exempt):
        checks.problem(
            source,
            "class_size",
            QT_TRANSLATE_NOOP(
                "Messages",
                "Pupils with a mark ({marked}) + not attested ({na}) + exempt ({exempt}) = "
                "{used}, more than the {size} pupils in the class.",
            ),
            marked=counts.marked,
            na=counts.not_attested,
            exempt=exempt,
            used=counts.assessed + exempt,
            size=values["class_size"],
        )
        return None
    return ResultCounts(values["class_size"], counts, exempt)
