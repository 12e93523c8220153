"""The words of survey files (templates, printed questionnaires) in Uzbek, Russian and English.

Files are written in the user's language and read in any of the three, so every label is kept
here once, as data; the reader recognises a label in whichever language it was written.
"""

from __future__ import annotations

from eduqa_desktop.domain.names import search_key

Words = dict[str, str]

SCALE: dict[int, Words] = {
    1: {"uz": "Mutlaqo qoʻshilmayman", "ru": "Совсем не согласен", "en": "Strongly disagree"},
    2: {"uz": "Qoʻshilmayman", "ru": "Не согласен", "en": "Disagree"},
    3: {"uz": "Bilmayman", "ru": "Затрудняюсь ответить", "en": "Neither agree nor disagree"},
    4: {"uz": "Qoʻshilaman", "ru": "Согласен", "en": "Agree"},
    5: {"uz": "Toʻliq qoʻshilaman", "ru": "Полностью согласен", "en": "Strongly agree"},
}

DIMENSIONS: dict[str, Words] = {
    "teaching_learning": {
        "uz": "Taʼlim va oʻqitish",
        "ru": "Обучение",
        "en": "Teaching and learning",
    },
    "climate_safety": {
        "uz": "Muhit va xavfsizlik",
        "ru": "Климат и безопасность",
        "en": "Climate and safety",
    },
    "conditions_resources": {
        "uz": "Sharoit va resurslar",
        "ru": "Условия и ресурсы",
        "en": "Conditions and resources",
    },
    "family_communication": {
        "uz": "Oila bilan aloqa",
        "ru": "Связь с семьёй",
        "en": "Communication with families",
    },
    "readiness": {
        "uz": "Keyingi oʻqish va ishga tayyorlik",
        "ru": "Готовность к учёбе и работе",
        "en": "Readiness for further study and work",
    },
}

GROUPS: dict[str, Words] = {
    "parents": {"uz": "Ota-onalar", "ru": "Родители", "en": "Parents"},
    "pupils": {"uz": "Oʻquvchilar", "ru": "Учащиеся", "en": "Pupils"},
    "teachers": {"uz": "Oʻqituvchilar", "ru": "Учителя", "en": "Teachers"},
    "employers": {"uz": "Ish beruvchilar", "ru": "Работодатели", "en": "Employers"},
}

LABELS: dict[str, Words] = {
    "sheet": {"uz": "Soʻrovnoma", "ru": "Анкета", "en": "Survey"},
    "statements_sheet": {"uz": "Fikrlar", "ru": "Утверждения", "en": "Statements"},
    "group": {"uz": "Guruh", "ru": "Группа", "en": "Group"},
    "school": {"uz": "Maktab", "ru": "Школа", "en": "School"},
    "year": {"uz": "Oʻquv yili", "ru": "Учебный год", "en": "Academic year"},
    "term": {"uz": "Chorak", "ru": "Четверть", "en": "Quarter"},
    "respondents": {
        "uz": "Qaytarilgan anketalar soni",
        "ru": "Сколько анкет заполнено",
        "en": "Questionnaires returned",
    },
    "number": {"uz": "№", "ru": "№", "en": "No."},
    "statement": {"uz": "Fikr", "ru": "Утверждение", "en": "Statement"},
    "dimension": {"uz": "Yoʻnalish", "ru": "Направление", "en": "Dimension"},
    "respondent": {"uz": "Respondent", "ru": "Респондент", "en": "Respondent"},
    "date": {"uz": "Sana", "ru": "Дата", "en": "Date"},
    "class": {"uz": "Sinf (ixtiyoriy)", "ru": "Класс (необязательно)", "en": "Class (optional)"},
    "tick": {
        "uz": "Har bir qatorda bitta katakni belgilang.",
        "ru": "В каждой строке отметьте одну клетку.",
        "en": "Tick one box in each row.",
    },
    "thanks": {"uz": "Rahmat!", "ru": "Спасибо!", "en": "Thank you!"},
    "page": {
        "uz": "{page}-sahifa, jami {pages}",
        "ru": "Страница {page} из {pages}",
        "en": "Page {page} of {pages}",
    },
}

INSTRUCTIONS: dict[str, dict[str, list[str]]] = {
    "tallies": {
        "uz": [
            "Har bir fikr uchun nechta kishi 1, 2, 3, 4 yoki 5 ni tanlaganini yozing.",
            "«Qaytarilgan anketalar soni»ga toʻldirilgan anketalar sonini yozing.",
            "Oʻquv yili va chorakni yozing (yoki import paytida tanlang).",
            "Ism-shariflar yozilmaydi: faqat sonlar.",
        ],
        "ru": [
            "Для каждого утверждения впишите, сколько человек выбрали 1, 2, 3, 4 или 5.",
            "В «Сколько анкет заполнено» впишите число заполненных анкет.",
            "Впишите учебный год и четверть (или выберите их при импорте).",
            "Имён не пишут: только числа.",
        ],
        "en": [
            "For each statement write how many people chose 1, 2, 3, 4 or 5.",
            "Under “Questionnaires returned” write how many questionnaires were filled in.",
            "Write the academic year and the quarter (or choose them when importing).",
            "No names are written: numbers only.",
        ],
    },
    "respondents": {
        "uz": [
            "Har bir anketa — bitta qator; ustunlar — fikrlar raqamlari.",
            "Har bir katakka 1 dan 5 gacha javobni yozing; javob berilmagan boʻlsa, "
            "boʻsh qoldiring.",
            "Oʻquv yili va chorakni yozing (yoki import paytida tanlang).",
            "Ism-shariflar yozilmaydi: faqat javoblar.",
        ],
        "ru": [
            "Одна анкета — одна строка; столбцы — номера утверждений.",
            "В каждую клетку впишите ответ от 1 до 5; если ответа нет, оставьте пустой.",
            "Впишите учебный год и четверть (или выберите их при импорте).",
            "Имён не пишут: только ответы.",
        ],
        "en": [
            "One questionnaire per row; the columns are the statements' numbers.",
            "Write the answer from 1 to 5 in each cell; leave it empty where none was given.",
            "Write the academic year and the quarter (or choose them when importing).",
            "No names are written: answers only.",
        ],
    },
}


def word(words: Words, language: str) -> str:
    return words.get(language) or words["en"]


def label(key: str, language: str) -> str:
    return word(LABELS[key], language)


def scale_heading(value: int, language: str) -> str:
    return f"{value} — {word(SCALE[value], language)}"


def label_keys() -> dict[str, str]:
    """Folded label text (any language) → its key, for reading a file back."""
    found: dict[str, str] = {}
    for key, words in LABELS.items():
        for text in words.values():
            found[search_key(text)] = key
    return found


def group_keys() -> dict[str, str]:
    found: dict[str, str] = {}
    for key, words in GROUPS.items():
        found[search_key(key)] = key
        for text in words.values():
            found[search_key(text)] = key
    return found
