"""A teacher's profile for the attestation file: HTML (for PDF) and an .xlsx workbook.

Pure: both take a `TeacherProfile` (domain.teacher_profile) and a language with its
`Translate` function (exchange.report_text) and write nothing but the workbook file.
`ui/pdf_rendering.html_to_pdf` turns the HTML into an A4 PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.domain.display import average_2, round_half_up
from eduqa_desktop.domain.flags import render_message
from eduqa_desktop.domain.observation_labels import (
    BAND_COLOURS,
    BAND_NAMES,
    LABELS_CONTEXT,
    MECHANISM_NAMES,
    PURPOSE_NAMES,
)
from eduqa_desktop.domain.teacher_labels import CATEGORY_NAMES, PD_STATUS_NAMES, UNIT_NAMES
from eduqa_desktop.domain.teacher_labels import LABELS_CONTEXT as TEACHER_LABELS
from eduqa_desktop.domain.teacher_profile import TeacherProfile
from eduqa_desktop.errors import MESSAGES_CONTEXT
from eduqa_desktop.exchange.report_text import (
    UNDEFINED,
    Translate,
    date_text,
    english,
    esc,
    number_text,
    percent_text,
)
from eduqa_desktop.exchange.safe_cells import (
    AVERAGE_FORMAT,
    PERCENT_FORMAT,
    TITLE_FONT,
    style_header_row,
    write_cell,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["profile_html", "profile_workbook"]

CONTEXT = "TeacherReport"
HEADING = "#1f4e79"
BORDER = "#b8c0cc"
LABEL_FONT = Font(bold=True)
CHANGE_FORMAT = "+0.0;-0.0;0.0"

TITLE = QT_TRANSLATE_NOOP("TeacherReport", "Teacher profile")
AS_OF = QT_TRANSLATE_NOOP("TeacherReport", "As of {date}")
SCHOOL = QT_TRANSLATE_NOOP("TeacherReport", "School")
DEPARTMENT = QT_TRANSLATE_NOOP("TeacherReport", "Department")
SUBJECTS = QT_TRANSLATE_NOOP("TeacherReport", "Subjects")
CATEGORY = QT_TRANSLATE_NOOP("TeacherReport", "Category")
EXPERIENCE = QT_TRANSLATE_NOOP("TeacherReport", "Experience, years")
PERSONNEL_NUMBER = QT_TRANSLATE_NOOP("TeacherReport", "Personnel number")
HIRED_ON = QT_TRANSLATE_NOOP("TeacherReport", "Hired on")
LEFT_ON = QT_TRANSLATE_NOOP("TeacherReport", "Left on")
FLAGS = QT_TRANSLATE_NOOP("TeacherReport", "Where to look")
NO_FLAGS = QT_TRANSLATE_NOOP("TeacherReport", "No flags.")
OBSERVATIONS = QT_TRANSLATE_NOOP("TeacherReport", "Lesson observations")
NO_OBSERVATIONS = QT_TRANSLATE_NOOP("TeacherReport", "No final observation yet.")
OBSERVATION_SUMMARY = QT_TRANSLATE_NOOP(
    "TeacherReport",
    "Observations this year: {count}; their average score: {average}. Average of all years: "
    "{overall}. Trend: {trend} points a month.",
)
DATE = QT_TRANSLATE_NOOP("TeacherReport", "Date")
CLASS = QT_TRANSLATE_NOOP("TeacherReport", "Class")
SUBJECT = QT_TRANSLATE_NOOP("TeacherReport", "Subject")
PURPOSE = QT_TRANSLATE_NOOP("TeacherReport", "Purpose")
OBSERVER = QT_TRANSLATE_NOOP("TeacherReport", "Observer")
SCORE = QT_TRANSLATE_NOOP("TeacherReport", "Score")
BAND = QT_TRANSLATE_NOOP("TeacherReport", "Band")
CRITERIA = QT_TRANSLATE_NOOP("TeacherReport", "Criteria compared with the school")
STRONGEST = QT_TRANSLATE_NOOP("TeacherReport", "Strongest")
WEAKEST = QT_TRANSLATE_NOOP("TeacherReport", "Weakest")
CRITERION = QT_TRANSLATE_NOOP("TeacherReport", "Criterion")
TEACHER = QT_TRANSLATE_NOOP("TeacherReport", "Teacher")
SCHOOL_AVERAGE = QT_TRANSLATE_NOOP("TeacherReport", "School")
DIFFERENCE = QT_TRANSLATE_NOOP("TeacherReport", "Difference")
RESULTS = QT_TRANSLATE_NOOP("TeacherReport", "Pupils' results")
NO_RESULTS = QT_TRANSLATE_NOOP("TeacherReport", "No results entered for this teacher.")
BY_TERM = QT_TRANSLATE_NOOP("TeacherReport", "All classes, by quarter")
LATEST_TERM = QT_TRANSLATE_NOOP("TeacherReport", "By class and subject, quarter {term} of {year}")
TERM = QT_TRANSLATE_NOOP("TeacherReport", "Quarter")
TERM_NAME = QT_TRANSLATE_NOOP("TeacherReport", "Q{term} {year}")
ASSESSED = QT_TRANSLATE_NOOP("TeacherReport", "Pupils assessed")
PASS_RATE = QT_TRANSLATE_NOOP("TeacherReport", "Pass rate")
QUALITY = QT_TRANSLATE_NOOP("TeacherReport", "Quality of knowledge")
SOU = QT_TRANSLATE_NOOP("TeacherReport", "SOU")
AVERAGE_GRADE = QT_TRANSLATE_NOOP("TeacherReport", "Average grade")
QUALITY_CHANGE = QT_TRANSLATE_NOOP("TeacherReport", "Change in quality, points")
PD = QT_TRANSLATE_NOOP("TeacherReport", "Professional development")
LAST_COURSE = QT_TRANSLATE_NOOP("TeacherReport", "Last course")
NEXT_DUE = QT_TRANSLATE_NOOP("TeacherReport", "Next course due")
STATUS = QT_TRANSLATE_NOOP("TeacherReport", "Status")
HOURS_WINDOW = QT_TRANSLATE_NOOP("TeacherReport", "Course hours in the last {years} years")
MECHANISMS = QT_TRANSLATE_NOOP("TeacherReport", "Activities by mechanism")
MECHANISM = QT_TRANSLATE_NOOP("TeacherReport", "Mechanism")
THIS_YEAR = QT_TRANSLATE_NOOP("TeacherReport", "This year")
TOTAL = QT_TRANSLATE_NOOP("TeacherReport", "All years")
LAST_DONE = QT_TRANSLATE_NOOP("TeacherReport", "Last")
ACTIVITIES = QT_TRANSLATE_NOOP("TeacherReport", "Activities in the last {years} years")
NO_ACTIVITIES = QT_TRANSLATE_NOOP("TeacherReport", "No activities recorded.")
ACTIVITY = QT_TRANSLATE_NOOP("TeacherReport", "Activity")
QUANTITY = QT_TRANSLATE_NOOP("TeacherReport", "Quantity")
UNIT = QT_TRANSLATE_NOOP("TeacherReport", "Unit")
NOTE = QT_TRANSLATE_NOOP("TeacherReport", "Note")
SIGNATURE = QT_TRANSLATE_NOOP("TeacherReport", "Deputy director for academic affairs")
TEACHER_SIGNATURE = QT_TRANSLATE_NOOP("TeacherReport", "Teacher")
ARCHIVED = QT_TRANSLATE_NOOP("TeacherReport", "no longer works at the school")
SHEET_PROFILE = QT_TRANSLATE_NOOP("TeacherReport", "Profile")
SHEET_OBSERVATIONS = QT_TRANSLATE_NOOP("TeacherReport", "Observations")
SHEET_CRITERIA = QT_TRANSLATE_NOOP("TeacherReport", "Criteria")
SHEET_RESULTS = QT_TRANSLATE_NOOP("TeacherReport", "Results")
SHEET_ACTIVITIES = QT_TRANSLATE_NOOP("TeacherReport", "Activities")


def _signed(value: float | None, language: str) -> str:
    """A change in points with its sign and one decimal: "+2,5", "−16,0", "0,0"."""
    rounded = round_half_up(value, 1)
    if rounded is None:
        return UNDEFINED
    text = f"{abs(rounded):.1f}"
    text = text if language == "en" else text.replace(".", ",")
    return f"+{text}" if rounded > 0 else f"−{text}" if rounded < 0 else text


def _average(value: float | None, language: str) -> str:
    rounded = average_2(value)
    if rounded is None:
        return UNDEFINED
    text = f"{rounded:.2f}"
    return text if language == "en" else text.replace(".", ",")


class _Words:
    """The report's words in its language."""

    def __init__(self, language: str, tr: Translate) -> None:
        self.language, self.tr = language, tr

    def __call__(self, text: str, **params: object) -> str:
        translated = self.tr(CONTEXT, text)
        return translated.format(**params) if params else translated

    def label(self, context: str, text: str | None) -> str:
        return self.tr(context, text) if text else UNDEFINED

    def flag(self, template: str, params: dict[str, object] | object) -> str:
        return render_message(
            self.tr(MESSAGES_CONTEXT, template),
            params,  # type: ignore[arg-type]
            language=self.language,
            percent=lambda v: percent_text(v, self.language),
            day=lambda d: date_text(d, self.language),
        )

    def term(self, year: str, number: int) -> str:
        return self(TERM_NAME, term=number, year=year)


