"""The sheets of a school's package a clerk reads, in Uzbek, Russian or English, built from the
machine records (so that both say the same) and the visit plan's fulfilment."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from eduqa_desktop.domain.indicators import MarkCounts, SouWeights, compute_indicators
from eduqa_desktop.exchange.exchange_package import OBSERVATIONS_SHEET, STATUS_LABELS
from eduqa_desktop.exchange.headers import CATEGORY_LABELS, PURPOSE_LABELS
from eduqa_desktop.exchange.safe_cells import AVERAGE_FORMAT, DATE_FORMAT, PERCENT_FORMAT
from eduqa_desktop.exchange.school_package_format import (
    ACTIVITIES_SHEET,
    CLASSES_SHEET,
    RESULTS_SHEET,
    SUBJECTS_SHEET,
    TEACHERS_SHEET,
    Rows,
)
from eduqa_desktop.exchange.school_package_writer import ReadableSheet

WORDS: dict[str, dict[str, Any]] = {
    "uz": {
        "title": "Maktab hisoboti: {school}", "cover_sheet": "Muqova",
        "cover": ("Maktab", "Tuman", "Viloyat", "Davr", "Tayyorlangan", "Dastur versiyasi",
                  "Oʻqituvchilar", "Natijalar qatorlari", "Kuzatuvlar", "Tadbirlar",
                  "Reja yozuvlari", "Nazorat yigʻindisi"),
        "year": "{year} oʻquv yili", "term": "{year} oʻquv yili, {term}-chorak",
        "sheets": ("Xodimlar", "Natijalar", "Kuzatuvlar", "Tadbirlar", "Reja bajarilishi"),
        "staff": ("F.I.Sh.", "Tabel raqami", "Boʻlim", "Toifa", "Staj", "Fanlar", "Ishlaydi"),
        "results": ("Chorak", "Sinf", "Fan", "Oʻqituvchi", "Oʻquvchilar", "5", "4", "3", "2",
                    "1", "Attestatsiyadan oʻtmagan", "Ozod", "Oʻzlashtirish %", "Sifat %",
                    "SOU %", "Oʻrtacha ball"),
        "observations": ("Sana", "Oʻqituvchi", "Sinf", "Fan", "Maqsad", "Kuzatuvchi",
                         "Ball (%)", "Holat"),
        "activities": ("Sana", "Oʻqituvchi", "Tadbir", "Miqdor", "Daraja", "Oʻrin", "Izoh"),
        "plan": ("Oy", "Oʻqituvchi", "Maqsad", "Kuzatuvchi", "Holat", "Kuzatilgan sana"),
        "status": {"done": "bajarildi", "due": "shu oyda", "upcoming": "kutilmoqda",
                   "overdue": "muddati oʻtgan"},
        "yes": "ha", "no": "yoʻq",
    },
    "ru": {
        "title": "Отчёт школы: {school}", "cover_sheet": "Титул",
        "cover": ("Школа", "Район", "Область", "Период", "Составлен", "Версия программы",
                  "Учителей", "Строк результатов", "Наблюдений", "Мероприятий",
                  "Записей плана", "Контрольная сумма"),
        "year": "{year} учебный год", "term": "{year} учебный год, {term} четверть",
        "sheets": ("Кадры", "Результаты", "Наблюдения", "Мероприятия", "Выполнение плана"),
        "staff": ("Ф.И.О.", "Табельный №", "Кафедра", "Категория", "Стаж", "Предметы",
                  "Работает"),
        "results": ("Четверть", "Класс", "Предмет", "Учитель", "Учащихся", "5", "4", "3", "2",
                    "1", "Не аттестовано", "Освобождено", "Успеваемость %", "Качество %",
                    "СОУ %", "Средний балл"),
        "observations": ("Дата", "Учитель", "Класс", "Предмет", "Цель", "Наблюдатель",
                         "Балл (%)", "Статус"),
        "activities": ("Дата", "Учитель", "Мероприятие", "Количество", "Уровень", "Место",
                       "Примечание"),
        "plan": ("Месяц", "Учитель", "Цель", "Наблюдатель", "Статус", "Дата посещения"),
        "status": {"done": "выполнено", "due": "в этом месяце", "upcoming": "предстоит",
                   "overdue": "просрочено"},
        "yes": "да", "no": "нет",
    },
    "en": {
        "title": "School report: {school}", "cover_sheet": "Cover",
        "cover": ("School", "District", "Region", "Period", "Made on", "App version",
                  "Teachers", "Results rows", "Observations", "Activities", "Plan entries",
                  "Checksum"),
        "year": "academic year {year}", "term": "academic year {year}, quarter {term}",
        "sheets": ("Staff", "Results", "Observations", "Activities", "Plan fulfilment"),
        "staff": ("Full name", "Personnel number", "Department", "Category", "Experience",
                  "Subjects", "Working"),
        "results": ("Quarter", "Class", "Subject", "Teacher", "Pupils", "5", "4", "3", "2",
                    "1", "Not attested", "Exempt", "Pass rate %", "Quality %", "SOU %",
                    "Average mark"),
        "observations": ("Date", "Teacher", "Class", "Subject", "Purpose", "Observer",
                         "Score (%)", "Status"),
        "activities": ("Date", "Teacher", "Activity", "Quantity", "Level", "Place", "Note"),
        "plan": ("Month", "Teacher", "Purpose", "Observer", "Status", "Observed on"),
        "status": {"done": "done", "due": "due this month", "upcoming": "upcoming",
                   "overdue": "overdue"},
        "yes": "yes", "no": "no",
    },
}  # fmt: skip


def words(language: str) -> dict[str, Any]:
    return WORDS.get(language, WORDS["en"])


def period_text(language: str, year: str, term: int | None) -> str:
    text = words(language)["term" if term else "year"]
    return str(text.format(year=year, term=term))


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _int(text: str) -> int:
    return int(text) if text else 0


def _subject_name(record: dict[str, str], language: str) -> str:
    return record.get(f"name_{language}") or record["name"]


def _staff(machine: dict[str, Rows], language: str, w: dict[str, Any]) -> ReadableSheet:
    subjects = {s["uuid"]: _subject_name(s, language) for s in machine[SUBJECTS_SHEET]}
    rows = []
    for t in sorted(machine[TEACHERS_SHEET], key=lambda t: t["full_name"]):
        names = ", ".join(sorted(subjects.get(u, "") for u in json.loads(t["subjects"] or "[]")))
        category = CATEGORY_LABELS.get(t["category"], {}).get(language, t["category"])
        rows.append((t["full_name"], t["personnel_number"], t["department"], category,
                     _int(t["experience_years"]), names,
                     w["yes"] if t["active"] == "1" else w["no"]))  # fmt: skip
    return ReadableSheet(w["sheets"][0], w["staff"], rows, (36, 14, 24, 16, 8, 40, 9))


def _results(
    machine: dict[str, Rows], language: str, w: dict[str, Any], weights: SouWeights
) -> ReadableSheet:
    classes = {c["uuid"]: c["name"] for c in machine[CLASSES_SHEET]}
    subjects = {s["uuid"]: _subject_name(s, language) for s in machine[SUBJECTS_SHEET]}
    teachers = {t["uuid"]: t["full_name"] for t in machine[TEACHERS_SHEET]}
    rows = []
    for r in machine[RESULTS_SHEET]:
        counts = MarkCounts(*(_int(r[k]) for k in ("n5", "n4", "n3", "n2", "n1", "not_attested")))
        found = compute_indicators(counts, weights)
        rows.append((
            _int(r["term"]), classes.get(r["class_uuid"], ""), subjects.get(r["subject_uuid"], ""),
            teachers.get(r["teacher_uuid"], ""), _int(r["class_size"]),
            counts.n5, counts.n4, counts.n3, counts.n2, counts.n1, counts.not_attested,
            _int(r["exempt"]), found.pass_rate, found.quality, found.sou, found.average_grade,
        ))  # fmt: skip
    formats = {12: PERCENT_FORMAT, 13: PERCENT_FORMAT, 14: PERCENT_FORMAT, 15: AVERAGE_FORMAT}
    widths = (8, 8, 22, 32, 9, 5, 5, 5, 5, 5, 10, 10, 12, 10, 8, 10)
    return ReadableSheet(w["sheets"][1], w["results"], rows, widths, formats)


def _observations(machine: dict[str, Rows], language: str, w: dict[str, Any]) -> ReadableSheet:
    rows = []
    for o in machine[OBSERVATIONS_SHEET]:
        purpose = PURPOSE_LABELS.get(o["purpose"], {}).get(language, o["purpose"])
        status = STATUS_LABELS.get(language, STATUS_LABELS["en"]).get(o["status"], o["status"])
        score = float(o["score"]) if o["score"] else None
        rows.append((_day(o["observed_on"]), o["teacher"], o["class_name"], o["subject"],
                     purpose, o["observer"], score, status))  # fmt: skip
    widths = (12, 32, 8, 22, 24, 28, 10, 14)
    formats = {0: DATE_FORMAT, 6: PERCENT_FORMAT}
    return ReadableSheet(w["sheets"][2], w["observations"], rows, widths, formats)


def _activities(machine: dict[str, Rows], language: str, w: dict[str, Any]) -> ReadableSheet:
    teachers = {t["uuid"]: t["full_name"] for t in machine[TEACHERS_SHEET]}
    rows = []
    for a in machine[ACTIVITIES_SHEET]:
        kind = a.get(f"type_name_{language}") or a["type_name_en"] or a["type_code"]
        rows.append((_day(a["done_on"]), teachers.get(a["teacher_uuid"], ""), kind,
                     float(a["quantity"] or 0), a["level"],
                     _int(a["place"]) if a["place"] else None, a["note"]))  # fmt: skip
    return ReadableSheet(w["sheets"][3], w["activities"], rows,
                         (12, 32, 34, 10, 14, 7, 30), {0: DATE_FORMAT})  # fmt: skip


PlanRow = tuple[tuple[int, int], str, str, str, str, date | None]  # month, teacher, purpose…


def _plan(plan: Sequence[PlanRow], language: str, w: dict[str, Any]) -> ReadableSheet:
    rows = [
        (f"{month:02d}.{year}", teacher, PURPOSE_LABELS.get(purpose, {}).get(language, purpose),
         observer, w["status"].get(status, status), observed_on)
        for (year, month), teacher, purpose, observer, status, observed_on in plan
    ]  # fmt: skip
    return ReadableSheet(w["sheets"][4], w["plan"], rows, (9, 32, 24, 28, 16, 14), {5: DATE_FORMAT})


def readable_sheets(
    machine: dict[str, Rows], plan: Sequence[PlanRow], language: str, weights: SouWeights
) -> list[ReadableSheet]:
    w = words(language)
    return [
        _staff(machine, language, w),
        _results(machine, language, w, weights),
        _observations(machine, language, w),
        _activities(machine, language, w),
        _plan(plan, language, w),
    ]
