"""The words of graduates files (template, district report) in Uzbek, Russian and English.

Files are written in the user's language and read back in any of the three: the reader
recognises a destination or a label in whichever language (or as its code) it was written.
"""

from __future__ import annotations

from eduqa_desktop.domain.graduates import PLACED_WITH_PARTNER, Destination
from eduqa_desktop.domain.names import search_key

Words = dict[str, str]

DESTINATIONS: dict[str, Words] = {
    "grade_10": {"uz": "Maktabda 10-sinf", "ru": "10 класс в школе", "en": "Grade 10 at school"},
    "lyceum": {"uz": "Akademik litsey", "ru": "Академический лицей", "en": "Academic lyceum"},
    "college": {"uz": "Kollej / texnikum", "ru": "Колледж / техникум", "en": "College / technikum"},
    "university": {"uz": "Oliy taʼlim", "ru": "Вуз", "en": "University"},
    "employed": {"uz": "Ish", "ru": "Работа", "en": "Work"},
    "dual_education": {"uz": "Dual taʼlim", "ru": "Дуальное обучение", "en": "Dual education"},
    "internship": {"uz": "Amaliyot / stajirovka", "ru": "Практика / стажировка",
                   "en": "Internship"},
    "other": {"uz": "Boshqa", "ru": "Другое", "en": "Other"},
    "unknown": {"uz": "Nomaʼlum", "ru": "Неизвестно", "en": "Unknown"},
}  # fmt: skip

LABELS: dict[str, Words] = {
    "sheet": {"uz": "Bitiruvchilar", "ru": "Выпускники", "en": "Graduates"},
    "partners_sheet": {"uz": "Hamkorlar", "ru": "Партнёры", "en": "Partners"},
    "title": {"uz": "Bitiruvchilar qayerga ketdi", "ru": "Куда пошли выпускники",
              "en": "Where the graduates went"},
    "school": {"uz": "Maktab", "ru": "Школа", "en": "School"},
    "year": {"uz": "Oʻquv yili", "ru": "Учебный год", "en": "Academic year"},
    "destination": {"uz": "Qayerga", "ru": "Куда", "en": "Destination"},
    "grade_9": {"uz": "9-sinf", "ru": "9 класс", "en": "Grade 9"},
    "grade_11": {"uz": "11-sinf", "ru": "11 класс", "en": "Grade 11"},
    "partner": {"uz": "Hamkor tashkilot", "ru": "Организация-партнёр",
                "en": "Partner organisation"},
    "sector": {"uz": "Soha", "ru": "Отрасль", "en": "Sector"},
    "grade": {"uz": "Sinf", "ru": "Класс", "en": "Grade"},
    "how": {"uz": "Qanday", "ru": "Как", "en": "How"},
    "graduates": {"uz": "Bitiruvchilar", "ru": "Выпускников", "en": "Graduates"},
}  # fmt: skip

INSTRUCTIONS: dict[str, str] = {
    "uz": "Har bir yoʻnalishga 9- va 11-sinfdan nechta bitiruvchi ketganini yozing. "
    "«Hamkorlar» varagʻida dual taʼlim, amaliyot yoki ishga olgan tashkilotlarni yozing. "
    "Ism-shariflar yozilmaydi: faqat sonlar.",
    "ru": "Впишите, сколько выпускников 9 и 11 классов пошли по каждому направлению. На листе "
    "«Партнёры» — организации, принявшие выпускников на дуальное обучение, практику или "
    "работу. Имён не пишут: только числа.",
    "en": "Write how many graduates of grades 9 and 11 went to each destination. On the "
    "“Partners” sheet, the organisations that took graduates for dual education, an "
    "internship or work. No names are written: numbers only.",
}


def word(words: Words, language: str) -> str:
    return words.get(language) or words["en"]


def label(key: str, language: str) -> str:
    return word(LABELS[key], language)


def destination_word(destination: str, language: str) -> str:
    return word(DESTINATIONS[str(destination)], language)


def _keys(table: dict[str, Words]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, words in table.items():
        found[search_key(key)] = key
        for text in words.values():
            found[search_key(text)] = key
            for part in text.split("/"):  # "College / technikum": either word will do
                found.setdefault(search_key(part), key)
    return found


def label_keys() -> dict[str, str]:
    return _keys(LABELS)


def destination_keys() -> dict[str, Destination]:
    """Folded text of a destination in any language (or its code) → the destination."""
    return {text: Destination(key) for text, key in _keys(DESTINATIONS).items()}


def placement_keys() -> dict[str, Destination]:
    return {k: d for k, d in destination_keys().items() if d in PLACED_WITH_PARTNER}
