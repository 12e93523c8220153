"""What the school's profile says, in the user's language: the indicator lines, the voices and
graduates tables, the partners — built once from the service's figures, so that the window
and its PDF show the same words and numbers."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.domain.graduates import DESTINATION_ORDER, GRADUATING_GRADES, Destinations
from eduqa_desktop.domain.surveys import DIMENSION_ORDER, Satisfaction
from eduqa_desktop.services.dashboard.model import Measure
from eduqa_desktop.services.school_profile import SchoolProfile
from eduqa_desktop.services.surveys import GROUPS
from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.dashboard import texts
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent
from eduqa_desktop.ui.voices.labels import (
    destination_name,
    dimension_name,
    group_name,
    placement_name,
)


def value_heading() -> str:
    return QCoreApplication.translate("SchoolProfile", "Value")


def change_heading() -> str:
    return QCoreApplication.translate("SchoolProfile", "Change")


@dataclass(frozen=True)
class Line:
    label: str
    value: str
    change: str = ""


@dataclass(frozen=True)
class Grid:
    """A table: column headers, then (row label, cells)."""

    columns: list[str]
    rows: list[tuple[str, list[str]]]
    notes: list[str] = field(default_factory=list)


def title(profile: SchoolProfile) -> str:
    return QCoreApplication.translate("SchoolProfile", "School profile: {school}").format(
        school=profile.school.name
    )


def subtitle(profile: SchoolProfile) -> str:
    place = ", ".join(p for p in (profile.school.district, profile.school.region) if p)
    parts = [place] if place else []
    if profile.period is not None:
        parts.append(texts.period(profile.period.year, profile.period.term))
    if profile.previous is not None:
        parts.append(
            QCoreApplication.translate("SchoolProfile", "compared with {period}").format(
                period=texts.period(profile.previous.year, profile.previous.term)
            )
        )
    return " · ".join(parts)


def _points(measure: Measure) -> str:
    change = measure.change
    return (
        ""
        if change is None
        else QCoreApplication.translate("SchoolProfile", "{points} points").format(
            points=texts.points(change)
        )
    )


def indicator_lines(profile: SchoolProfile) -> list[Line]:
    cards = profile.cards
    if cards is None:
        return []
    grade_change = cards.average_grade.change
    return [
        Line(QCoreApplication.translate("SchoolProfile", "Teachers"), number(cards.teachers)),
        Line(texts.indicator("quality"), percent(cards.quality.current), _points(cards.quality)),
        Line(
            texts.indicator("pass_rate"), percent(cards.pass_rate.current), _points(cards.pass_rate)
        ),
        Line(
            texts.indicator("average_grade"),
            average(cards.average_grade.current),
            ""
            if grade_change is None
            else f"{'+' if grade_change > 0 else ''}{number(grade_change, 2)}",
        ),
        Line(
            QCoreApplication.translate("SchoolProfile", "Lessons observed"),
            number(cards.observations_done.current),
        ),
        Line(
            texts.indicator("observation_score"),
            percent(cards.observation_score.current),
            _points(cards.observation_score),
        ),
        Line(
            QCoreApplication.translate("SchoolProfile", "Teachers needing attention"),
            number(len(cards.attention)),
        ),
        Line(
            QCoreApplication.translate("SchoolProfile", "Professional development up to date"),
            QCoreApplication.translate("SchoolProfile", "{count} of {total}").format(
                count=number(cards.pd_up_to_date), total=number(cards.teachers)
            ),
        ),
    ]


def _share(index: Satisfaction | None) -> str:
    if index is None or not index.shown:
        return UNDEFINED
    return percent(index.share_agreeing)


def voices_grid(profile: SchoolProfile) -> Grid | None:
    """Share agreeing per dimension (rows) and group (columns), the respondents under."""
    data = profile.voices
    groups = [g for g in (data.group(s) for s in GROUPS) if g is not None]
    if not groups:
        return None
    dimensions = [d for d in DIMENSION_ORDER if any(d in g.dimensions for g in groups)]
    rows = [
        (dimension_name(str(d)), [_share(g.dimensions.get(d)) for g in groups]) for d in dimensions
    ]
    rows.append(
        (
            QCoreApplication.translate("SchoolProfile", "All statements"),
            [_share(g.overall) for g in groups],
        )
    )
    rows.append(
        (
            QCoreApplication.translate("SchoolProfile", "Respondents"),
            [number(g.respondents) for g in groups],
        )
    )
    rows.append(
        (
            QCoreApplication.translate("SchoolProfile", "Survey"),
            [texts.short_period(g.when[0], g.when[1]) for g in groups],
        )
    )
    notes = [
        QCoreApplication.translate(
            "SchoolProfile",
            "Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; "
            "shown from {minimum} respondents.",
        ).format(minimum=data.min_respondents)
    ]
    notes += [
        QCoreApplication.translate(
            "SchoolProfile", "{dimension}: {group} {share}, teachers {other}."
        ).format(
            dimension=dimension_name(str(g.dimension)),
            group=group_name(g.group),
            share=percent(g.share),
            other=percent(g.other_share),
        )
        for g in data.gaps[:4]
    ]
    return Grid([group_name(str(g.stakeholder)) for g in groups], rows, notes)


def _count(count: int, cohort: Destinations) -> str:
    if cohort.graduates == 0:
        return UNDEFINED
    return f"{number(count)} ({percent(cohort.share_of(count))})"


def graduates_grid(profile: SchoolProfile) -> Grid | None:
    data = profile.graduates
    if data.empty:
        return None
    cohorts = [data.grade(grade) for grade in GRADUATING_GRADES]
    used = [d for d in DESTINATION_ORDER if any(c.count(d) for c in cohorts)]
    rows = [(destination_name(str(d)), [_count(c.count(d), c) for c in cohorts]) for d in used]
    rows.append(
        (
            QCoreApplication.translate("SchoolProfile", "Further study"),
            [_count(c.further_study, c) for c in cohorts],
        )
    )
    rows.append(
        (
            QCoreApplication.translate("SchoolProfile", "With a partner organisation"),
            [_count(c.with_partner, c) for c in cohorts],
        )
    )
    rows.append(
        (
            QCoreApplication.translate("SchoolProfile", "Graduates"),
            [number(c.graduates) if c.graduates else UNDEFINED for c in cohorts],
        )
    )
    columns = [texts.grade(grade) for grade in GRADUATING_GRADES]
    return Grid(columns, rows, partner_lines(profile))


def partner_lines(profile: SchoolProfile) -> list[str]:
    totals: dict[str, dict[str, int]] = {}
    for placement in profile.graduates.partners:
        ways = totals.setdefault(placement.partner, {})
        name = placement_name(str(placement.destination))
        ways[name] = ways.get(name, 0) + placement.graduates
    ranked = sorted(totals.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    if not ranked:
        return [
            QCoreApplication.translate(
                "SchoolProfile", "No graduate was placed with a partner organisation."
            )
        ]
    return [QCoreApplication.translate("SchoolProfile", "Partner organisations:")] + [
        QCoreApplication.translate("SchoolProfile", "{partner}: {count} ({ways})").format(
            partner=partner,
            count=number(sum(ways.values())),
            ways=", ".join(f"{way} {number(n)}" for way, n in ways.items()),
        )
        for partner, ways in ranked
    ]


def graduates_heading(profile: SchoolProfile) -> str:
    year = profile.graduates.year
    if year is None:
        return QCoreApplication.translate("SchoolProfile", "Where the graduates went")
    return QCoreApplication.translate("SchoolProfile", "Where the graduates of {year} went").format(
        year=year
    )


# --- the printed page ------------------------------------------------------------------------

FIGURES = QT_TRANSLATE_NOOP("SchoolProfile", "The quarter in figures")
NO_FIGURES = QT_TRANSLATE_NOOP("SchoolProfile", "No results or observations in this quarter yet.")
VOICES = QT_TRANSLATE_NOOP(
    "SchoolProfile", "How parents, pupils, teachers and employers see the school"
)
NO_SURVEY = QT_TRANSLATE_NOOP("SchoolProfile", "No survey yet.")
NO_GRADUATES = QT_TRANSLATE_NOOP("SchoolProfile", "No graduates entered yet.")

STYLE = """
<style>
h1 { font-size: 16pt; color: #1f4e79; margin: 0 0 2pt 0; }
h2 { font-size: 12pt; color: #1f4e79; margin: 10pt 0 4pt 0; }
p { font-size: 9.5pt; margin: 0 0 4pt 0; }
p.muted { color: #555555; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999999; padding: 3pt 5pt; font-size: 9.5pt; }
th { background: #eef2f7; }
td.number { text-align: right; }
</style>
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _grid_html(grid: Grid, corner: str = "") -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in grid.columns)
    body = "".join(
        f"<tr><th align='left'>{_e(label)}</th>"
        + "".join(f"<td class='number' align='right'>{_e(cell)}</td>" for cell in cells)
        + "</tr>"
        for label, cells in grid.rows
    )
    notes = "".join(f"<p class='muted'>{_e(n)}</p>" for n in grid.notes)
    return (
        f"<table cellspacing='0' cellpadding='4'><tr><th>{_e(corner)}</th>{head}</tr>{body}"
        f"</table>{notes}"
    )


def profile_html(profile: SchoolProfile, made: str) -> str:
    """The profile as one printable page (A4), in the user's language."""

    def t(text: str) -> str:
        return _e(QCoreApplication.translate("SchoolProfile", text))

    made_text = QCoreApplication.translate("SchoolProfile", "made {date}").format(date=made)
    parts = [
        f"<html><head><meta charset='utf-8'>{STYLE}</head><body>",
        f"<h1>{_e(title(profile))}</h1>",
        f"<p class='muted'>{_e(subtitle(profile))} · {_e(made_text)}</p>",
        f"<h2>{t(FIGURES)}</h2>",
    ]
    lines = indicator_lines(profile)
    if lines:
        rows = [(line.label, [line.value, line.change]) for line in lines]
        parts.append(_grid_html(Grid([value_heading(), change_heading()], rows)))
    else:
        parts.append(f"<p>{t(NO_FIGURES)}</p>")
    parts.append(f"<h2>{t(VOICES)}</h2>")
    voices = voices_grid(profile)
    parts.append(_grid_html(voices) if voices else f"<p>{t(NO_SURVEY)}</p>")
    parts.append(f"<h2>{_e(graduates_heading(profile))}</h2>")
    graduates = graduates_grid(profile)
    parts.append(_grid_html(graduates) if graduates else f"<p>{t(NO_GRADUATES)}</p>")
    parts.append("</body></html>")
    return "".join(parts)
