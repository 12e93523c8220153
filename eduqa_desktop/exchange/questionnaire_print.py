"""A questionnaire as a printable form: the statements, numbered as in the Excel template, each
with five tick boxes (1 strongly disagree … 5 strongly agree), in Uzbek, Russian or English.

Built as HTML (the core may not import Qt); the window and the command line render it to PDF
or a printer. The form asks for no name — only the date, and the class for pupils — and its
numbers are those the template's rows carry, so the counted ticks go straight into it.
"""

from __future__ import annotations

import html

from eduqa_desktop.domain.questionnaires import QuestionnaireSpec
from eduqa_desktop.domain.surveys import SCALE
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.exchange.survey_words import DIMENSIONS, label, word
from eduqa_desktop.exchange.survey_words import SCALE as SCALE_WORDS

BOX = "☐"  # U+2610 BALLOT BOX, in the shipped DejaVu Sans
STYLE = """
<style>
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
p.intro { font-size: 10pt; margin: 0 0 8pt 0; }
p.fields { font-size: 10pt; margin: 0 0 8pt 0; }
table.form { border-collapse: collapse; width: 100%; }
table.form th, table.form td { border: 1px solid #444444; padding: 3pt; font-size: 10pt; }
table.form th { background: #eeeeee; font-weight: bold; }
td.number { text-align: right; width: 6%; }
td.box { text-align: center; font-size: 15pt; width: 7%; }
tr.dimension td { background: #f4f4f4; font-weight: bold; }
p.scale { font-size: 9pt; margin: 6pt 0 0 0; }
p.thanks { font-size: 11pt; margin: 10pt 0 0 0; }
</style>
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def page_label(language: str) -> str:
    """The form's "Page {page} of {pages}" in its own language."""
    return label("page", language)


def questionnaire_html(spec: QuestionnaireSpec, language: str, *, school: str = "") -> str:
    """The form of `spec` in `language` (uz, ru, en)."""
    rows = []
    dimension = None
    for statement in spec.statements:
        if statement.dimension != dimension:
            dimension = statement.dimension
            rows.append(
                f'<tr class="dimension"><td colspan="{2 + len(SCALE)}">'
                f"{_e(word(DIMENSIONS[str(dimension)], language))}</td></tr>"
            )
        boxes = "".join(
            f'<td class="box"><span style="font-size: 16pt">{BOX}</span></td>' for _ in SCALE
        )
        rows.append(
            f'<tr><td class="number">{statement.number}</td>'
            f"<td>{_e(statement.text_in(language))}</td>{boxes}</tr>"
        )
    fields = [f"{_e(label('date', language))}: ____________"]
    if school:
        fields.insert(0, f"{_e(label('school', language))}: {_e(school)}")
    if spec.stakeholder is Stakeholder.PUPILS:
        fields.append(f"{_e(label('class', language))}: ________")
    scale_head = "".join(f"<th>{value}</th>" for value in SCALE)
    legend = " · ".join(f"{v} — {_e(word(SCALE_WORDS[v], language))}" for v in SCALE)
    return (
        f"<html><head><meta charset='utf-8'>{STYLE}</head><body>"
        f"<h1>{_e(spec.name_in(language))}</h1>"
        f'<p class="intro">{_e(spec.intro_in(language))}</p>'
        f'<p class="fields">{" &nbsp;&nbsp; ".join(fields)}</p>'
        f'<p class="scale">{legend}</p>'
        '<table class="form" cellspacing="0" cellpadding="5">'
        f"<thead><tr><th>{_e(label('number', language))}</th>"
        f"<th>{_e(label('statement', language))}</th>{scale_head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f'<p class="scale">{_e(label("tick", language))}</p>'
        f'<p class="thanks">{_e(label("thanks", language))}</p>'
        "</body></html>"
    )
