"""The district report: a workbook a district clerk reads without the app.

Sheets: a summary per school (with the title block: district or school, period, date made),
indicators by grade, subject, class and teacher, observations and criteria averages, the
visit-plan fulfilment, professional-development compliance and flags; the voices of parents,
pupils, teachers and employers, and where the graduates went (district_stakeholder_sheets).
Every table has a frozen header, an auto-filter, percent and number formats and set widths;
the summary and the subject sheet carry native Excel charts. Undefined indicators are empty
cells, never 0. Percentages are written as fractions with the format ``0.0%`` so that Excel
computes with them; every text goes through safe_cells (no formula injection).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.domain.flags import render_message
from eduqa_desktop.domain.indicators import Indicators, MarkCounts, compute_indicators
from eduqa_desktop.exchange.district_data import (
    DistrictFigures,
    GraduatesFigures,
    IndicatorLine,
    VoicesFigures,
)
from eduqa_desktop.exchange.district_stakeholder_sheets import WORDS as STAKEHOLDER_WORDS
from eduqa_desktop.exchange.district_stakeholder_sheets import graduates_sheet, voices_sheet
from eduqa_desktop.exchange.report_text import percent_text
from eduqa_desktop.exchange.safe_cells import (
    AVERAGE_FORMAT,
    DATE_FORMAT,
    NOTE_FONT,
    TITLE_FONT,
    cell,
    header_cells,
    looks_like_formula,
)

PERCENT = "0.0%"
COUNT = "#,##0"
HEADER_ROW = 5  # rows 1–3: the title block
Translate = Callable[[str, str], str]

# Column titles and sheet names in the three languages (data, like the templates' headers).
WORDS: dict[str, dict[str, str]] = {
    "summary": {"uz": "Umumiy", "ru": "Сводка", "en": "Summary"},
    "grade": {"uz": "Sinflar boʻyicha (parallel)", "ru": "По параллелям", "en": "By grade"},
    "subject": {"uz": "Fanlar boʻyicha", "ru": "По предметам", "en": "By subject"},
    "class": {"uz": "Sinflar boʻyicha", "ru": "По классам", "en": "By class"},
    "teacher": {"uz": "Oʻqituvchilar boʻyicha", "ru": "По учителям", "en": "By teacher"},
    "observations": {"uz": "Kuzatuvlar", "ru": "Наблюдения", "en": "Observations"},
    "criteria": {"uz": "Mezonlar", "ru": "Критерии", "en": "Criteria"},
    "plan": {"uz": "Tashriflar rejasi", "ru": "План посещений", "en": "Visit plan"},
    "pd": {"uz": "Malaka oshirish", "ru": "Повышение квалификации", "en": "Prof. development"},
    "flags": {"uz": "Eʼtibor talab etadi", "ru": "Требуют внимания", "en": "Needs attention"},
    "title": {"uz": "Taʼlim sifati boʻyicha hisobot", "ru": "Отчёт о качестве образования",
              "en": "Quality of education report"},
    "district": {"uz": "Tuman", "ru": "Район", "en": "District"},
    "school": {"uz": "Maktab", "ru": "Школа", "en": "School"},
    "period": {"uz": "Davr", "ru": "Период", "en": "Period"},
    "made": {"uz": "Tuzilgan sana", "ru": "Дата составления", "en": "Made on"},
    "results_of": {"uz": "Natijalar: {term}-chorak", "ru": "Итоги: {term} четверть",
                   "en": "Results: quarter {term}"},
    "no_results": {"uz": "Natijalar yoʻq", "ru": "Итогов нет", "en": "No results"},
    "year": {"uz": "{year} oʻquv yili", "ru": "{year} учебный год", "en": "academic year {year}"},
    "quarter": {"uz": "{term}-chorak", "ru": "{term} четверть", "en": "quarter {term}"},
    "teachers": {"uz": "Oʻqituvchilar", "ru": "Учителей", "en": "Teachers"},
    "classes": {"uz": "Sinflar", "ru": "Классов", "en": "Classes"},
    "assessed": {"uz": "Baholanganlar (N)", "ru": "Аттестуемых (N)", "en": "Assessed (N)"},
    "pass": {"uz": "Oʻzlashtirish", "ru": "Успеваемость", "en": "Pass rate"},
    "quality": {"uz": "Bilim sifati", "ru": "Качество знаний", "en": "Quality of knowledge"},
    "sou": {"uz": "Oʻqitilganlik darajasi", "ru": "СОУ", "en": "Degree of learning (SOU)"},
    "average": {"uz": "Oʻrtacha baho", "ru": "Средний балл", "en": "Average grade"},
    "observed": {"uz": "Kuzatuvlar", "ru": "Наблюдений", "en": "Observations"},
    "obs_avg": {"uz": "Kuzatuv bali (oʻrtacha)", "ru": "Балл наблюдений (ср.)",
                "en": "Observation score (avg)"},
    "planned": {"uz": "Rejada", "ru": "Запланировано", "en": "Planned"},
    "done": {"uz": "Bajarildi", "ru": "Выполнено", "en": "Done"},
    "overdue": {"uz": "Muddati oʻtgan", "ru": "Просрочено", "en": "Overdue"},
    "fulfilment": {"uz": "Bajarilishi", "ru": "Выполнение", "en": "Fulfilment"},
    "pd_ok": {"uz": "Muddatida oʻtgan", "ru": "Прошли в срок", "en": "Up to date"},
    "pd_rate": {"uz": "Malaka oshirish", "ru": "Повышение квалификации", "en": "PD compliance"},
    "flags_n": {"uz": "Signallar", "ru": "Сигналов", "en": "Signals"},
    "group_grade": {"uz": "Parallel", "ru": "Параллель", "en": "Grade"},
    "group_subject": {"uz": "Fan", "ru": "Предмет", "en": "Subject"},
    "group_class": {"uz": "Sinf", "ru": "Класс", "en": "Class"},
    "group_teacher": {"uz": "Oʻqituvchi", "ru": "Учитель", "en": "Teacher"},
    "na": {"uz": "Attestatsiyadan oʻtmagan", "ru": "Не аттестовано", "en": "Not attested"},
    "exempt": {"uz": "Ozod", "ru": "Освобождены", "en": "Exempt"},
    "high": {"uz": "Yuqori", "ru": "Высокий", "en": "High"},
    "good": {"uz": "Yaxshi", "ru": "Хороший", "en": "Good"},
    "needs_improvement": {"uz": "Yaxshilash kerak", "ru": "Требует улучшения",
                          "en": "Needs improvement"},
    "unsatisfactory": {"uz": "Qoniqarsiz", "ru": "Неудовлетворительно", "en": "Unsatisfactory"},
    "checklist": {"uz": "Kuzatuv varaqasi", "ru": "Бланк", "en": "Checklist"},
    "section": {"uz": "Boʻlim", "ru": "Раздел", "en": "Section"},
    "criterion": {"uz": "Mezon", "ru": "Критерий", "en": "Criterion"},
    "scored": {"uz": "Baholangan", "ru": "Оценено", "en": "Scored"},
    "avg_scale": {"uz": "Oʻrtacha (shkala)", "ru": "Среднее (шкала)", "en": "Average (scale)"},
    "avg_pct": {"uz": "Oʻrtacha (%)", "ru": "Среднее (%)", "en": "Average (%)"},
    "last_pd": {"uz": "Oxirgi malaka oshirish", "ru": "Последнее ПК", "en": "Last PD course"},
    "kind": {"uz": "Belgi", "ru": "Сигнал", "en": "Flag"},
    "explanation": {"uz": "Izoh", "ru": "Пояснение", "en": "Explanation"},
    "chart_quality": {"uz": "Bilim sifati va oʻzlashtirish maktablar boʻyicha",
                      "ru": "Качество знаний и успеваемость по школам",
                      "en": "Quality of knowledge and pass rate by school"},
    "chart_subject": {"uz": "Bilim sifati fanlar boʻyicha", "ru": "Качество знаний по предметам",
                      "en": "Quality of knowledge by subject"},
    "pd_overdue_title": {"uz": "Malaka oshirish muddati oʻtgan oʻqituvchilar",
                         "ru": "Учителя с просроченным повышением квалификации",
                         "en": "Teachers overdue for professional development"},
}  # fmt: skip
assert not set(WORDS) & set(STAKEHOLDER_WORDS), "a word of the Voices sheets is taken"
WORDS.update(STAKEHOLDER_WORDS)
FLAG_NAMES = {
    "not_observed": {"uz": "Kuzatilmagan", "ru": "Не посещён", "en": "Not observed"},
    "low_observation": {"uz": "Past kuzatuv bali", "ru": "Низкий балл", "en": "Low observation"},
    "quality_drop": {"uz": "Sifat pasaygan", "ru": "Падение качества", "en": "Quality drop"},
    "pd_overdue": {"uz": "Malaka oshirish muddati oʻtgan", "ru": "ПК просрочено",
                   "en": "PD overdue"},
    "follow_up_overdue": {"uz": "Keyingi qadam muddati oʻtgan", "ru": "Просрочены шаги",
                          "en": "Follow-up overdue"},
    # The attention signals (domain.signals.SignalKind) the report lists now.
    "results_behind_peers": {"uz": "Parallel sinflardan ortda", "ru": "Отставание от параллели",
                             "en": "Behind peers"},
    "results_behind_classmates": {"uz": "Boshqa fanlardan ortda",
                                  "ru": "Ниже, чем у других учителей", "en": "Behind classmates"},
    "sustained_decline": {"uz": "Barqaror pasayish", "ru": "Устойчивое снижение",
                          "en": "Sustained decline"},
    "low_lesson": {"uz": "Past baholangan dars", "ru": "Слабый урок", "en": "Low lesson"},
    "falling_lessons": {"uz": "Darslar pasaymoqda", "ru": "Уроки хуже", "en": "Falling lessons"},
    "weak_criterion": {"uz": "Zaif mezon", "ru": "Слабый критерий", "en": "Weak criterion"},
    "planned_visit_overdue": {"uz": "Rejali tashrif oʻtkazib yuborilgan",
                              "ru": "Плановое посещение просрочено",
                              "en": "Planned visit overdue"},
    "new_teacher_unsupported": {"uz": "Yosh oʻqituvchi qoʻllab-quvvatlanmagan",
                                "ru": "Молодой учитель без поддержки",
                                "en": "New teacher unsupported"},
}  # fmt: skip


def _identity(_context: str, text: str) -> str:
    return text


class _Sheet:
    """A write-only worksheet and the number of the next row it will append."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.next_row = 1

    def append(self, cells: Sequence[Any]) -> None:
        self.sheet.append(cells)
        self.next_row += 1

    def skip_to(self, row: int) -> None:
        """Empty rows until the next appended row is `row`."""
        while self.next_row < row:
            self.append(())

    def cells(self, row: Sequence[tuple[Any, str | None]]) -> list[Any]:
        """(value, number format) pairs as safe cells; an empty value is no cell at all.

        A plain text that cannot be read as a formula or an error code is passed as it is:
        openpyxl types it as text by itself, exactly as :func:`safe_cells.cell` would, without
        a cell object per value (a third of the writing time). Anything else goes through
        ``safe_cells.cell``.
        """
        return [
            None if value is None
            else value if number_format is None and _plain_text(value)
            else cell(self.sheet, value, number_format)
            for value, number_format in row
        ]  # fmt: skip


