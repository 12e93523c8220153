"""The indicator table of a term as HTML, for a PDF (rendered by ui/pdf_rendering.py).

A pure function: the caller passes the words (already translated) and, if it likes, the
number formatting of its language; every indicator is shown with its change from the
previous term as an arrow and a sign (``▲ +4.2``), so the printout needs no colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape

from eduqa_desktop.domain.display import average_2, percent_1
from eduqa_desktop.domain.indicator_rows import IndicatorRow

UNDEFINED = "—"


def plain_percent(value: float | None) -> str:
    rounded = percent_1(value)
    return UNDEFINED if rounded is None else f"{rounded:.1f}%"


def plain_average(value: float | None) -> str:
    rounded = average_2(value)
    return UNDEFINED if rounded is None else f"{rounded:.2f}"


def plain_change(value: float | None, is_average: bool) -> str:
    rounded = average_2(value) if is_average else percent_1(value)
    if rounded is None:
        return UNDEFINED
    text = f"{abs(rounded):.{2 if is_average else 1}f}"
    if rounded > 0:
        return f"▲ +{text}"
    if rounded < 0:
        return f"▼ −{text}"
    return f"= {text}"


@dataclass(frozen=True)
class ReportWords:
    """The words of the report, in the reader's language."""

    title: str = "Pupils' results"
    subtitle: str = ""  # e.g. "Quarter 2, 2025-2026, compared with quarter 1, 2025-2026"
    group: str = "Group"
    pupils: str = "Pupils"
    graded: str = "Marks (N)"
    pass_rate: str = "Pass rate"
    quality: str = "Quality"
    sou: str = "SOU"
    average_grade: str = "Average"
    change: str = "Change"
    empty: str = "No results."
    footnote: str = ""


@dataclass(frozen=True)
class NumberFormat:
    percent: Callable[[float | None], str] = plain_percent
    average: Callable[[float | None], str] = plain_average
    change: Callable[[float | None, bool], str] = plain_change


@dataclass(frozen=True)
class ReportSection:
    title: str
    rows: Sequence[IndicatorRow]
    labels: Sequence[str] = field(default_factory=tuple)  # group names shown (else row.group)
    group_header: str = ""  # the first column's header (else ReportWords.group)


_STYLE = (
    "body { font-size: 9pt; }"
    "h1 { font-size: 14pt; color: #1f4e79; margin-bottom: 2px; }"
    "h2 { font-size: 11pt; color: #1f4e79; margin-top: 14px; margin-bottom: 4px; }"
    "p.sub { color: #444444; margin-top: 0; }"
    "table { border-collapse: collapse; }"
    "th { background-color: #eef1f5; font-weight: bold; padding: 3px 5px; }"
    "td { padding: 2px 5px; }"
    "td.n { text-align: right; }"
    "p.note { color: #555555; font-size: 8pt; }"
)

INDICATOR_NAMES = ("pass_rate", "quality", "sou", "average_grade")


def _cells(row: IndicatorRow, numbers: NumberFormat) -> list[str]:
    cells = [str(row.pupils), str(row.counts.assessed)]
    for name in INDICATOR_NAMES:
        is_average = name == "average_grade"
        value = getattr(row.indicators, name)
        change = None if row.change is None else getattr(row.change, name)
        cells.append(numbers.average(value) if is_average else numbers.percent(value))
        cells.append(numbers.change(change, is_average))
    return cells


def indicator_report_html(
    sections: Sequence[ReportSection],
    words: ReportWords = ReportWords(),
    numbers: NumberFormat = NumberFormat(),
) -> str:
    """An HTML document: a title, then one table per section (class, grade, subject …)."""
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(words.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(words.title)}</h1>",
    ]
    if words.subtitle:
        parts.append(f"<p class='sub'>{escape(words.subtitle)}</p>")
    heads = [words.pupils, words.graded]
    for name in INDICATOR_NAMES:
        heads += [getattr(words, name), words.change]
    for section in sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        if not section.rows:
            parts.append(f"<p>{escape(words.empty)}</p>")
            continue
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>")
        parts.append(f"<th align='left'>{escape(section.group_header or words.group)}</th>")
        parts.extend(f"<th>{escape(head)}</th>" for head in heads)
        parts.append("</tr>")
        labels = list(section.labels) or [row.group for row in section.rows]
        for label, row in zip(labels, section.rows, strict=True):
            parts.append(f"<tr><td>{escape(label)}</td>")
            parts.extend(
                f"<td class='n' align='right'>{escape(cell)}</td>" for cell in _cells(row, numbers)
            )
            parts.append("</tr>")
        parts.append("</table>")
    if words.footnote:
        parts.append(f"<p class='note'>{escape(words.footnote)}</p>")
    parts.append("</body></html>")
    return "".join(parts)
