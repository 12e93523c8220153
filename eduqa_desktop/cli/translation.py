"""The language of what a command writes, and the app's translations for it (QtCore only).

The GUI installs its catalogues on the QApplication (ui/language.py) and reports get
`QCoreApplication.translate`. A command needs no application object, display or widget: it
loads the same catalogue (resources/translations/eduqa_<language>.qm) into a QTranslator of its
own and hands the report a `translate(context, text)` bound to it. Nothing is installed
globally, so a command run inside another program (or a test) leaves that program's language
as it was, and no QCoreApplication is created that would later stand in the way of a
QApplication.

The language: `--lang` when given, else the one chosen in the app's settings (Settings ▸
Language, kept in the user's preferences file), else English. A user who works in the app in
Russian gets the same Russian report from `eduqa export …` as from File ▸ Export; the system
locale of a shell is not taken as a choice (a script gets the same file on every machine).

What a command *says* follows the same language (`Voice`): its own sentences (refusals,
"written" confirmations, import summaries; context "Cli") and the services' messages it passes
on (a UserError or an import Problem: an English template marked QT_TRANSLATE_NOOP("Messages",
…), translated first and filled with its params after, as ui/prompts.translate_message does in
the GUI). argparse's help and usage errors stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from eduqa_desktop.languages import LANGUAGES
from eduqa_desktop.services.errors import MESSAGES_CONTEXT, UserError

TYPE_CHECKING = False  # as typing's: not importing typing saves `eduqa info` a few ms
if TYPE_CHECKING:
    from typing import Any

    from eduqa_desktop.exchange.problems import Problem

Translate = Callable[[str, str], str]
DEFAULT_LANGUAGE = "en"
CLI_CONTEXT = "Cli"  # the command line's own sentences


def add_language_argument(parser: argparse.ArgumentParser, what: str = "the file") -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=f"language of {what} (default: the app's language from its settings, else en)",
    )


def chosen_language(lang: str | None) -> str:
    """`lang` when given, else the language saved in the app's settings, else English."""
    if lang in LANGUAGES:
        return lang
    from eduqa_desktop.settings import load_preferences  # the data folder: only when asked

    saved = load_preferences().language
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def english(context: str, text: str) -> str:
    del context
    return text


def translator(language: str) -> Translate:
    """`translate(context, text)` from the app's catalogue of `language`; the English source
    for a text the catalogue lacks (as QCoreApplication.translate does)."""
    from PySide6.QtCore import QTranslator

    from eduqa_desktop.i18n import qm_path

    catalogue = QTranslator()
    if not catalogue.load(str(qm_path(language))):
        import logging

        logging.getLogger(__name__).warning("no catalogue for %s; texts stay in English", language)
        return english

    def translate(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate


def filled(text: str, params: Mapping[str, Any]) -> str:
    """`text` with its {placeholders} filled; as it is when they do not fit (never a crash)."""
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


@dataclass(frozen=True)
class Voice:
    """What a command says, in one language: `Voice.of("ru")`, `ENGLISH`."""

    language: str = DEFAULT_LANGUAGE
    translate: Translate = english

    @classmethod
    def of(cls, language: str) -> Voice:
        return cls(language, translator(language))

    def message(self, template: str, /, **params: Any) -> str:
        """A core-layer message (QT_TRANSLATE_NOOP("Messages", …)): translated, then filled."""
        return filled(self.translate(MESSAGES_CONTEXT, template), params)

    def error(self, error: UserError) -> str:
        return self.message(error.template, **error.params)

    def problem(self, problem: Problem) -> str:
        return self.message(problem.template, **problem.params)

    def cli(self, template: str, /, **params: Any) -> str:
        """One of the command line's own sentences (QT_TRANSLATE_NOOP("Cli", …))."""
        return filled(self.translate(CLI_CONTEXT, template), params)


ENGLISH = Voice()