def _plain_text(value: object) -> bool:
    return type(value) is str and not looks_like_formula(value) and value not in ERROR_CODES


class _Writer:
    """Writes the sheets in write-only (streaming) mode: every sheet's widths, frozen header
    and page setup are set before its first row, rows are appended top to bottom, and the
    auto-filter and charts (written at the sheet's end) after its rows."""

    def __init__(self, figures: DistrictFigures, language: str, translate: Translate) -> None:
        self.figures = figures
        self.language = language if language in ("uz", "ru", "en") else "en"
        self.translate = translate
        self.book = Workbook(write_only=True)

    def w(self, key: str, **params: Any) -> str:
        return WORDS[key][self.language].format(**params)

    def sheet(self, key: str, widths: Sequence[int]) -> _Sheet:
        """A new sheet with its title block (rows 1–3); its table starts at HEADER_ROW."""
        sheet = self.book.create_sheet(self.w(key)[:31])
        # printed (or saved as PDF) landscape, one page wide
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        sheet.freeze_panes = f"B{HEADER_ROW + 1}"
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        result = _Sheet(sheet)
        self._title_block(result, self.w(key))
        return result

    def _title_block(self, sheet: _Sheet, subtitle: str) -> None:
        figures = self.figures
        schools = figures.schools
        districts = {s.district for s in schools if s.district}
        if len(schools) == 1:
            who = f"{self.w('school')}: {schools[0].school}"
        else:
            who = f"{self.w('district')}: {', '.join(sorted(districts)) or '—'}"
        period = self.w("year", year=figures.year)
        if figures.term is not None:
            period += ", " + self.w("quarter", term=figures.term)
        results = (
            self.w("results_of", term=figures.results_term)
            if figures.results_term is not None
            else self.w("no_results")
        )
        title = cell(sheet.sheet, f"{self.w('title')} — {subtitle}")
        title.font = TITLE_FONT
        sheet.append([title])
        sheet.append([cell(sheet.sheet, f"{who} · {self.w('period')}: {period} · {results}")])
        note = cell(sheet.sheet, f"{self.w('made')}: {date.today().strftime('%d.%m.%Y')}")
        note.font = NOTE_FONT
        sheet.append([note])

    def table(
        self,
        sheet: _Sheet,
        headers: Sequence[str],
        rows: Sequence[Sequence[tuple[Any, str | None]]],
        first_row: int = HEADER_ROW,
    ) -> int:
        """Write a header and rows of (value, number format); returns the last row."""
        sheet.skip_to(first_row)
        sheet.sheet.row_dimensions[first_row].height = 32
        sheet.append(header_cells(sheet.sheet, headers))
        for row in rows:
            sheet.append(sheet.cells(row))
        last = first_row + max(len(rows), 1)
        if first_row == HEADER_ROW:
            sheet.sheet.auto_filter.ref = f"A{first_row}:{get_column_letter(len(headers))}{last}"
        return last

    def indicator_headers(self) -> list[str]:
        return [self.w("assessed"), "5", "4", "3", "2", "1", self.w("na"), self.w("exempt"),
                self.w("pass"), self.w("quality"), self.w("sou"), self.w("average")]  # fmt: skip

    @staticmethod
    def indicator_cells(counts: MarkCounts, exempt: int | None, ind: Indicators | None) -> list:  # type: ignore[type-arg]
        def pct(value: float | None) -> tuple[float | None, str]:
            return (None if value is None else value / 100, PERCENT)

        return [
            (counts.assessed, COUNT), (counts.n5, COUNT), (counts.n4, COUNT), (counts.n3, COUNT),
            (counts.n2, COUNT), (counts.n1, COUNT), (counts.not_attested, COUNT),
            (exempt, COUNT),
            pct(ind.pass_rate if ind else None), pct(ind.quality if ind else None),
            pct(ind.sou if ind else None),
            (ind.average_grade if ind else None, AVERAGE_FORMAT),
        ]  # fmt: skip

    # --- sheets -------------------------------------------------------------------------------

    def summary(self) -> None:
        sheet = self.sheet("summary", [34, 11, 10, 15, 16, 16, 12, 12, 14, 16, 16, 12, 14, 18, 10])
        flags = Counter(flag.school for flag in self.figures.flags)
        headers = [self.w("school"), self.w("teachers"), self.w("classes"), self.w("assessed"),
                   self.w("pass"), self.w("quality"), self.w("sou"), self.w("average"),
                   self.w("observed"), self.w("obs_avg"), self.w("planned"), self.w("done"),
                   self.w("fulfilment"), self.w("pd_rate"), self.w("flags_n")]  # fmt: skip
        rows = []
        for line in self.figures.schools:
            ind = line.indicators
            rows.append([
                (line.school, None), (line.teachers, COUNT), (line.classes, COUNT),
                (line.counts.assessed, COUNT), _pct(ind.pass_rate), _pct(ind.quality),
                _pct(ind.sou), (ind.average_grade, AVERAGE_FORMAT), (line.observations, COUNT),
                _pct(line.observation_average), (line.visits_planned, COUNT),
                (line.visits_done, COUNT), _pct(line.fulfilment), _pct(line.pd_compliance),
                (flags.get(line.school, 0), COUNT),
            ])  # fmt: skip
        if len(self.figures.schools) > 1 and self.figures.district is not None:
            ind = self.figures.district
            rows.append([
                (self.w("district"), None), (None, None), (None, None),
                (self.figures.district_counts.assessed, COUNT), _pct(ind.pass_rate),
                _pct(ind.quality), _pct(ind.sou), (ind.average_grade, AVERAGE_FORMAT),
            ])  # fmt: skip
        last = self.table(sheet, headers, rows)
        count = len(self.figures.schools)
        if count and self.figures.results_term is not None:
            chart = _bar_chart(self.w("chart_quality"), self.w("school"), "%")
            data = Reference(sheet.sheet, min_col=5, max_col=6, min_row=HEADER_ROW,
                             max_row=HEADER_ROW + count)  # fmt: skip
            chart.add_data(data, titles_from_data=True)
            _colour(chart)
            chart.set_categories(
                Reference(sheet.sheet, min_col=1, min_row=HEADER_ROW + 1,
                          max_row=HEADER_ROW + count)
            )  # fmt: skip
            chart.width = max(18, min(40, 2 + count * 1.2))
            sheet.sheet.add_chart(chart, f"A{last + 3}")

    def indicators(
        self, lines: Sequence[IndicatorLine], key: str, group_key: str, width: int
    ) -> None:
        sheet = self.sheet(key, [30, width, 11] + [7] * 7 + [12, 12, 12, 10])
        headers = [self.w("school"), self.w(group_key), *self.indicator_headers()]
        rows = [
            [(line.school, None), (line.group, None),
             *self.indicator_cells(line.counts, line.exempt, line.indicators)]
            for line in lines
        ]  # fmt: skip
        last = self.table(sheet, headers, rows)
        if key == "subject" and lines:
            self._subject_chart(sheet, lines, last)

    def _subject_chart(self, sheet: _Sheet, lines: Sequence[IndicatorLine], last: int) -> None:
        totals: dict[str, MarkCounts] = {}
        for line in lines:
            totals[line.group] = totals.get(line.group, MarkCounts()) + line.counts
        ranked = sorted(
            ((name, compute_indicators(c).quality) for name, c in totals.items()),
            key=lambda item: -(item[1] or 0),
        )[:12]
        start = last + 3
        sheet.skip_to(start)
        sheet.append(sheet.cells([(self.w("group_subject"), None), (self.w("quality"), None)]))
        for name, quality in ranked:
            sheet.append(
                sheet.cells([(name, None), (None if quality is None else quality / 100, PERCENT)])
            )
        chart = _bar_chart(self.w("chart_subject"), self.w("group_subject"), "%")
        chart.add_data(
            Reference(sheet.sheet, min_col=2, min_row=start, max_row=start + len(ranked)),
            titles_from_data=True,
        )
        _colour(chart)
        chart.set_categories(Reference(sheet.sheet, min_col=1, min_row=start + 1,
                                       max_row=start + len(ranked)))  # fmt: skip
        sheet.sheet.add_chart(chart, f"D{start}")

    def observations(self) -> None:
        sheet = self.sheet("observations", [34, 12, 14, 10, 10, 14, 14])
        bands = ("high", "good", "needs_improvement", "unsatisfactory")
        headers = [self.w(k) for k in ("school", "observed", "obs_avg", *bands)]
        rows = [
            [(line.school, None), (line.observations, COUNT), _pct(line.observation_average),
             *((line.bands[band], COUNT) for band in bands)]
            for line in self.figures.schools
        ]  # fmt: skip
        self.table(sheet, headers, rows)
        sheet = self.sheet("criteria", [30, 30, 60, 10, 12, 12])
        headers = [self.w("checklist"), self.w("section"), self.w("criterion"), self.w("scored"),
                   self.w("avg_scale"), self.w("avg_pct")]  # fmt: skip
        rows = [
            [(c.checklist, None), (c.section, None), (c.criterion, None), (c.scored, COUNT),
             (c.average, AVERAGE_FORMAT), _pct(c.percent)]
            for c in self.figures.criteria
        ]  # fmt: skip
        self.table(sheet, headers, rows)

    def plan(self) -> None:
        sheet = self.sheet("plan", [34, 12, 12, 12, 12])
        headers = [self.w("school"), self.w("planned"), self.w("done"), self.w("overdue"),
                   self.w("fulfilment")]  # fmt: skip
        rows = [
            [(line.school, None), (line.visits_planned, COUNT), (line.visits_done, COUNT),
             (line.visits_overdue, COUNT), _pct(line.fulfilment)]
            for line in self.figures.schools
        ]  # fmt: skip
        self.table(sheet, headers, rows)

    def pd(self) -> None:
        # the widths of both tables: school, teacher (or count), last course (or count), rate
        sheet = self.sheet("pd", [34, 32, 16, 14])
        headers = [self.w("school"), self.w("teachers"), self.w("pd_ok"), self.w("pd_rate")]
        rows = [
            [(line.school, None), (line.pd_teachers, COUNT), (line.pd_compliant, COUNT),
             _pct(line.pd_compliance)]
            for line in self.figures.schools
        ]  # fmt: skip
        last = self.table(sheet, headers, rows)
        start = last + 3
        sheet.skip_to(start - 1)
        title = cell(sheet.sheet, self.w("pd_overdue_title"))
        title.font = TITLE_FONT
        sheet.append([title])
        overdue = [
            [(line.school, None), (line.teacher, None), (line.last_course, DATE_FORMAT)]
            for line in self.figures.pd_overdue
        ]
        self.table(sheet, [self.w("school"), self.w("group_teacher"), self.w("last_pd")],
                   overdue, first_row=start)  # fmt: skip

    def flags(self) -> None:
        sheet = self.sheet("flags", [30, 32, 24, 80])
        headers = [self.w("school"), self.w("group_teacher"), self.w("kind"),
                   self.w("explanation")]  # fmt: skip
        rows = []
        for flag in self.figures.flags:
            text = render_message(
                self.translate("Messages", flag.template),
                flag.params,
                language=self.language,  # subjects named in the report's language
                percent=lambda value: percent_text(value, self.language),  # "63,0 %" in ru, uz
            )
            kind = FLAG_NAMES.get(flag.kind, {}).get(self.language, flag.kind)
            rows.append([(flag.school, None), (flag.teacher, None), (kind, None), (text, None)])
        self.table(sheet, headers, rows)