# --- HTML ---------------------------------------------------------------------------------------


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int]) -> str:
    head = "".join(
        f'<th align="{"right" if i in numeric else "left"}" bgcolor="#eef1f5">{esc(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{"right" if i in numeric else "left"}">{cell}</td>'
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        f'style="border-collapse: collapse; border-color: {BORDER};">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _heading(text: str) -> str:
    return f'<h3 style="color: {HEADING}; margin-top: 14px;">{esc(text)}</h3>'


def _band_cell(words: _Words, band: object) -> str:
    if band is None:
        return UNDEFINED
    colour = BAND_COLOURS[band]  # type: ignore[index]
    name = esc(words.label(LABELS_CONTEXT, BAND_NAMES[band]))  # type: ignore[index]
    return f'<span style="color: {colour};">■</span> {name}'


def _header_html(profile: TeacherProfile, w: _Words) -> str:
    h = profile.header
    lang = w.language
    rows = [
        (w(SCHOOL), h.school),
        (w(DEPARTMENT), h.department or UNDEFINED),
        (w(SUBJECTS), ", ".join(s.get(lang) for s in h.subjects) or UNDEFINED),
        (w(CATEGORY), w.label(TEACHER_LABELS, CATEGORY_NAMES[h.category])),
        (w(EXPERIENCE), str(h.experience_years)),
        (w(PERSONNEL_NUMBER), h.personnel_number or UNDEFINED),
        (w(HIRED_ON), date_text(h.hired_on, lang)),
    ]
    if not h.active:
        rows.append((w(LEFT_ON), f"{date_text(h.left_on, lang)} ({w(ARCHIVED)})"))
    cells = "".join(
        f'<tr><td width="35%"><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>' for k, v in rows
    )
    title = (
        f'<h1 style="color: {HEADING}; margin-bottom: 0;">{esc(w(TITLE))}: {esc(h.full_name)}</h1>'
        f'<p style="color: #5a6470;">{esc(w(AS_OF, date=date_text(profile.as_of, lang)))}</p>'
    )
    return title + f'<table width="100%" cellpadding="2">{cells}</table>'


def _flags_html(profile: TeacherProfile, w: _Words) -> str:
    if not profile.signals:
        return _heading(w(FLAGS)) + f"<p>{esc(w(NO_FLAGS))}</p>"
    items = "".join(
        f'<li><span style="color: #D55E00;">⚑</span> {esc(w.flag(f.message_template, f.params))}'
        "</li>"
        for f in profile.signals
    )
    return _heading(w(FLAGS)) + f"<ul>{items}</ul>"


def _observations_html(profile: TeacherProfile, w: _Words) -> str:
    lang = w.language
    if not profile.observations:
        return _heading(w(OBSERVATIONS)) + f"<p>{esc(w(NO_OBSERVATIONS))}</p>"
    summary = w(
        OBSERVATION_SUMMARY,
        count=profile.observations_this_year,
        average=percent_text(profile.average_this_year, lang),
        overall=percent_text(profile.average_all, lang),
        trend=_signed(profile.trend, lang),
    )
    rows = [
        (
            date_text(o.observed_on, lang),
            esc(o.class_name or UNDEFINED),
            esc(o.subject.get(lang) if o.subject else UNDEFINED),
            esc(w.label(LABELS_CONTEXT, PURPOSE_NAMES.get(o.purpose))),
            percent_text(o.score, lang),
            _band_cell(w, o.band),
        )
        for o in reversed(profile.observations)
    ]
    headers = [w(DATE), w(CLASS), w(SUBJECT), w(PURPOSE), w(SCORE), w(BAND)]
    return (
        _heading(w(OBSERVATIONS))
        + f"<p>{esc(summary)}</p>"
        + _table(headers, rows, {4})
        + _criteria_html(profile, w)
    )


def _criteria_html(profile: TeacherProfile, w: _Words) -> str:
    if not profile.strongest and not profile.weakest:
        return ""
    lang = w.language
    headers = [w(CRITERION), w(TEACHER), w(SCHOOL_AVERAGE), w(DIFFERENCE)]

    def rows(items: Sequence) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
        return [
            (
                esc(c.text.get(lang)),
                percent_text(c.teacher_score, lang),
                percent_text(c.school_score, lang),
                _signed(c.difference, lang),
            )
            for c in items
        ]

    return (
        f"<h4>{esc(w(CRITERIA))}</h4>"
        f"<p><b>{esc(w(STRONGEST))}</b></p>"
        + _table(headers, rows(profile.strongest), {1, 2, 3})
        + f"<p><b>{esc(w(WEAKEST))}</b></p>"
        + _table(headers, rows(profile.weakest), {1, 2, 3})
    )


def _results_html(profile: TeacherProfile, w: _Words) -> str:
    lang = w.language
    if not profile.results:
        return _heading(w(RESULTS)) + f"<p>{esc(w(NO_RESULTS))}</p>"
    headers = [w(TERM), w(ASSESSED), w(PASS_RATE), w(QUALITY), w(SOU), w(AVERAGE_GRADE)]
    totals = [
        (
            esc(w.term(t.year, t.number)),
            str(t.counts.assessed),
            percent_text(t.indicators.pass_rate, lang),
            percent_text(t.indicators.quality, lang),
            percent_text(t.indicators.sou, lang),
            _average(t.indicators.average_grade, lang),
        )
        for t in profile.terms
    ]
    latest = profile.results[-1].term
    lines = [
        (
            esc(line.class_name),
            esc(line.subject),
            str(line.counts.assessed),
            percent_text(line.indicators.pass_rate, lang),
            percent_text(line.indicators.quality, lang),
            percent_text(line.indicators.sou, lang),
            _average(line.indicators.average_grade, lang),
            _signed(line.change.quality if line.change else None, lang),
        )
        for line in profile.results
        if line.term == latest
    ]
    line_headers = [w(CLASS), w(SUBJECT), *headers[1:], w(QUALITY_CHANGE)]
    return (
        _heading(w(RESULTS))
        + f"<h4>{esc(w(BY_TERM))}</h4>"
        + _table(headers, totals, {1, 2, 3, 4, 5})
        + f"<h4>{esc(w(LATEST_TERM, term=latest.number, year=latest.year))}</h4>"
        + _table(line_headers, lines, {2, 3, 4, 5, 6, 7})
    )


def _pd_html(profile: TeacherProfile, w: _Words) -> str:
    lang, pd = w.language, profile.pd
    rows = [
        (w(LAST_COURSE), date_text(pd.last_course, lang)),
        (w(NEXT_DUE), date_text(pd.next_due, lang)),
        (w(STATUS), w.label(TEACHER_LABELS, PD_STATUS_NAMES[pd.status])),
        (w(HOURS_WINDOW, years=pd.window_years), number_text(pd.hours, lang)),
    ]
    cells = "".join(
        f'<tr><td width="35%"><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>' for k, v in rows
    )
    return _heading(w(PD)) + f'<table width="100%" cellpadding="2">{cells}</table>'


def _activities_html(profile: TeacherProfile, w: _Words) -> str:
    lang = w.language
    mechanisms = [
        (
            esc(w.label(LABELS_CONTEXT, MECHANISM_NAMES[m.mechanism])),
            str(m.this_year),
            str(m.total),
            date_text(m.last_done, lang),
        )
        for m in profile.mechanisms
    ]
    html = _heading(w(MECHANISMS)) + _table(
        [w(MECHANISM), w(THIS_YEAR), w(TOTAL), w(LAST_DONE)], mechanisms, {1, 2, 3}
    )
    html += f"<h4>{esc(w(ACTIVITIES, years=profile.pd.window_years))}</h4>"
    if not profile.activities:
        return html + f"<p>{esc(w(NO_ACTIVITIES))}</p>"
    rows = [
        (
            date_text(a.done_on, lang),
            esc(a.type_name.get(lang)),
            number_text(a.quantity, lang),
            esc(w.label(TEACHER_LABELS, UNIT_NAMES[a.unit])),
            esc(a.note),
        )
        for a in profile.activities
    ]
    headers = [w(DATE), w(ACTIVITY), w(QUANTITY), w(UNIT), w(NOTE)]
    return html + _table(headers, rows, {2})


def profile_html(profile: TeacherProfile, *, language: str = "en", tr: Translate = english) -> str:
    """The profile as HTML for `html_to_pdf`, every word in `language` (through `tr`)."""
    w = _Words(language, tr)
    signature = (
        '<table width="100%" style="margin-top: 30px;"><tr>'
        f"<td>{esc(w(SIGNATURE))}: ____________________</td>"
        f"<td>{esc(w(TEACHER_SIGNATURE))}: ____________________</td></tr></table>"
    )
    body = "".join(
        (
            _header_html(profile, w),
            _flags_html(profile, w),
            _observations_html(profile, w),
            _results_html(profile, w),
            _pd_html(profile, w),
            _activities_html(profile, w),
            signature,
        )
    )
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


# --- the workbook -------------------------------------------------------------------------------


def _sheet_rows(
    sheet: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    formats: dict[int, str],
) -> None:
    for column, header in enumerate(headers, 1):
        write_cell(sheet, 1, column, header)
    style_header_row(sheet, 1, len(headers))
    count = 1
    for count, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            write_cell(sheet, count, column, value, formats.get(column))
    sheet.freeze_panes = "A2"
    if count > 1:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count}"
    for column, header in enumerate(headers, 1):
        sheet.column_dimensions[get_column_letter(column)].width = max(12, min(60, len(header) + 4))


