"""An observation (or several, one per page) as HTML for printing, in a chosen language.

Pure: it receives the observations and their checklist versions and returns HTML that
`ui/pdf_rendering.html_to_pdf` (QTextDocument) renders. The header data, each criterion with
the level given and the comment, the section and overall scores with the band, strengths,
recommendations, next steps, the corrections made, and signature lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from eduqa_desktop.domain.checklist_views import CriterionView, localized
from eduqa_desktop.domain.observation_labels import (
    BAND_COLOURS,
    BAND_NAMES,
    LABELS_CONTEXT,
    PURPOSE_NAMES,
)
from eduqa_desktop.domain.observation_records import ObservationDetail, ReportItem, score_summary
from eduqa_desktop.domain.observation_scoring import DEFAULT_BANDS, BandThresholds, band_for
from eduqa_desktop.exchange.report_text import (
    Translate,
    date_text,
    english,
    esc,
    number_text,
    percent_text,
)
from eduqa_desktop.exchange.time_on_task_report import time_on_task_html
from eduqa_desktop.text import QT_TRANSLATE_NOOP

CONTEXT = "ObservationReport"
BORDER = "#b8c0cc"
HEADING = "#1f4e79"

FINAL = QT_TRANSLATE_NOOP("ObservationReport", "Final")
DRAFT = QT_TRANSLATE_NOOP("ObservationReport", "DRAFT — not finalized")
LESSON_OBSERVATION = QT_TRANSLATE_NOOP("ObservationReport", "Lesson observation")
VERSION = QT_TRANSLATE_NOOP("ObservationReport", "version {version}")
TEACHER = QT_TRANSLATE_NOOP("ObservationReport", "Teacher")
DATE = QT_TRANSLATE_NOOP("ObservationReport", "Date")
CLASS = QT_TRANSLATE_NOOP("ObservationReport", "Class")
LESSON_PERIOD = QT_TRANSLATE_NOOP("ObservationReport", "Lesson period")
SUBJECT = QT_TRANSLATE_NOOP("ObservationReport", "Subject")
PURPOSE = QT_TRANSLATE_NOOP("ObservationReport", "Purpose")
TOPIC = QT_TRANSLATE_NOOP("ObservationReport", "Topic")
OBSERVER = QT_TRANSLATE_NOOP("ObservationReport", "Observer")
FOLLOW_UP_OF = QT_TRANSLATE_NOOP("ObservationReport", "Follow-up of")
SECTION = QT_TRANSLATE_NOOP("ObservationReport", "Section")
SCORE = QT_TRANSLATE_NOOP("ObservationReport", "Score")
BAND = QT_TRANSLATE_NOOP("ObservationReport", "Band")
OVERALL_SCORE = QT_TRANSLATE_NOOP("ObservationReport", "Overall score")
N_A = QT_TRANSLATE_NOOP("ObservationReport", "N/A")
CRITERION = QT_TRANSLATE_NOOP("ObservationReport", "Criterion")
LEVEL = QT_TRANSLATE_NOOP("ObservationReport", "Level")
COMMENT = QT_TRANSLATE_NOOP("ObservationReport", "Comment")
DUE_DATE = QT_TRANSLATE_NOOP("ObservationReport", "(due {date})")
STRENGTHS = QT_TRANSLATE_NOOP("ObservationReport", "Strengths")
RECOMMENDATIONS = QT_TRANSLATE_NOOP("ObservationReport", "Recommendations")
NEXT_STEPS = QT_TRANSLATE_NOOP("ObservationReport", "Next steps")
CORRECTION = QT_TRANSLATE_NOOP(
    "ObservationReport", "Correction {number} of {date} by {who}: {reason}"
)
HAVE_READ = QT_TRANSLATE_NOOP("ObservationReport", "I have read the observation")
RECORD_DIGEST = QT_TRANSLATE_NOOP(
    "ObservationReport",
    "Record digest {digest}: “eduqa audit verify --digest {digest}” checks that the record of "
    "this observation has not been edited since it was printed.",
)
SIGNATURE = QT_TRANSLATE_NOOP("ObservationReport", "signature")


class _Words:
    """The report's fixed words, translated once."""

    def __init__(self, tr: Translate) -> None:
        self.tr = tr

    def __call__(self, text: str) -> str:
        return self.tr(CONTEXT, text)

    def label(self, text: str) -> str:
        return self.tr(LABELS_CONTEXT, text)