def _pct(value: float | None) -> tuple[float | None, str]:
    return (None if value is None else value / 100, PERCENT)


def _colour(chart: BarChart) -> None:
    """Okabe–Ito blue and orange, readable with colour blindness."""
    for series, colour in zip(chart.series, ("0072B2", "E69F00"), strict=False):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour


def _bar_chart(title: str, x_title: str, y_title: str) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.style = 10
    chart.title = title
    chart.x_axis.title = x_title
    chart.y_axis.title = y_title
    chart.y_axis.numFmt = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.height = 9
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.dataLabels.showSerName = False
    chart.dataLabels.showCatName = False
    chart.dataLabels.showLegendKey = False
    chart.dataLabels.numFmt = "0%"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


def write_district_report(
    figures: DistrictFigures,
    voices: VoicesFigures,
    graduates: GraduatesFigures,
    path: Path | str,
    *,
    language: str = "en",
    translate: Translate = _identity,
    check: Callable[[], None] = lambda: None,
) -> None:
    """Write the report of the schools in `figures` (services.reports.district reads them);
    `check` is called before the file is saved and may raise to stop (a cancel)."""
    writer = _Writer(figures, language, translate)
    groups = figures.groups
    writer.summary()
    writer.indicators(groups.grade, "grade", "group_grade", 10)
    writer.indicators(groups.subject, "subject", "group_subject", 26)
    writer.indicators(groups.school_class, "class", "group_class", 9)
    writer.indicators(groups.teacher, "teacher", "group_teacher", 32)
    writer.observations()
    writer.plan()
    writer.pd()
    writer.flags()
    voices_sheet(writer, voices)
    graduates_sheet(writer, graduates)
    try:
        check()
    except BaseException:
        # Each streamed sheet finishes its temporary file, which openpyxl removes at exit;
        # left open, they fail noisily when collected.
        for sheet in writer.book.worksheets:
            sheet.close()
        raise
    writer.book.save(Path(path))
