"""The header vocabulary of the files schools exchange, in Uzbek, Russian and English.

Each column of a template is a :class:`Field`: its label in the three languages (what our
templates write) and the other spellings found in real files (what the reader accepts).
Headers are compared by :func:`header_key` — case, apostrophes, quotes, punctuation and
script folded (``"Oʻqituvchi"``, ``"O'QITUVCHI"`` and ``"Ўқитувчи"`` meet) — so a school's
own file is recognised whatever language and column order it uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from eduqa_desktop.domain.names import search_key

LANGUAGES = ("uz", "ru", "en")


class ValueType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # a non-negative quantity with decimals
    DATE = "date"


@dataclass(frozen=True)
class Field:
    name: str
    uz: str
    ru: str
    en: str
    aliases: tuple[str, ...] = ()
    type: ValueType = ValueType.TEXT
    required: bool = False
    width: int = 14

    def label(self, language: str) -> str:
        return {"uz": self.uz, "ru": self.ru, "en": self.en}.get(language, self.en)

    @property
    def keys(self) -> frozenset[str]:
        return _keys_of(self)


@lru_cache(maxsize=256)
def _keys_of(item: Field) -> frozenset[str]:
    return frozenset(header_key(text) for text in (item.uz, item.ru, item.en, *item.aliases))


_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def header_key(text: object) -> str:
    """A header folded for comparison (see the module docstring); "" for an empty cell."""
    if text is None:
        return ""
    return _folded_key(str(text))


@lru_cache(maxsize=16384)  # the same names and subjects repeat on every row
def _folded_key(text: str) -> str:
    folded = search_key(text.replace("ё", "е").replace("Ё", "Е"))
    return " ".join(_NOT_WORD.sub(" ", folded).replace("_", " ").split())


def _f(name: str, uz: str, ru: str, en: str, *aliases: str, **options: object) -> Field:
    return Field(name, uz, ru, en, tuple(aliases), **options)  # type: ignore[arg-type]


INT = {"type": ValueType.INTEGER, "width": 9}

# --- the fields ------------------------------------------------------------------------------

FULL_NAME = _f(
    "full_name",
    "F.I.Sh.",
    "Ф.И.О.",
    "Full name",
    "FISh",
    "FIO",
    "ФИШ",
    "Familiyasi ismi",
    "Familiya ism sharif",
    "Фамилия имя отчество",
    "Фамилия, имя, отчество",
    "Ф.И.О. учителя",
    "O'qituvchi F.I.Sh.",
    "Ism familiya",
    "Name",
    "Teacher",
    "O'qituvchi",
    "Учитель",
    "Педагог",
    required=True,
    width=32,
)
PERSONNEL_NUMBER = _f(
    "personnel_number",
    "Tabel raqami",
    "Табельный номер",
    "Personnel number",
    "Tabel",
    "Табельный №",
    "Таб. №",
    "Таб номер",
    "Personnel No",
    "ID",
)
SUBJECTS = _f(
    "subjects",
    "Fanlar",
    "Предметы",
    "Subjects",
    "Fan",
    "Предмет",
    "Subject",
    "O'qitadigan fanlari",
    "Преподаваемые предметы",
    width=28,
)
DEPARTMENT = _f(
    "department",
    "Metodbirlashma",
    "Методобъединение",
    "Department",
    "Metodik birlashma",
    "Методическое объединение",
    "МО",
    "Kafedra",
    "Кафедра",
    width=20,
)
CATEGORY = _f(
    "category",
    "Toifa",
    "Категория",
    "Category",
    "Malaka toifasi",
    "Квалификационная категория",
    "Qualification category",
)
EXPERIENCE = _f(
    "experience_years",
    "Pedagogik staj (yil)",
    "Стаж (лет)",
    "Experience (years)",
    "Staj",
    "Стаж",
    "Педагогический стаж",
    "Experience",
    "Years of experience",
    "Ish staji",
    **INT,
)
LAST_PD = _f(
    "last_pd_date",
    "Oxirgi malaka oshirish",
    "Последнее повышение квалификации",
    "Last professional development",
    "Malaka oshirish sanasi",
    "Дата повышения квалификации",
    "Курсы ПК",
    "Last PD",
    "Last PD course",
    "Oxirgi malaka oshirish sanasi",
    type=ValueType.DATE,
    width=16,
)
PHONE = _f("phone", "Telefon", "Телефон", "Phone", "Tel", "Тел")

CLASS = _f(
    "class_name", "Sinf", "Класс", "Class", "Sinflar", "Grade and letter", required=True, width=8
)
SUBJECT = _f(
    "subject",
    "Fan",
    "Предмет",
    "Subject",
    "Fan nomi",
    "Наименование предмета",
    "Дисциплина",
    required=True,
    width=22,
)
TEACHER = _f(
    "teacher",
    "O'qituvchi",
    "Учитель",
    "Teacher",
    "O'qituvchi F.I.Sh.",
    "Ф.И.О. учителя",
    "Учитель (Ф.И.О.)",
    "Педагог",
    "ФИО учителя",
    "Teacher name",
    "Преподаватель",
    required=True,
    width=30,
)
YEAR = _f("year", "O'quv yili", "Учебный год", "Academic year", "Year", "Yil", "Год", width=11)
TERM = _f(
    "term",
    "Chorak",
    "Четверть",
    "Quarter",
    "Term",
    "Period",
    "Davr",
    "Semestr",
    "Полугодие",
    "Choraklik",
    **INT,
)
CLASS_SIZE = _f(
    "class_size",
    "Sinfdagi o'quvchilar",
    "Учащихся в классе",
    "Pupils in class",
    "O'quvchilar soni",
    "Кол-во учащихся",
    "Количество учащихся",
    "Всего учащихся",
    "Учащихся",
    "Pupils",
    "Class size",
    "Number of pupils",
    "Jami o'quvchilar",
    "Списочный состав",
    required=True,
    **INT,
)
N5 = _f(
    "n5",
    "5",
    "«5»",
    "5",
    "a'lo",
    "отлично",
    "excellent",
    "5 (a'lo)",
    "5 (excellent)",
    "На 5",
    "5 baho",
    "Pupils with 5",
    "«5» (отлично)",
    required=True,
    **INT,
)
N4 = _f(
    "n4",
    "4",
    "«4»",
    "4",
    "yaxshi",
    "хорошо",
    "good",
    "4 (yaxshi)",
    "4 (good)",
    "На 4",
    "4 baho",
    "Pupils with 4",
    "«4» (хорошо)",
    required=True,
    **INT,
)
N3 = _f(
    "n3",
    "3",
    "«3»",
    "3",
    "qoniqarli",
    "удовлетворительно",
    "satisfactory",
    "3 (qoniqarli)",
    "3 (satisfactory)",
    "На 3",
    "3 baho",
    "Pupils with 3",
    "«3» (удовл.)",
    required=True,
    **INT,
)
N2 = _f(
    "n2",
    "2",
    "«2»",
    "2",
    "qoniqarsiz",
    "неудовлетворительно",
    "unsatisfactory",
    "2 (qoniqarsiz)",
    "2 (unsatisfactory)",
    "На 2",
    "2 baho",
    "Pupils with 2",
    "«2» (неуд.)",
    required=True,
    **INT,
)
N1 = _f("n1", "1", "«1»", "1", "1 baho", "На 1", "Pupils with 1", **INT)
NOT_ATTESTED = _f(
    "not_attested",
    "Attestatsiyadan o'tmagan",
    "Не аттестовано",
    "Not attested",
    "Не аттестованы",
    "Не аттестован",
    "Неаттестованные",
    "н/а",
    "Not graded",
    "Baholanmagan",
    "Attestatsiyadan o'tmaganlar",
    "Без оценки",
    **INT,
)
EXEMPT = _f(
    "exempt",
    "Ozod qilingan",
    "Освобождены",
    "Exempt",
    "Освобождено",
    "Освобождён",
    "Ozod etilgan",
    "Exempted",
    **INT,
)

DATE = _f(
    "date",
    "Sana",
    "Дата",
    "Date",
    "Kuni",
    "Число",
    "Date of visit",
    "Дата посещения",
    required=True,
    type=ValueType.DATE,
    width=12,
)
ACTIVITY_TYPE = _f(
    "activity_type",
    "Faoliyat turi",
    "Вид деятельности",
    "Activity type",
    "Faoliyat",
    "Тип деятельности",
    "Мероприятие",
    "Activity",
    "Type",
    "Turi",
    "Вид",
    required=True,
    width=34,
)
QUANTITY = _f(
    "quantity",
    "Miqdori",
    "Количество",
    "Quantity",
    "Soni",
    "Кол-во",
    "Hours",
    "Soat",
    "Часы",
    "Amount",
    type=ValueType.NUMBER,
    width=10,
)
LEVEL = _f("level", "Daraja", "Уровень", "Level", "Bosqich", "Этап")
PLACE = _f("place", "O'rin", "Место", "Place", "Egallagan o'rni", "Занятое место", **INT)
NOTE = _f("note", "Izoh", "Примечание", "Note", "Izohlar", "Комментарий", "Comment", width=30)

TOPIC = _f(
    "topic", "Dars mavzusi", "Тема урока", "Lesson topic", "Mavzu", "Тема", "Topic", width=30
)
PURPOSE = _f("purpose", "Maqsad", "Цель посещения", "Purpose", "Kuzatuv maqsadi", "Цель", width=22)
OBSERVER = _f(
    "observer",
    "Kuzatuvchi",
    "Наблюдатель",
    "Observer",
    "Kim kuzatdi",
    "Кто посетил",
    "Проверяющий",
    width=24,
)
LESSON_PERIOD = _f(
    "lesson_period",
    "Dars (soat)",
    "Урок №",
    "Lesson period",
    "Dars",
    "Урок",
    "Period",
    "Para",
    **INT,
)
CHECKLIST = _f(
    "checklist",
    "Kuzatuv varaqasi",
    "Бланк наблюдения",
    "Checklist",
    "Чек-лист",
    "Анкета",
    "Shakl",
    width=26,
)
STRENGTHS = _f("strengths", "Kuchli tomonlar", "Сильные стороны", "Strengths", width=30)
RECOMMENDATIONS = _f("recommendations", "Tavsiyalar", "Рекомендации", "Recommendations", width=30)
NEXT_STEPS = _f("next_steps", "Keyingi qadamlar", "Следующие шаги", "Next steps", width=30)
NEXT_STEPS_DUE = _f(
    "next_steps_due",
    "Bajarish muddati",
    "Срок выполнения",
    "Due date",
    "Muddat",
    "Срок",
    type=ValueType.DATE,
    width=12,
)
SCORE = _f(
    "score",
    "Ball (%)",
    "Балл (%)",
    "Score (%)",
    "Ball",
    "Балл",
    "Score",
    type=ValueType.NUMBER,
    width=10,
)


@dataclass(frozen=True)
class Layout:
    """The columns of one kind of file."""

    kind: str
    fields: tuple[Field, ...]
    sheet_title: dict[str, str] = field(default_factory=dict)

    @property
    def required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)

    def get(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)


TEACHERS = Layout(
    "teachers",
    (FULL_NAME, PERSONNEL_NUMBER, SUBJECTS, DEPARTMENT, CATEGORY, EXPERIENCE, LAST_PD, PHONE),
    {"uz": "O'qituvchilar", "ru": "Учителя", "en": "Teachers"},
)
RESULTS = Layout(
    "results",
    (YEAR, TERM, CLASS, SUBJECT, TEACHER, CLASS_SIZE, N5, N4, N3, N2, N1, NOT_ATTESTED, EXEMPT),
    {"uz": "Natijalar", "ru": "Итоги", "en": "Results"},
)
ACTIVITIES = Layout(
    "activities",
    (TEACHER, DATE, ACTIVITY_TYPE, QUANTITY, LEVEL, PLACE, NOTE),
    {"uz": "Faoliyat", "ru": "Деятельность", "en": "Activities"},
)
OBSERVATIONS = Layout(
    "observations",
    (
        DATE,
        TEACHER,
        Field("class_name", CLASS.uz, CLASS.ru, CLASS.en, CLASS.aliases, width=8),
        Field("subject", SUBJECT.uz, SUBJECT.ru, SUBJECT.en, SUBJECT.aliases, width=22),
        LESSON_PERIOD,
        TOPIC,
        PURPOSE,
        OBSERVER,
        CHECKLIST,
        SCORE,
        STRENGTHS,
        RECOMMENDATIONS,
        NEXT_STEPS,
        NEXT_STEPS_DUE,
    ),
    {"uz": "Kuzatuvlar", "ru": "Наблюдения", "en": "Observations"},
)

LAYOUTS = {layout.kind: layout for layout in (TEACHERS, RESULTS, ACTIVITIES, OBSERVATIONS)}

# --- words found in cells ----------------------------------------------------------------------

EXAMPLE_MARK = {
    "uz": "NAMUNA — bu qator import qilinmaydi",
    "ru": "ПРИМЕР — эта строка не импортируется",
    "en": "EXAMPLE — this row is not imported",
}
_EXAMPLE_STARTS = ("namuna", "primer", header_key("example"))


def is_example_label(value: object) -> bool:
    """The mark our templates put on their example row (so it is never imported)."""
    return isinstance(value, str) and header_key(value).startswith(_EXAMPLE_STARTS)


CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "highest": ("oliy", "высшая", "highest", "oliy toifa", "высшая категория", "олий"),
    "first": (
        "birinchi",
        "первая",
        "first",
        "1",
        "i",
        "1-toifa",
        "birinchi toifa",
        "первая категория",
        "биринчи",
    ),
    "second": (
        "ikkinchi",
        "вторая",
        "second",
        "2",
        "ii",
        "2-toifa",
        "ikkinchi toifa",
        "вторая категория",
        "иккинчи",
    ),
    "specialist": (
        "mutaxassis",
        "специалист",
        "specialist",
        "toifasiz",
        "без категории",
        "no category",
        "мутахассис",
        "",
    ),
}

PURPOSE_WORDS: dict[str, tuple[str, ...]] = {
    "planned_control": (
        "rejali nazorat",
        "плановый контроль",
        "planned control",
        "planned internal control",
        "ichki nazorat",
        "внутришкольный контроль",
    ),
    "thematic_check": ("mavzuli tekshiruv", "тематическая проверка", "thematic check"),
    "support": (
        "metodik yordam",
        "методическая помощь",
        "support",
        "mentoring",
        "support/mentoring",
        "наставничество",
        "murabbiylik",
    ),
    "follow_up": (
        "takroriy kuzatuv",
        "повторное посещение",
        "follow-up visit",
        "follow up",
        "follow-up",
    ),
    "attestation": ("attestatsiya", "аттестация", "attestation"),
    "open_lesson": ("ochiq dars", "открытый урок", "open lesson"),
    "peer_visit": ("hamkasb darsi", "взаимопосещение", "peer visit"),
}


def _word_index(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for value, spellings in words.items():
        index[header_key(value.replace("_", " "))] = value
        for spelling in spellings:
            index[header_key(spelling)] = value
    return index


_CATEGORY_INDEX = _word_index(CATEGORY_WORDS)
_PURPOSE_INDEX = _word_index(PURPOSE_WORDS)


def category_value(text: str) -> str | None:
    return _CATEGORY_INDEX.get(header_key(text))


def purpose_value(text: str) -> str | None:
    return _PURPOSE_INDEX.get(header_key(text))


PURPOSE_LABELS: dict[str, dict[str, str]] = {
    value: {"uz": words[0], "ru": words[1], "en": words[2]}
    for value, words in PURPOSE_WORDS.items()
}
CATEGORY_LABELS: dict[str, dict[str, str]] = {
    value: {"uz": words[0], "ru": words[1], "en": words[2]}
    for value, words in CATEGORY_WORDS.items()
}


# "2 3 pupils work in groups" — a numbered criterion column, never a field by its words
_NUMBERED = re.compile(r"^\d{1,2} \d{1,2}\b")


def match_headers(cells: Sequence[object], fields: Iterable[Field]) -> dict[str, int]:
    """Field name → column index (0-based) for the header cells of one row.

    An exact (folded) match wins; a header that only *contains* one label of a field
    ("Ф.И.О. учителя полностью") is taken when no other field claims it, unless it begins
    with a criterion number ("2.3 The topic is …" is a criterion, not the topic).
    """
    fields = tuple(fields)
    keys = [header_key(value) for value in cells]
    found: dict[str, int] = {}
    used: set[int] = set()
    for item in fields:
        for index, key in enumerate(keys):
            if key and index not in used and key in item.keys:
                found[item.name] = index
                used.add(index)
                break
    for item in fields:
        if item.name in found:
            continue
        for index, key in enumerate(keys):
            if not key or index in used or len(key) < 5 or _NUMBERED.match(key):
                continue
            padded = f" {key} "
            if any(len(label) >= 4 and f" {label} " in padded for label in item.keys):
                found[item.name] = index
                used.add(index)
                break
    _by_rule(keys, fields, found, used)
    return found


def _by_rule(
    keys: list[str], fields: tuple[Field, ...], found: dict[str, int], used: set[int]
) -> None:
    """The third pass: headers no spelling matched, recognised by ``header_rules``."""
    from eduqa_desktop.exchange.header_rules import abbreviation_of, rule_field

    names = {item.name for item in fields}
    for index, key in enumerate(keys):
        if not key or index in used:
            continue
        name = rule_field(key)
        if name is None or name not in names or name in found:
            fitting = [
                f.name for f in fields if f.name not in found and abbreviation_of(key, f.keys)
            ]
            name = fitting[0] if len(fitting) == 1 else None
        if name is not None and name in names and name not in found:
            found[name] = index
            used.add(index)
