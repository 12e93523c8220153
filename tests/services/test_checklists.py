"""Checklist editor operations: versioning of used templates, copy, archive, reorder."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from observation_seed import seed
from sqlalchemy import select

from eduqa_desktop.services.checklist_views import load_template, template_spec
from eduqa_desktop.services.checklists import (
    checklists_for_form,
    copy_checklist,
    create_checklist,
    list_checklists,
    move_checklist,
    save_checklist,
    set_archived,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput, get_observation
from eduqa_desktop.services.observations import save_draft
from eduqa_desktop.services.reference_data import (
    ChecklistSpec,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
)
from eduqa_desktop.storage.models import AuditEntry, ChecklistTemplate


def _text(en: str) -> dict[str, str]:
    return {"uz": "", "ru": "", "en": en}


def small_spec(name: str = "Reading lesson") -> ChecklistSpec:
    return ChecklistSpec(
        code="",
        name=_text(name),
        description=_text(""),
        scale=(LevelSpec(0, _text("No"), _text("")), LevelSpec(1, _text("Yes"), _text(""))),
        sections=(SectionSpec(_text("Reading"), (CriterionSpec(_text("Pupils read aloud")),)),),
    )


def test_editing_an_unused_template_changes_it_in_place(school_db) -> None:  # type: ignore[no-untyped-def]
    template_id = create_checklist(school_db, small_spec())
    edited = replace(small_spec(), name=_text("Reading lesson, 2nd grade"))
    new_id = save_checklist(school_db, template_id, edited)
    with school_db.session() as session:
        family = session.get(ChecklistTemplate, new_id).family
        versions = session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.family == family)
        ).all()
    assert [(t.version, t.superseded) for t in versions] == [(1, False)]
    assert load_template(school_db, new_id).name["en"] == "Reading lesson, 2nd grade"


def test_editing_a_used_template_makes_a_new_version(school_db) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    old_id = seeded.templates["walkthrough"]
    old = load_template(school_db, old_id)
    observation = save_draft(
        school_db,
        ObservationInput(
            school_id=seeded.school_id,
            teacher_id=seeded.teachers["Karimov"],
            template_id=old_id,
            observed_on=date(2025, 10, 1),
            scores=(ScoreInput(old.criteria[0].id, 4),),
        ),
    )
    spec = template_spec(school_db, old_id)
    criteria = (*spec.sections[0].criteria, CriterionSpec(_text("Pupils ask questions"), 1.5))
    changed = replace(spec, sections=(replace(spec.sections[0], criteria=criteria),))

    assert save_checklist(school_db, old_id, spec) == old_id  # unchanged: no new version
    new_id = save_checklist(school_db, old_id, changed, who="vp")
    assert new_id != old_id
    new = load_template(school_db, new_id)
    assert (new.family, new.version, len(new.criteria)) == (old.family, 2, 8)
    assert load_template(school_db, old_id).superseded
    # The observation keeps the old version and its score.
    assert get_observation(school_db, observation.id).data.template_id == old_id
    current = {s.family: s for s in list_checklists(school_db)}
    assert current[old.family].id == new_id and current[old.family].used_by == 0
    with pytest.raises(UserError, match="newer version"):
        save_checklist(school_db, old_id, changed)
    with school_db.session() as session:
        assert "new_version" in session.scalars(select(AuditEntry.action)).all()


def test_copy_archive_and_reorder(school_db) -> None:  # type: ignore[no-untyped-def]
    shipped = list_checklists(school_db)
    assert [s.name["en"] for s in shipped] == [
        "Lesson analysis (general scheme)",
        "Competence-oriented lesson",
        "Walkthrough (10 minutes)",
    ]
    copy_id = copy_checklist(school_db, shipped[2].id, _text("Walkthrough — our school"))
    copy = load_template(school_db, copy_id)
    assert copy.family != shipped[2].family and len(copy.criteria) == 7
    move_checklist(school_db, copy_id, -10)
    assert list_checklists(school_db)[0].id == copy_id
    set_archived(school_db, copy_id, True)
    assert copy_id not in {s.id for s in list_checklists(school_db)}
    assert copy_id in {s.id for s in list_checklists(school_db, include_archived=True)}
    assert copy_id not in {s.id for s in checklists_for_form(school_db, None)}
    set_archived(school_db, copy_id, False)
    assert copy_id in {s.id for s in checklists_for_form(school_db, None)}


def test_recently_used_checklists_come_first(school_db) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    save_draft(
        school_db,
        ObservationInput(
            seeded.school_id,
            seeded.teachers["Karimov"],
            seeded.templates["walkthrough"],
            date(2025, 10, 1),
        ),
    )
    order = [s.id for s in checklists_for_form(school_db, seeded.school_id)]
    assert order[0] == seeded.templates["walkthrough"]


def test_an_invalid_checklist_is_refused(school_db) -> None:  # type: ignore[no-untyped-def]
    no_name = replace(small_spec(), name=_text(""))
    with pytest.raises(UserError, match="name"):
        create_checklist(school_db, no_name)
    one_level = replace(small_spec(), scale=small_spec().scale[:1])
    with pytest.raises(UserError, match="two levels"):
        create_checklist(school_db, one_level)
