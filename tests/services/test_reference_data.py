"""The shipped reference data and install_reference_data on a fresh database."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from engines import new_location
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.services.reference_data import (
    CHECKLISTS_DIR,
    LANGUAGES,
    SHIPPED_CHECKLIST_ORDER,
    add_checklist,
    install_reference_data,
    load_activity_types,
    load_shipped_checklists,
    load_subjects,
    parse_checklist,
    subject_grades,
)
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import (
    ActivityType,
    ActivityTypeMechanism,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    CriterionMechanism,
    ScaleLevel,
    Subject,
)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(new_location(tmp_path, "t"))
    yield db
    db.close()


@pytest.fixture
def installed_db(fresh_db: Database) -> Database:
    with fresh_db.session() as s:
        install_reference_data(s)
    return fresh_db


def _count(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _counts(db: Database) -> dict[str, int]:
    models = (
        Subject,
        ActivityType,
        ActivityTypeMechanism,
        ChecklistTemplate,
        ScaleLevel,
        ChecklistSection,
        ChecklistCriterion,
        CriterionMechanism,
    )
    with db.session() as s:
        return {model.__name__: _count(s, model) for model in models}


# --- the shipped files -----------------------------------------------------------------------


def test_shipped_files_have_the_expected_shape() -> None:
    checklists = load_shipped_checklists()
    assert [c.code for c in checklists] == list(SHIPPED_CHECKLIST_ORDER)
    lesson, competence, walkthrough = checklists
    assert (lesson.scale_min, lesson.scale_max) == (0, 3)
    assert (competence.scale_min, competence.scale_max) == (0, 3)
    assert (walkthrough.scale_min, walkthrough.scale_max) == (1, 4)
    assert len(lesson.sections) == 8
    assert 20 <= len(lesson.criteria) <= 25
    assert 14 <= len(competence.criteria) <= 17
    assert len(walkthrough.sections) == 1
    assert len(walkthrough.criteria) == 7
    for spec in checklists:
        assert [level.value for level in spec.scale] == list(
            range(spec.scale_min, spec.scale_max + 1)
        )
        weights = [c.weight for c in spec.criteria]
        assert weights.count(1.0) > len(weights) / 2, "mostly weight 1"
        assert 2.0 in weights, "a few key criteria weigh 2"
    assert all(c.mechanisms for c in competence.criteria)
    assert sum(1 for c in lesson.criteria if c.mechanisms) >= 8
    assert sum(1 for c in lesson.criteria + competence.criteria if c.levels) >= 4

    assert len(load_subjects()) >= 20
    assert len(load_activity_types()) >= 12
    assert all(a.mechanisms for a in load_activity_types())
    assert [a.code for a in load_activity_types() if a.counts_as_pd] == ["pd_course"]


def test_subject_grades() -> None:
    grades = subject_grades()
    assert grades["algebra"] == (7, 11)
    assert grades["mathematics"][0] == 1
    assert grades["native_language"] == (1, 11)
    assert all(1 <= first <= last <= 11 for first, last in grades.values())


def _uzbek_texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "uz" and isinstance(value, str):
                yield value
            else:
                yield from _uzbek_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _uzbek_texts(value)


def test_uzbek_is_written_in_the_official_latin_alphabet() -> None:
    paths = [*CHECKLISTS_DIR.glob("*.json"), *(CHECKLISTS_DIR.parent / "reference").glob("*.json")]
    texts = [t for p in paths for t in _uzbek_texts(json.loads(p.read_text("utf-8")))]
    assert len(texts) > 100
    for text in texts:
        # oʻ and gʻ take U+02BB, the tutuq belgisi U+02BC; no stand-ins, no Cyrillic.
        assert not re.search("['`\u2018\u2019]", text), text
        assert not re.search("[\u0400-\u04ff]", text), text
        assert not re.search("[^og]\u02bb", text.lower()), text
    joined = " ".join(texts)
    assert "oʻ" in joined
    assert "gʻ" in joined
    assert "\u02bc" in joined


# --- installing ------------------------------------------------------------------------------


def test_install_creates_everything(installed_db: Database) -> None:
    counts = _counts(installed_db)
    specs = load_shipped_checklists()
    assert counts["Subject"] == len(load_subjects())
    assert counts["ActivityType"] == len(load_activity_types())
    assert counts["ActivityTypeMechanism"] == sum(len(a.mechanisms) for a in load_activity_types())
    assert counts["ChecklistTemplate"] == 3
    assert counts["ScaleLevel"] == sum(len(s.scale) for s in specs)
    assert counts["ChecklistSection"] == sum(len(s.sections) for s in specs)
    assert counts["ChecklistCriterion"] == sum(len(s.criteria) for s in specs)
    assert counts["CriterionMechanism"] == sum(len(c.mechanisms) for s in specs for c in s.criteria)

    with installed_db.session() as s:
        templates = s.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.position)).all()
        assert [t.code for t in templates] == list(SHIPPED_CHECKLIST_ORDER)
        assert all(t.shipped and t.version == 1 and not t.superseded for t in templates)
        assert [(t.scale_min, t.scale_max) for t in templates] == [(0, 3), (0, 3), (1, 4)]
        assert all(t.description_uz and t.description_ru and t.description_en for t in templates)
        assert s.scalars(select(ActivityType.shipped)).all() == [True] * counts["ActivityType"]
        pd = s.scalars(select(ActivityType).where(ActivityType.counts_as_pd)).all()
        assert [(a.code, a.unit.value) for a in pd] == [("pd_course", "hours")]


def test_subjects_are_named_in_uzbek_and_keyed_for_matching(installed_db: Database) -> None:
    with installed_db.session() as s:
        subjects = s.scalars(select(Subject)).all()
        for subject in subjects:
            assert subject.name == subject.name_uz
            assert subject.name_key == search_key(subject.name_uz)
        names = {subject.name_uz: subject for subject in subjects}
        assert names["Algebra"].name_ru == "Алгебра"
        assert names["Oʻzbekiston tarixi"].name_en == "History of Uzbekistan"


def test_install_twice_creates_nothing_new(installed_db: Database) -> None:
    before = _counts(installed_db)
    with installed_db.session() as s:
        install_reference_data(s)
    with installed_db.session() as s:
        install_reference_data(s)
    assert _counts(installed_db) == before


def test_install_keeps_a_subject_the_user_already_typed(fresh_db: Database) -> None:
    typed = "O'zbekiston Tarixi"  # ASCII apostrophe, other case
    with fresh_db.session() as s:
        s.add(Subject(name=typed, name_key=search_key(typed)))
    with fresh_db.session() as s:
        install_reference_data(s)
    with fresh_db.session() as s:
        assert _count(s, Subject) == len(load_subjects())
        subject = s.scalars(select(Subject).where(Subject.name_key == search_key(typed))).one()
        assert subject.name == typed
        assert (subject.name_ru, subject.name_en) == (
            "История Узбекистана",
            "History of Uzbekistan",
        )


def test_install_skips_shipped_checklists_already_there_but_adds_missing_ones(
    fresh_db: Database,
) -> None:
    with fresh_db.session() as s:
        add_checklist(s, load_shipped_checklists()[0], shipped=True)
        # A user's own checklist with a shipped code does not count as the shipped one.
        add_checklist(s, load_shipped_checklists()[2], shipped=False)
    with fresh_db.session() as s:
        install_reference_data(s)
        codes = s.execute(
            select(ChecklistTemplate.code, ChecklistTemplate.shipped).order_by(ChecklistTemplate.id)
        ).all()
    assert sorted(codes) == sorted(
        [
            ("lesson_analysis", True),
            ("walkthrough", False),
            ("competence_lesson", True),
            ("walkthrough", True),
        ]
    )


def test_every_text_is_present_in_three_languages(installed_db: Database) -> None:
    def texts(row: Any, *prefixes: str) -> list[str]:
        return [getattr(row, f"{p}_{lang}") for p in prefixes for lang in LANGUAGES]

    with installed_db.session() as s:
        values: list[str] = []
        for subject in s.scalars(select(Subject)):
            values += texts(subject, "name")
        for activity_type in s.scalars(select(ActivityType)):
            values += texts(activity_type, "name")
        for template in s.scalars(select(ChecklistTemplate)):
            values += texts(template, "name")
        for level in s.scalars(select(ScaleLevel)):
            values += texts(level, "label", "description")
        for section in s.scalars(select(ChecklistSection)):
            values += texts(section, "title")
        described = 0
        for criterion in s.scalars(select(ChecklistCriterion)):
            values += texts(criterion, "text")
            if criterion.level_descriptions:
                described += 1
                template = criterion.section.template
                scale = range(template.scale_min, template.scale_max + 1)
                assert set(criterion.level_descriptions) == {str(v) for v in scale}
                for text in criterion.level_descriptions.values():
                    values += [text[lang] for lang in LANGUAGES]
    assert described >= 4
    assert all(isinstance(v, str) and v.strip() for v in values)


def test_every_competence_criterion_has_a_mechanism(installed_db: Database) -> None:
    with installed_db.session() as s:
        untagged = s.scalars(
            select(ChecklistCriterion.id)
            .join(ChecklistSection)
            .join(ChecklistTemplate)
            .where(ChecklistTemplate.code == "competence_lesson")
            .where(~ChecklistCriterion.id.in_(select(CriterionMechanism.__table__.c.criterion_id)))
        ).all()
        total = s.scalar(
            select(func.count())
            .select_from(ChecklistCriterion)
            .join(ChecklistSection)
            .join(ChecklistTemplate)
            .where(ChecklistTemplate.code == "competence_lesson")
        )
    assert total and total >= 14
    assert untagged == []


def test_every_mechanism_has_evidence(installed_db: Database) -> None:
    with installed_db.session() as s:
        used = set(s.scalars(select(CriterionMechanism.__table__.c.mechanism))) | set(
            s.scalars(select(ActivityTypeMechanism.__table__.c.mechanism))
        )
        lesson_tags = set(
            s.scalars(
                select(CriterionMechanism.__table__.c.mechanism)
                .join(ChecklistCriterion)
                .join(ChecklistSection)
                .join(ChecklistTemplate)
                .where(ChecklistTemplate.code == "lesson_analysis")
            )
        )
    assert used == set(Mechanism)
    assert {
        Mechanism.ASSESSMENT_REFLECTION,
        Mechanism.PERSONALISED,
        Mechanism.INNOVATIVE_TECHNOLOGIES,
    } <= lesson_tags


def test_add_checklist_as_a_new_version(fresh_db: Database) -> None:
    spec = load_shipped_checklists()[2]
    with fresh_db.session() as s:
        first = add_checklist(s, spec)
        second = add_checklist(s, spec, family=first.family, version=2)
        assert second.family == first.family
        assert (first.version, second.version) == (1, 2)
        assert not first.shipped
        criterion = second.sections[0].criteria[0]
        assert criterion.text_uz == spec.criteria[0].text["uz"]
        assert [level.value for level in second.levels] == [1, 2, 3, 4]


# --- parse_checklist -------------------------------------------------------------------------


def _valid() -> dict[str, Any]:
    def text(word: str) -> dict[str, str]:
        return {"uz": f"{word} uz", "ru": f"{word} ru", "en": f"{word} en"}

    return {
        "code": "mine",
        "name": text("name"),
        "description": text("description"),
        "scale": [
            {"value": 0, "label": text("no"), "description": text("not seen")},
            {"value": 1, "label": text("yes"), "description": text("seen")},
        ],
        "sections": [
            {
                "title": text("section"),
                "criteria": [
                    {
                        "text": text("criterion"),
                        "weight": 2,
                        "mechanisms": ["mentoring"],
                        "levels": {"0": text("nothing"), "1": text("all")},
                    },
                    {"text": text("second")},
                ],
            }
        ],
    }


def test_parse_checklist_accepts_a_valid_one() -> None:
    spec = parse_checklist(_valid())
    assert spec.code == "mine"
    assert (spec.scale_min, spec.scale_max) == (0, 1)
    first, second = spec.criteria
    assert first.weight == 2.0
    assert first.mechanisms == (Mechanism.MENTORING,)
    assert first.levels is not None and first.levels["1"]["en"] == "all en"
    assert (second.weight, second.mechanisms, second.levels) == (1.0, (), None)


def test_parse_checklist_round_trips_the_shipped_files() -> None:
    for spec in load_shipped_checklists():
        data = json.loads((CHECKLISTS_DIR / f"{spec.code}.json").read_text("utf-8"))
        assert parse_checklist(data) == spec


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Change (or delete) the value at a dotted path such as "sections.0.title.ru"."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part) if isinstance(node, list) else part]
        key = int(last) if isinstance(node, list) else last
        if value is _DELETE:
            del node[key]
        else:
            node[key] = value

    return mutate


_DELETE = object()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_set("name.ru", _DELETE), r"^name: the 'ru' text is missing$"),
        (_set("name.en", "  "), r"^name: the 'en' text is missing$"),
        (_set("name", "Lesson"), r"^name: expected an object"),
        (
            _set("sections.0.criteria.1.text.uz", _DELETE),
            r"^sections\[0\]\.criteria\[1\]\.text: the 'uz' text is missing$",
        ),
        (_set("sections.0.title.ru", _DELETE), r"^sections\[0\]\.title: the 'ru' text is missing"),
        (_set("scale.0.label.en", _DELETE), r"^scale\[0\]\.label: the 'en' text is missing"),
        (
            _set("scale.1.value", 0),
            r"^scale\[1\]\.value: scale values must be strictly increasing, got 0 after 0$",
        ),
        (_set("scale.0.value", 5), r"strictly increasing, got 1 after 5"),
        (_set("scale.1.value", 11), r"scale values must lie between 0 and 10, got 11"),
        (_set("scale.1.value", "1"), r"^scale\[1\]\.value: expected a whole number"),
        (_set("scale", []), r"^scale: expected a non-empty list$"),
        (_set("scale.1", _DELETE), r"^scale: at least two levels are needed$"),
        (
            _set("sections.0.criteria.0.mechanisms", ["mentoring", "dual_training"]),
            r"^sections\[0\]\.criteria\[0\]\.mechanisms: unknown mechanism 'dual_training'",
        ),
        (
            _set("sections.0.criteria.0.weight", 0),
            r"^sections\[0\]\.criteria\[0\]\.weight: the weight must be greater than 0, got 0$",
        ),
        (_set("sections.0.criteria.1.weight", -1.5), r"weight must be greater than 0, got -1.5"),
        (_set("sections.0.criteria.1.weight", "2"), r"the weight must be a number"),
        (_set("sections.0.criteria.1.weight", 101), r"the weight must not exceed 100"),
        (
            _set("sections.0.criteria.0.levels", {"0": {"uz": "a", "ru": "b", "en": "c"}, "3": {}}),
            r"^sections\[0\]\.criteria\[0\]\.levels: '3' is not a value of the scale$",
        ),
        (
            _set("sections.0.criteria.0.levels.1.ru", ""),
            r"^sections\[0\]\.criteria\[0\]\.levels\.1: the 'ru' text is missing$",
        ),
        (_set("sections", []), r"^sections: expected a non-empty list$"),
        (_set("sections.0.criteria", []), r"^sections\[0\]\.criteria: expected a non-empty list$"),
        (_set("code", 7), r"^code: expected a string$"),
    ],
)
def test_parse_checklist_rejects_bad_input(
    mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = copy.deepcopy(_valid())
    mutate(data)
    with pytest.raises(ValueError, match=message):
        parse_checklist(data)


def test_parse_checklist_rejects_what_is_not_an_object() -> None:
    with pytest.raises(ValueError, match="expected a JSON object"):
        parse_checklist([1, 2])  # type: ignore[arg-type]


def test_parse_checklist_can_accept_a_single_language() -> None:
    data = _valid()
    del data["name"]["ru"], data["name"]["en"]
    del data["description"]
    data["sections"][0]["criteria"][1]["text"] = {"ru": "Только по-русски"}
    with pytest.raises(ValueError, match="the 'ru' text is missing"):
        parse_checklist(data)
    spec = parse_checklist(data, require_all_languages=False)
    assert spec.name == {"uz": "name uz", "ru": "", "en": ""}
    assert spec.description == {"uz": "", "ru": "", "en": ""}
    assert spec.criteria[1].text["ru"] == "Только по-русски"
    data["name"] = {"uz": " ", "ru": ""}
    with pytest.raises(ValueError, match=r"^name: the text is missing in every language$"):
        parse_checklist(data, require_all_languages=False)
