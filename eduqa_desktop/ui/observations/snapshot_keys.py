"""The code letter of a key press on any keyboard layout.

Snapshot codes are Latin letters (E explaining, H 0–1 off task, …), but many observers type
with a Russian or Uzbek Cyrillic layout switched on. The letter is taken from the key's
position: on Windows from the virtual key (the same for one key on every layout), elsewhere
from the Cyrillic letter that the standard ЙЦУКЕН layouts put on the key of the Latin letter
(Russian щ and Uzbek ў share the O key, ы and қ the S key).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QKeyEvent

__all__ = ["CYRILLIC_ON_KEY", "cyrillic_of", "latin_letter"]

# The Latin letter of each key → the Cyrillic letter(s) on it (Russian, then Uzbek).
CYRILLIC_ON_KEY: dict[str, str] = {
    "Q": "Й", "W": "Ц", "E": "У", "R": "К", "T": "Е", "Y": "Н", "U": "Г", "I": "Ш",
    "O": "ЩЎ", "P": "З", "A": "Ф", "S": "ЫҚ", "D": "В", "F": "А", "G": "П", "H": "Р",
    "J": "О", "K": "Л", "L": "Д", "Z": "Я", "X": "Ч", "C": "С", "V": "М", "B": "И",
    "N": "Т", "M": "Ь",
}  # fmt: skip
_LATIN_OF = {cyr: latin for latin, letters in CYRILLIC_ON_KEY.items() for cyr in letters}
_VK_A, _VK_Z = 0x41, 0x5A  # Windows virtual keys of the letter keys
WINDOWS = sys.platform == "win32"


def cyrillic_of(letter: str) -> str:
    """The Russian letter on the key of a Latin `letter` ("" when none): the hint shows it."""
    return CYRILLIC_ON_KEY.get(letter.upper(), "")[:1]


def latin_letter(event: QKeyEvent) -> str:
    """The upper-case Latin letter of the key pressed, or the event's text (a digit, …)."""
    text = event.text().upper()
    if len(text) == 1 and "A" <= text <= "Z":
        return text
    if WINDOWS and _VK_A <= event.nativeVirtualKey() <= _VK_Z:
        return chr(event.nativeVirtualKey())
    return _LATIN_OF.get(text, text)
