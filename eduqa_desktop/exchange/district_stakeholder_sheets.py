"""The district report's Voices and Graduates sheets: what parents, pupils, teachers and
employers say of each school, and where its last graduates went.

Voices: one row per school and group — respondents, the survey's quarter, the share agreeing
per dimension and overall (from summed answers), the mean and the change since the survey
before; a group under the minimum of respondents keeps its count but no figures. Then the
dimensions where parents or pupils disagree with teachers. Graduates: one row per school and
grade with the count per destination and the shares of further study, of placements with
partners and of the unknown; then the partner organisations with their placements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eduqa_desktop.domain.graduates import DESTINATION_ORDER
from eduqa_desktop.domain.surveys import DIMENSION_ORDER, Satisfaction
from eduqa_desktop.exchange.district_data import (
    GraduateLine,
    GraduatesFigures,
    VoiceLine,
    VoicesFigures,
)
from eduqa_desktop.exchange.graduate_words import DESTINATIONS as DESTINATION_NAMES
from eduqa_desktop.exchange.safe_cells import AVERAGE_FORMAT, NOTE_FONT, cell

if TYPE_CHECKING:
    from eduqa_desktop.exchange.district_report import _Writer

PERCENT = "0.0%"
COUNT = "#,##0"
POINTS = "+0.0;−0.0;0.0"

WORDS: dict[str, dict[str, str]] = {
    "voices": {"uz": "Fikrlar", "ru": "Мнения", "en": "Voices"},
    "graduates": {"uz": "Bitiruvchilar", "ru": "Выпускники", "en": "Graduates"},
    "group": {"uz": "Guruh", "ru": "Группа", "en": "Group"},
    "respondents": {"uz": "Respondentlar", "ru": "Респондентов", "en": "Respondents"},
    "survey": {"uz": "Soʻrovnoma", "ru": "Опрос", "en": "Survey"},
    "all_statements": {"uz": "Barcha fikrlar", "ru": "Все утверждения", "en": "All statements"},
    "mean": {"uz": "Oʻrtacha (1–5)", "ru": "Среднее (1–5)", "en": "Mean (1–5)"},
    "change": {"uz": "Oʻzgarish (ball)", "ru": "Изменение (п.)", "en": "Change (points)"},
    "withheld": {"uz": "{minimum} tadan kam javob: koʻrsatilmaydi",
                 "ru": "меньше {minimum} ответивших: не показано",
                 "en": "fewer than {minimum} answered: not shown"},
    "voices_note": {"uz": "4 yoki 5 javoblar ulushi (1–5 shkala), jamlangan javoblardan; "
                          "kamida {minimum} respondent boʻlsa koʻrsatiladi.",
                    "ru": "Доля ответов 4 или 5 (шкала 1–5) по суммам ответов; "
                          "показывается от {minimum} респондентов.",
                    "en": "Share of answers 4 or 5 on the scale 1–5, from summed answers; "
                          "shown from {minimum} respondents."},
    "gaps_title": {"uz": "Oʻqituvchilar bilan fikri farq qiladigan joylar",
                   "ru": "Где мнения расходятся с мнением учителей",
                   "en": "Where they disagree with teachers"},
    "dimension": {"uz": "Yoʻnalish", "ru": "Направление", "en": "Dimension"},
    "their_share": {"uz": "Ularning ulushi", "ru": "Их доля", "en": "Their share"},
    "teachers_share": {"uz": "Oʻqituvchilar", "ru": "Учителя", "en": "Teachers"},
    "apart": {"uz": "Farq (ball)", "ru": "Разница (п.)", "en": "Apart (points)"},
    "no_surveys": {"uz": "Soʻrovnomalar yoʻq", "ru": "Опросов нет", "en": "No surveys"},
    "grade_col": {"uz": "Sinf", "ru": "Класс", "en": "Grade"},
    "partners": {"uz": "Hamkorlar", "ru": "Партнёры", "en": "Partners"},
    "note": {"uz": "Izoh", "ru": "Примечание", "en": "Note"},
    "graduates_n": {"uz": "Bitiruvchilar", "ru": "Выпускников", "en": "Graduates"},
    "further": {"uz": "Oʻqishni davom ettirdi, %", "ru": "Продолжили обучение, %",
                "en": "Further study, %"},
    "with_partner": {"uz": "Hamkor bilan, %", "ru": "С партнёром, %", "en": "With a partner, %"},
    "unknown_share": {"uz": "Nomaʼlum, %", "ru": "Неизвестно, %", "en": "Unknown, %"},
    "graduates_of": {"uz": "{year} oʻquv yili bitiruvchilari",
                     "ru": "Выпускники {year} учебного года",
                     "en": "Graduates of the academic year {year}"},
    "no_graduates": {"uz": "Bitiruvchilar kiritilmagan", "ru": "Выпускники не внесены",
                     "en": "No graduates entered"},
    "partners_title": {"uz": "Hamkor tashkilotlar", "ru": "Организации-партнёры",
                       "en": "Partner organisations"},
    "partner": {"uz": "Tashkilot", "ru": "Организация", "en": "Organisation"},
    "sector": {"uz": "Soha", "ru": "Отрасль", "en": "Sector"},
    "how": {"uz": "Qanday", "ru": "Как", "en": "How"},
    "all_schools": {"uz": "Barcha maktablar", "ru": "Все школы", "en": "All schools"},
}  # fmt: skip
GROUP_NAMES = {
    "parents": {"uz": "Ota-onalar", "ru": "Родители", "en": "Parents"},
    "pupils": {"uz": "Oʻquvchilar", "ru": "Ученики", "en": "Pupils"},
    "teachers": {"uz": "Oʻqituvchilar", "ru": "Учителя", "en": "Teachers"},
    "employers": {"uz": "Ish beruvchilar", "ru": "Работодатели", "en": "Employers"},
}
DIMENSION_NAMES = {
    "teaching_learning": {"uz": "Taʼlim va oʻqitish", "ru": "Обучение и преподавание",
                          "en": "Teaching and learning"},
    "climate_safety": {"uz": "Muhit va xavfsizlik", "ru": "Климат и безопасность",
                       "en": "Climate and safety"},
    "conditions_resources": {"uz": "Sharoit va resurslar", "ru": "Условия и ресурсы",
                             "en": "Conditions and resources"},
    "family_communication": {"uz": "Oila bilan aloqa", "ru": "Связь с семьёй",
                             "en": "Communication with families"},
    "readiness": {"uz": "Oʻqish va ishga tayyorlik", "ru": "Готовность к учёбе и работе",
                  "en": "Readiness for study and work"},
}  # fmt: skip


def _pct(value: float | None) -> tuple[float | None, str]:
    return (None if value is None else value / 100, PERCENT)


def _name(names: dict[str, dict[str, str]], key: str, language: str) -> str:
    return names.get(key, {}).get(language, key)


def _note(writer: _Writer, sheet: Any, text: str) -> None:
    note = cell(sheet.sheet, text)
    note.font = NOTE_FONT
    sheet.append([note])


# --- Voices ------------------------------------------------------------------------------------


def _voice_row(writer: _Writer, voice: VoiceLine, minimum: int) -> list[Any]:
    language = writer.language

    def share(index: Satisfaction | None) -> tuple[float | None, str]:
        return _pct(index.share_agreeing if index is not None else None)

    overall = voice.overall
    year, term = voice.when
    school = writer.w("all_schools") if voice.school is None else voice.school
    row: list[Any] = [
        (school, None),
        (_name(GROUP_NAMES, str(voice.stakeholder), language), None),
        (overall.respondents, COUNT),
        (f"{year}, {writer.w('quarter', term=term)}", None),
        *(share(voice.dimensions.get(d)) for d in DIMENSION_ORDER),
        share(overall),
        (overall.mean, AVERAGE_FORMAT),
        (voice.change, POINTS),
    ]
    if not overall.shown:
        row.append((WORDS["withheld"][language].format(minimum=minimum), None))
    return row


def voices_sheet(writer: _Writer, data: VoicesFigures) -> None:
    language = writer.language
    sheet = writer.sheet("voices", [30, 16, 13, 22, *([14] * len(DIMENSION_ORDER)), 14, 12, 13, 34])
    headers = [
        writer.w("school"), writer.w("group"), writer.w("respondents"), writer.w("survey"),
        *(_name(DIMENSION_NAMES, str(d), language) for d in DIMENSION_ORDER),
        writer.w("all_statements"), writer.w("mean"), writer.w("change"), writer.w("note"),
    ]  # fmt: skip
    rows = [_voice_row(writer, line, data.min_respondents) for line in data.lines]
    last = writer.table(sheet, headers, rows)
    sheet.skip_to(last + 2)
    _note(writer, sheet, WORDS["voices_note"][language].format(minimum=data.min_respondents))
    if data.empty:
        _note(writer, sheet, writer.w("no_surveys"))
        return
    if data.gaps:
        start = last + 5
        gap_rows = [
            [
                (_name(DIMENSION_NAMES, str(g.dimension), language), None),
                (_name(GROUP_NAMES, g.group, language), None),
                _pct(g.share), _pct(g.other_share), (abs(g.points), "0.0"),
            ]
            for g in data.gaps
        ]  # fmt: skip
        sheet.skip_to(start - 1)
        _note(writer, sheet, writer.w("gaps_title"))
        writer.table(
            sheet,
            [writer.w("dimension"), writer.w("group"), writer.w("their_share"),
             writer.w("teachers_share"), writer.w("apart")],
            gap_rows,
            first_row=start,
        )  # fmt: skip


# --- Graduates ---------------------------------------------------------------------------------


def _graduate_row(writer: _Writer, line: GraduateLine) -> list[Any]:
    cohort = line.cohort
    return [
        (writer.w("all_schools") if line.school is None else line.school, None),
        (line.grade, COUNT),
        (cohort.graduates, COUNT),
        *((cohort.count(d), COUNT) for d in DESTINATION_ORDER),
        _pct(cohort.share_of(cohort.further_study)),
        _pct(cohort.share_of(cohort.with_partner)),
        _pct(cohort.share_of(cohort.count(DESTINATION_ORDER[-1]))),
    ]


def graduates_sheet(writer: _Writer, data: GraduatesFigures) -> None:
    language = writer.language
    sheet = writer.sheet("graduates", [30, 8, 13, *([12] * len(DESTINATION_ORDER)), 14, 14, 12])
    headers = [
        writer.w("school"), writer.w("grade_col"), writer.w("graduates_n"),
        *(_name(DESTINATION_NAMES, str(d), language) for d in DESTINATION_ORDER),
        writer.w("further"), writer.w("with_partner"), writer.w("unknown_share"),
    ]  # fmt: skip
    rows = [_graduate_row(writer, line) for line in data.lines]
    last = writer.table(sheet, headers, rows)
    sheet.skip_to(last + 2)
    if data.year is None:
        _note(writer, sheet, writer.w("no_graduates"))
    else:
        _note(writer, sheet, writer.w("graduates_of", year=data.year))
    sheet = writer.sheet("partners", [30, 40, 20, 8, 22, 13])
    partner_rows = [
        [
            (p.school, None), (p.partner, None), (p.sector, None), (p.grade, COUNT),
            (_name(DESTINATION_NAMES, str(p.destination), language), None),
            (p.graduates, COUNT),
        ]
        for p in data.partners
    ]  # fmt: skip
    writer.table(
        sheet,
        [writer.w("school"), writer.w("partner"), writer.w("sector"), writer.w("grade_col"),
         writer.w("how"), writer.w("graduates_n")],
        partner_rows,
    )  # fmt: skip