def observation_report_html(
    items: Sequence[ReportItem],
    language: str,
    tr: Translate = english,
    bands: BandThresholds = DEFAULT_BANDS,
) -> str:
    """One page (or more) per observation; the pages are separated by page breaks."""
    words = _Words(tr)
    pages = [_page(item, language, words, bands) for item in items]
    separator = '<div style="page-break-before: always;"></div>'
    return (
        "<html><head><meta charset='utf-8'></head>"
        f"<body style='color:#1b1b1b;'>{separator.join(pages)}</body></html>"
    )


def _page(item: ReportItem, language: str, w: _Words, bands: BandThresholds) -> str:
    observation, template = item.observation, item.template
    status = w(FINAL) if observation.is_final else w(DRAFT)
    parts = [
        f"<p style='color:#5a6470; margin:0;'>{esc(observation.school_name)}</p>",
        f"<h2 style='color:{HEADING}; margin-top:2px; margin-bottom:2px;'>"
        f"{w(LESSON_OBSERVATION)}</h2>",
        f"<p style='margin-top:0;'>{esc(localized(template.name, language))} · "
        + w(VERSION).format(version=template.version)
        + f" · <b>{esc(status)}</b></p>",
        _header_table(observation, language, w),
        _scores(item, language, w, bands),
        time_on_task_html(item, language, w.tr),
        _criteria_table(item, language, w),
        *_texts(observation, language, w)[:-1],
        _closing(observation, language, w),
    ]
    if item.record_digest:
        parts.append(
            "<p style='color:#5a6470; font-size:small;'>"
            + esc(w(RECORD_DIGEST).format(digest=item.record_digest))
            + "</p>"
        )
    return "\n".join(parts)


def _closing(observation: ObservationDetail, language: str, w: _Words) -> str:
    """The next steps, the corrections and the signatures in one table row: a PDF cut into
    pages moves them over together, so the signatures never stand alone on a page."""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td>"
        + _texts(observation, language, w)[-1]
        + _revisions(observation, language, w)
        + _signatures(observation, w)
        + "</td></tr></table>"
    )


def _table(rows: list[str], widths: str = "") -> str:
    return (
        f"<table width='100%' cellspacing='0' cellpadding='4' border='1' "
        f"style='border-collapse:collapse; border-color:{BORDER}; margin-bottom:8px;' {widths}>"
        + "".join(rows)
        + "</table>"
    )


def _header_table(observation: ObservationDetail, language: str, w: _Words) -> str:
    data = observation.data
    period = str(data.lesson_period) if data.lesson_period else "—"
    pairs = [
        (w(TEACHER), esc(observation.teacher_name)),
        (w(DATE), date_text(data.observed_on, language)),
        (w(CLASS), esc(observation.class_name or "—")),
        (w(LESSON_PERIOD), period),
        (
            w(SUBJECT),
            esc(localized(observation.subject, language) or "—"),
        ),
        (
            w(PURPOSE),
            esc(w.label(PURPOSE_NAMES[data.purpose])),
        ),
        (w(TOPIC), esc(data.topic or "—")),
        (w(OBSERVER), esc(data.observer or "—")),
    ]
    if observation.follow_up_of_date is not None:
        pairs.append(
            (
                w(FOLLOW_UP_OF),
                date_text(observation.follow_up_of_date, language),
            )
        )
    rows = []
    for i in range(0, len(pairs), 2):
        cells = "".join(
            f"<td width='17%' style='background:#eef1f5;'><b>{label}</b></td>"
            f"<td width='33%'>{value}</td>"
            for label, value in pairs[i : i + 2]
        )
        rows.append(f"<tr>{cells}</tr>")
    return _table(rows)


def _band_cell(score: float | None, language: str, w: _Words, bands: BandThresholds) -> str:
    band = band_for(score, bands)
    if band is None:
        return f"<td align='right'>{percent_text(score, language)}</td><td>—</td>"
    colour = BAND_COLOURS[band]
    return (
        f"<td align='right'><b>{percent_text(score, language)}</b></td>"
        f"<td><span style='color:{colour};'>■</span> {esc(w.label(BAND_NAMES[band]))}</td>"
    )


def _levels(item: ReportItem) -> dict[int, int | None]:
    return {
        s.criterion_id: (None if s.not_applicable else s.score)
        for s in item.observation.data.scores
        if s.score is not None or s.not_applicable
    }


