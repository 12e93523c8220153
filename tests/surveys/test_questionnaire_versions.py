"""Editing a questionnaire: versions, the rounds kept with theirs, keys kept from version to
version, and the change since the previous survey compared like with like."""

from __future__ import annotations

from dataclasses import replace

import pytest
from engines import ON_SERVER
from survey_world import add_round

from eduqa_desktop.domain.questionnaires import StatementSpec
from eduqa_desktop.domain.surveys import Dimension, Tally
from eduqa_desktop.domain.vocabulary import Mechanism, Stakeholder
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.questionnaire_editor import (
    list_questionnaire_summaries,
    save_questionnaire,
)
from eduqa_desktop.services.questionnaires import current_questionnaire, questionnaire_by_id
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.surveys import voices
from eduqa_desktop.storage.database import Database

TL = Dimension.TEACHING_LEARNING


def _edited(db: Database) -> tuple[int, int]:
    """Parents answer version 1 in quarter 1; statement 2 goes, statement 1 is reworded in
    Russian, a new one comes at the end; version 2 is answered in quarter 2."""
    school = list_schools(db)[0].id
    first = current_questionnaire(db, Stakeholder.PARENTS)
    assert first.statements[0].dimension == first.statements[1].dimension == TL
    add_round(db, school, Stakeholder.PARENTS, 10,
              {1: Tally(0, 0, 0, 5, 5), 2: Tally(5, 5, 0, 0, 0)}, term=1)  # fmt: skip
    kept = first.statements[0]
    reworded = replace(kept, text={**kept.text, "ru": "Учителя объясняют понятно."})
    added = StatementSpec(0, TL, {"uz": "", "ru": "Новое утверждение", "en": ""},
                          (Mechanism.PERSONALISED,))  # fmt: skip
    spec = replace(first, statements=(reworded, *first.statements[2:], added))
    assert first.id is not None
    new_id = save_questionnaire(db, first.id, spec, stale_languages={"uz", "en"})
    last = len(spec.statements)
    add_round(db, school, Stakeholder.PARENTS, 10,
              {1: Tally(0, 0, 5, 5, 0), last: Tally(10, 0, 0, 0, 0)}, term=2)  # fmt: skip
    return first.id, new_id


def test_saving_a_questionnaire_in_use_makes_version_2(school_db: Database) -> None:
    old_id, new_id = _edited(school_db)
    assert new_id != old_id
    new = questionnaire_by_id(school_db, new_id)
    old = questionnaire_by_id(school_db, old_id)
    assert (old.version, old.superseded, new.version) == (1, True, 2)
    assert new.statements[0].text["ru"] == "Учителя объясняют понятно."
    assert new.statements[0].key == old.statements[0].key  # the same statement, reworded
    assert new.statements[-1].key not in {s.key for s in old.statements}
    assert len(new.statements) == len(old.statements)
    assert current_questionnaire(school_db, Stakeholder.PARENTS).id == new_id
    parents = list_questionnaire_summaries(school_db)[0]
    assert parents.stakeholder is Stakeholder.PARENTS
    assert (parents.id, parents.version, parents.used_by) == (new_id, 2, 1)
    assert [(v.version, [r.term for r in v.rounds]) for v in parents.versions] == [
        (2, [2]),
        (1, [1]),
    ]
    assert parents.stale_languages == ("uz", "en")


def test_an_unchanged_save_keeps_the_version_and_an_unused_one_is_rewritten(
    school_db: Database,
) -> None:
    spec = current_questionnaire(school_db, Stakeholder.TEACHERS)
    assert spec.id is not None
    assert save_questionnaire(school_db, spec.id, spec) == spec.id
    shorter = replace(spec, statements=spec.statements[:-1])
    again = questionnaire_by_id(school_db, save_questionnaire(school_db, spec.id, shorter))
    assert again.version == 1 and len(again.statements) == len(spec.statements) - 1
    with pytest.raises(UserError):
        save_questionnaire(school_db, again.id or 0, replace(shorter, statements=()))
    with pytest.raises(UserError):  # the old version was replaced: it no longer exists
        save_questionnaire(school_db, spec.id, shorter)


def test_the_change_since_the_last_survey_compares_the_statements_both_versions_ask(
    school_db: Database,
) -> None:
    _edited(school_db)
    parents = voices(school_db).group(Stakeholder.PARENTS)
    assert parents is not None
    # now over all its statements: 5 of 20 answers agree
    assert parents.dimensions[TL].share_agreeing == pytest.approx(25.0)
    # like with like: statement 1 alone — 10 of 10 agreed before, 5 of 10 now
    assert parents.previous_dimensions[TL].share_agreeing == pytest.approx(100.0)
    assert parents.change(TL) == pytest.approx(-50.0)
    assert parents.change() == pytest.approx(-50.0)


@pytest.mark.skipif(ON_SERVER, reason="downgrades and reopens a database file")
def test_an_older_file_gets_a_key_per_statement(school_db: Database) -> None:
    from alembic import command

    from eduqa_desktop.storage.database import alembic_config, open_database

    old_id, new_id = _edited(school_db)
    path = school_db.path
    school_db.close()
    config = alembic_config()
    database = open_database(path)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    database.close()
    again = open_database(path)  # upgraded to the head on open
    old, new = questionnaire_by_id(again, old_id), questionnaire_by_id(again, new_id)
    assert all(s.key for s in (*old.statements, *new.statements))
    # one key per family and position: the first statements match again
    assert old.statements[0].key == new.statements[0].key
    assert len({s.key for s in old.statements}) == len(old.statements)
    again.close()
