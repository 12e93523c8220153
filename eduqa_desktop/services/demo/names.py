"""People's names for the demo school: Uzbek name lists, a full-name maker, a Cyrillic writer.

The lists are data and fictional; `person` draws "Surname Name Patronymic" from them.
"""

from __future__ import annotations

import random

OKINA = "\u02bb"  # the official oʻ / gʻ mark
TUTUQ = "\u02bc"  # tutuq belgisi

# Surnames in their male form (the female form adds "a": Karimov → Karimova).
SURNAMES: tuple[str, ...] = (
    "Karimov", "Tursunov", "Rahimov", "Aliyev", "Sharipov", "Yusupov", "Ismoilov",
    "Xolmatov", "Abdullayev", "Qodirov", "Ergashev", "Nazarov", "Mirzayev", "Saidov",
    "Raximov", "Hamidov", "Joʻrayev", "Murodov", "Sobirov", "Toshmatov", "Usmonov",
    "Zokirov", "Normatov", "Boboyev", "Mahmudov", "Olimov", "Valiyev", "Safarov",
    "Yoʻldoshev", "Xudoyberdiyev", "Qurbonov", "Rustamov", "Sultonov", "Fayziyev",
    "Umarov", "Axmedov", "Bakirov", "Davlatov", "Eshonqulov", "Hakimov", "Inoyatov",
    "Kamolov", "Latipov", "Musayev", "Nurmatov", "Poʻlatov", "Rasulov", "Shodmonov",
    "Toʻxtayev", "Gʻulomov", "Gʻaniyev", "Qoʻchqorov", "Oʻrinov",
    "Salimov", "Tojiyev", "Xasanov", "Yoqubov", "Ziyodullayev", "Azimov", "Roʻziyev",
)  # fmt: skip

FEMALE_NAMES: tuple[str, ...] = (
    "Dilnoza", "Gulnora", "Nodira", "Malika", "Shahnoza", "Feruza", "Zuhra", "Nilufar",
    "Dilfuza", "Mohira", "Sevara", "Madina", "Nargiza", "Gulchehra", "Barno", "Munira",
    "Zarina", "Kamola", "Lola", "Hilola", "Umida", "Yulduz", "Dildora", "Saodat", "Raʼno",
    "Mavluda", "Iroda", "Odina", "Xurshida", "Gulbahor", "Zilola", "Nasiba", "Dilorom",
    "Matluba", "Shoira", "Goʻzal", "Muqaddas", "Ozoda", "Rayhon", "Sabohat", "Laylo",
    "Oysha", "Charos", "Nigora", "Mahliyo", "Sitora", "Gulshan", "Durdona", "Muattar",
)  # fmt: skip

MALE_NAMES: tuple[str, ...] = (
    "Jasur", "Rustam", "Bahodir", "Aziz", "Sardor", "Otabek", "Sherzod", "Ulugʻbek",
    "Farrux", "Doniyor", "Jamshid", "Anvar", "Bobur", "Dilshod", "Akmal", "Shavkat",
    "Nodir", "Ravshan", "Sanjar", "Temur", "Xurshid", "Elyor", "Behzod", "Islom",
    "Mansur", "Alisher", "Oybek", "Zafar", "Murod", "Abror", "Gʻayrat", "Toʻlqin",
    "Oʻktam", "Sobir", "Hamid", "Qahramon", "Botir", "Yorqin", "Komil", "Ibrohim",
)  # fmt: skip

# Fathers' names for patronymics: Rustam → Rustamovich / Rustamovna.
FATHER_NAMES: tuple[str, ...] = (
    "Rustam", "Baxtiyor", "Akmal", "Karim", "Shavkat", "Abdulla", "Erkin", "Anvar",
    "Baxodir", "Ravshan", "Ortiq", "Hamid", "Nurali", "Tohir", "Zokir", "Ulugʻbek",
    "Alisher", "Sobir", "Murod", "Ibrohim", "Mahmud", "Jumaboy", "Olim", "Salim",
    "Qobil", "Turgʻun", "Xolmat", "Nazar", "Yusuf", "Ismoil", "Davron", "Komil",
    "Shuhrat", "Farhod", "Abdurahmon", "Bahrom", "Rahmon", "Gʻofur", "Hasan", "Usmon",
)  # fmt: skip


def patronymic(father: str, female: bool) -> str:
    """Rustam → Rustamovich, Abdulla → Abdullayevna, Nurali → Nuraliyevich, Erkin → Erkinovna,
    Jumaboy → Jumaboyevich, Ergash → Ergashevich (e after sh, ch, j, y as in Russian)."""
    if father[-1] in "aeiou":
        ending = "yev"
    elif father.endswith(("sh", "ch", "j", "y")):
        ending = "ev"
    else:
        ending = "ov"
    return father + ending + ("na" if female else "ich")


def surname_form(surname: str, female: bool) -> str:
    return surname + "a" if female else surname


def person(rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
    """An Uzbek full name "Surname Name Patronymic" in Latin, and whether it is a woman's."""
    if female is None:
        female = rng.random() < 0.7
    surname = surname_form(rng.choice(SURNAMES), female)
    first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    father = patronymic(rng.choice(FATHER_NAMES), female)
    return f"{surname} {first} {father}", female


# --- Uzbek Latin → Uzbek Cyrillic (names only: enough for the lists above) ---------------

_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("yo\u02bb", "йў"), ("o\u02bb", "ў"), ("g\u02bb", "ғ"), ("sh", "ш"), ("ch", "ч"),
    ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
)  # fmt: skip
_LETTERS = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з",
    TUTUQ: "ъ",
}  # fmt: skip


def to_cyrillic(text: str) -> str:
    """Write an Uzbek Latin name in Uzbek Cyrillic: Sharipova Gulnora → Шарипова Гулнора."""
    words = []
    for word in text.split():
        out: list[str] = []
        lower = word.lower()
        i = 0
        while i < len(lower):
            for latin, cyr in _DIGRAPHS:
                if lower.startswith(latin, i):
                    piece, i = cyr, i + len(latin)
                    break
            else:
                ch = lower[i]
                piece = "э" if ch == "e" and i == 0 else _LETTERS.get(ch, ch)
                i += 1
            out.append(piece)
        cyr_word = "".join(out)
        words.append(cyr_word[:1].upper() + cyr_word[1:])
    return " ".join(words)
