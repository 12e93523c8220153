"""A questionnaire as plain data: statements in three languages, dimensions, mechanism tags.

The shipped ones are ``resources/questionnaires/*.json``; :func:`parse_questionnaire` is the one
validator of that format (the editor and the database loaders build the same dataclasses), so
that the template, the printed form and the import all speak of the same numbered statements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eduqa_desktop.domain.surveys import Dimension
from eduqa_desktop.domain.vocabulary import Mechanism, Stakeholder

LANGUAGES = ("uz", "ru", "en")
MIN_STATEMENTS = 1
MAX_STATEMENTS = 60

Text = dict[str, str]


class QuestionnaireError(ValueError):
    """A questionnaire description that cannot be used (says where and why, in English)."""


@dataclass(frozen=True)
class StatementSpec:
    number: int  # 1, 2, … as printed and as the template numbers its rows
    dimension: Dimension
    text: Text
    mechanisms: tuple[Mechanism, ...] = ()
    id: int | None = None  # the database row, when it came from one
    key: str = ""  # kept by the statement's later versions ("": a new statement)

    def text_in(self, language: str) -> str:
        return pick(self.text, language)


@dataclass(frozen=True)
class QuestionnaireSpec:
    code: str
    stakeholder: Stakeholder
    name: Text
    intro: Text
    statements: tuple[StatementSpec, ...]
    version: int = 1
    id: int | None = None
    family: str = ""
    shipped: bool = False
    superseded: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def name_in(self, language: str) -> str:
        return pick(self.name, language)

    def intro_in(self, language: str) -> str:
        return pick(self.intro, language)

    def statement(self, number: int) -> StatementSpec | None:
        for statement in self.statements:
            if statement.number == number:
                return statement
        return None


def pick(text: Text, language: str) -> str:
    """The text in `language`, else the first of Uzbek, Russian, English that is there."""
    for key in (language, *LANGUAGES):
        value = text.get(key, "")
        if value:
            return value
    return ""


def _text(value: Any, where: str, *, require_all: bool) -> Text:
    if not isinstance(value, dict):
        raise QuestionnaireError(f"{where}: expected texts in uz, ru and en")
    text = {lang: str(value.get(lang, "") or "").strip() for lang in LANGUAGES}
    missing = [lang for lang in LANGUAGES if not text[lang]]
    if require_all and missing:
        raise QuestionnaireError(f"{where}: the text in {', '.join(missing)} is missing")
    if not any(text.values()):
        raise QuestionnaireError(f"{where}: the text is empty")
    return text


def _enum(enum_cls: type, value: Any, where: str) -> Any:
    try:
        return enum_cls(str(value))
    except ValueError:
        choices = ", ".join(member.value for member in enum_cls)  # type: ignore[attr-defined]
        raise QuestionnaireError(f"{where}: “{value}” is not one of {choices}") from None


def parse_questionnaire(data: Any, *, require_all_languages: bool = True) -> QuestionnaireSpec:
    if not isinstance(data, dict):
        raise QuestionnaireError("a questionnaire is an object with code, stakeholder, statements")
    code = str(data.get("code", "") or "").strip()
    stakeholder = _enum(Stakeholder, data.get("stakeholder"), "stakeholder")
    name = _text(data.get("name"), "name", require_all=require_all_languages)
    intro_raw = data.get("intro") or {lang: "" for lang in LANGUAGES}
    intro = {lang: str(intro_raw.get(lang, "") or "").strip() for lang in LANGUAGES}
    items = data.get("statements")
    if not isinstance(items, list) or not MIN_STATEMENTS <= len(items) <= MAX_STATEMENTS:
        raise QuestionnaireError(
            f"statements: expected a list of {MIN_STATEMENTS} to {MAX_STATEMENTS} statements"
        )
    statements = []
    for number, item in enumerate(items, start=1):
        where = f"statement {number}"
        if not isinstance(item, dict):
            raise QuestionnaireError(f"{where}: expected an object")
        mechanisms = item.get("mechanisms") or []
        if not isinstance(mechanisms, list):
            raise QuestionnaireError(f"{where}: mechanisms must be a list")
        statements.append(
            StatementSpec(
                number=number,
                dimension=_enum(Dimension, item.get("dimension"), where),
                text=_text(item.get("text"), where, require_all=require_all_languages),
                mechanisms=tuple(dict.fromkeys(_enum(Mechanism, m, where) for m in mechanisms)),
                key=str(item.get("key", "") or "").strip(),
            )
        )
    version = data.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise QuestionnaireError("version: expected a whole number from 1")
    return QuestionnaireSpec(
        code=code,
        stakeholder=stakeholder,
        name=name,
        intro=intro,
        statements=tuple(statements),
        version=version,
    )


def questionnaire_json(spec: QuestionnaireSpec) -> dict[str, Any]:
    """The inverse of :func:`parse_questionnaire` (for saving and exporting)."""
    return {
        "code": spec.code,
        "stakeholder": str(spec.stakeholder),
        "version": spec.version,
        "name": dict(spec.name),
        "intro": dict(spec.intro),
        "statements": [
            {
                "dimension": str(s.dimension),
                "mechanisms": [str(m) for m in s.mechanisms],
                "text": dict(s.text),
                **({"key": s.key} if s.key else {}),
            }
            for s in spec.statements
        ],
    }