def profile_workbook(
    profile: TeacherProfile, path: str | Path, *, language: str = "en", tr: Translate = english
) -> Path:
    """The profile as an .xlsx: a summary sheet and one sheet per table, numbers as numbers."""
    w = _Words(language, tr)
    lang = language
    h, pd = profile.header, profile.pd
    book = Workbook()
    summary = book.active
    summary.title = w(SHEET_PROFILE)[:31]
    write_cell(summary, 1, 1, f"{w(TITLE)}: {h.full_name}").font = TITLE_FONT
    write_cell(summary, 2, 1, w(AS_OF, date=date_text(profile.as_of, lang)))
    facts: list[tuple[str, object, str | None]] = [
        (w(SCHOOL), h.school, None),
        (w(DEPARTMENT), h.department, None),
        (w(SUBJECTS), ", ".join(s.get(lang) for s in h.subjects), None),
        (w(CATEGORY), w.label(TEACHER_LABELS, CATEGORY_NAMES[h.category]), None),
        (w(EXPERIENCE), h.experience_years, None),
        (w(PERSONNEL_NUMBER), h.personnel_number, None),
        (w(HIRED_ON), h.hired_on, None),
        (w(LAST_COURSE), pd.last_course, None),
        (w(NEXT_DUE), pd.next_due, None),
        (w(STATUS), w.label(TEACHER_LABELS, PD_STATUS_NAMES[pd.status]), None),
        (w(HOURS_WINDOW, years=pd.window_years), pd.hours, None),
        (w(THIS_YEAR) + " — " + w(OBSERVATIONS), profile.observations_this_year, None),
        (w(THIS_YEAR) + " — " + w(SCORE), profile.average_this_year, PERCENT_FORMAT),
        (w(TOTAL) + " — " + w(SCORE), profile.average_all, PERCENT_FORMAT),
    ]
    row = 4
    for label, value, number_format in facts:
        write_cell(summary, row, 1, label).font = LABEL_FONT
        write_cell(summary, row, 2, value, number_format)
        row += 1
    row += 1
    write_cell(summary, row, 1, w(FLAGS)).font = LABEL_FONT
    for flag in profile.signals:
        row += 1
        write_cell(summary, row, 1, w.flag(flag.message_template, flag.params))
    summary.column_dimensions["A"].width = 48
    summary.column_dimensions["B"].width = 40

    _sheet_rows(
        book.create_sheet(w(SHEET_OBSERVATIONS)[:31]),
        [w(DATE), w(CLASS), w(SUBJECT), w(PURPOSE), w(OBSERVER), w(SCORE), w(BAND)],
        (
            (
                o.observed_on,
                o.class_name,
                o.subject.get(lang) if o.subject else "",
                w.label(LABELS_CONTEXT, PURPOSE_NAMES.get(o.purpose)),
                o.observer,
                o.score,
                w.label(LABELS_CONTEXT, BAND_NAMES[o.band]) if o.band else None,
            )
            for o in profile.observations
        ),
        {6: PERCENT_FORMAT},
    )
    _sheet_rows(
        book.create_sheet(w(SHEET_CRITERIA)[:31]),
        ["", w(CRITERION), w(TEACHER), w(SCHOOL_AVERAGE), w(DIFFERENCE)],
        (
            (w(kind), c.text.get(lang), c.teacher_score, c.school_score, c.difference)
            for kind, items in ((STRONGEST, profile.strongest), (WEAKEST, profile.weakest))
            for c in items
        ),
        {3: PERCENT_FORMAT, 4: PERCENT_FORMAT, 5: CHANGE_FORMAT},
    )
    _sheet_rows(
        book.create_sheet(w(SHEET_RESULTS)[:31]),
        [
            w(TERM),
            w(CLASS),
            w(SUBJECT),
            w(ASSESSED),
            "n5",
            "n4",
            "n3",
            "n2",
            "n1",
            w(PASS_RATE),
            w(QUALITY),
            w(SOU),
            w(AVERAGE_GRADE),
            w(QUALITY_CHANGE),
        ],
        (
            (
                w.term(line.term.year, line.term.number),
                line.class_name,
                line.subject,
                line.counts.assessed,
                line.counts.n5,
                line.counts.n4,
                line.counts.n3,
                line.counts.n2,
                line.counts.n1,
                line.indicators.pass_rate,
                line.indicators.quality,
                line.indicators.sou,
                line.indicators.average_grade,
                line.change.quality if line.change else None,
            )
            for line in profile.results
        ),
        {
            10: PERCENT_FORMAT,
            11: PERCENT_FORMAT,
            12: PERCENT_FORMAT,
            13: AVERAGE_FORMAT,
            14: CHANGE_FORMAT,
        },
    )
    _sheet_rows(
        book.create_sheet(w(SHEET_ACTIVITIES)[:31]),
        [w(DATE), w(ACTIVITY), w(QUANTITY), w(UNIT), w(NOTE)],
        (
            (
                a.done_on,
                a.type_name.get(lang),
                a.quantity,
                w.label(TEACHER_LABELS, UNIT_NAMES[a.unit]),
                a.note,
            )
            for a in profile.activities
        ),
        {3: "0.##"},
    )
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target