def _scores(item: ReportItem, language: str, w: _Words, bands: BandThresholds) -> str:
    summary = score_summary(item.template, _levels(item), bands)
    head = (
        f"<tr style='background:#eef1f5;'><th align='left'>"
        f"{w(SECTION)}</th>"
        f"<th align='right'>{w(SCORE)}</th>"
        f"<th align='left'>{w(BAND)}</th></tr>"
    )
    rows = [head]
    for section, score in zip(item.template.sections, summary.sections, strict=True):
        rows.append(
            f"<tr><td>{esc(localized(section.title, language))}</td>"
            f"{_band_cell(score, language, w, bands)}</tr>"
        )
    rows.append(
        f"<tr style='background:#f5f8fb;'><td><b>"
        f"{w(OVERALL_SCORE)}</b></td>"
        f"{_band_cell(summary.overall, language, w, bands)}</tr>"
    )
    return _table(rows)


def _level_text(item: ReportItem, criterion: CriterionView, language: str, w: _Words) -> str:
    entry = next((s for s in item.observation.data.scores if s.criterion_id == criterion.id), None)
    if entry is None or (entry.score is None and not entry.not_applicable):
        return "—"
    if entry.not_applicable:
        return w(N_A)
    level = item.template.level(entry.score)
    label = localized(level.label, language) if level else ""
    return f"<b>{entry.score}</b> — {esc(label)}" if label else f"<b>{entry.score}</b>"


def _criteria_table(item: ReportItem, language: str, w: _Words) -> str:
    comments = {s.criterion_id: s.comment for s in item.observation.data.scores}
    rows = [
        "<tr style='background:#eef1f5;'>"
        f"<th width='6%'>№</th>"
        f"<th align='left' width='48%'>{w(CRITERION)}</th>"
        f"<th align='left' width='18%'>{w(LEVEL)}</th>"
        f"<th align='left' width='28%'>{w(COMMENT)}</th>"
        "</tr>"
    ]
    for section in item.template.sections:
        rows.append(
            f"<tr><td colspan='4' style='background:#f5f8fb; color:{HEADING};'>"
            f"<b>{esc(localized(section.title, language))}</b></td></tr>"
        )
        for criterion in section.criteria:
            weight = (
                f" <span style='color:#5a6470;'>(×{number_text(criterion.weight, language)})</span>"
                if criterion.weight != 1
                else ""
            )
            rows.append(
                f"<tr><td align='center'>{criterion.number}</td>"
                f"<td>{esc(localized(criterion.text, language))}{weight}</td>"
                f"<td>{_level_text(item, criterion, language, w)}</td>"
                f"<td>{esc(comments.get(criterion.id, ''))}</td></tr>"
            )
    return _table(rows)


def _texts(observation: ObservationDetail, language: str, w: _Words) -> list[str]:
    data = observation.data
    due = (
        " " + w(DUE_DATE).format(date=date_text(data.next_steps_due, language))
        if data.next_steps_due
        else ""
    )
    blocks = [
        (w(STRENGTHS), esc(data.strengths) or "—"),
        (
            w(RECOMMENDATIONS),
            esc(data.recommendations) or "—",
        ),
        (
            w(NEXT_STEPS) + due,
            esc(data.next_steps) or "—",
        ),
    ]
    return [
        f"<p style='margin-bottom:2px;'><b style='color:{HEADING};'>{esc(title)}</b></p>"
        f"<p style='margin-top:0;'>{body}</p>"
        for title, body in blocks
    ]


def _revisions(observation: ObservationDetail, language: str, w: _Words) -> str:
    if not observation.revisions:
        return ""
    lines = [
        w(CORRECTION).format(
            number=r.revision,
            date=date_text(r.at.date(), language),
            who=esc(r.changed_by or "—"),
            reason=esc(r.reason),
        )
        for r in observation.revisions
    ]
    return "<p style='color:#5a6470;'>" + "<br>".join(lines) + "</p>"


def _signatures(observation: ObservationDetail, w: _Words) -> str:
    observer = w(OBSERVER)
    teacher = w(TEACHER)
    seen = w(HAVE_READ)
    signature = w(SIGNATURE)
    line = "_" * 28
    return (
        "<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:18px;'><tr>"
        f"<td width='50%'><b>{observer}</b>: {esc(observation.data.observer)}<br><br>"
        f"{line}<br><span style='color:#5a6470;'>{signature}</span></td>"
        f"<td width='50%'><b>{teacher}</b>: {esc(observation.teacher_name)}<br>{seen}<br>"
        f"{line}<br><span style='color:#5a6470;'>{signature}</span></td>"
        "</tr></table>"
    )
