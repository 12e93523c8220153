"""Roles checked by the services themselves, without the GUI: an inspector observes in the
schools assigned to them and nowhere else, a viewer saves nothing, a school account sees and
changes only its own school; a refusal is an AccessDenied with a translatable message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eduqa_desktop.cli.translation import Voice
from eduqa_desktop.domain.roles import Action, Role
from eduqa_desktop.services import accounts
from eduqa_desktop.services.access import REFUSALS, AccessDenied
from eduqa_desktop.services.accounts import AccountFields
from eduqa_desktop.services.checklists import copy_checklist
from eduqa_desktop.services.dashboard import DashboardFilter, dashboard_data, filter_choices
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_queries import list_observations
from eduqa_desktop.services.observation_records import ObservationInput, get_observation
from eduqa_desktop.services.observations import save_draft
from eduqa_desktop.services.reports.district import export_district_report
from eduqa_desktop.services.school_profile import school_profile
from eduqa_desktop.services.schools import create_school, list_schools
from eduqa_desktop.services.settings_store import set_setting
from eduqa_desktop.services.teachers import TeacherInput, add_teacher, staff_list, update_teacher
from eduqa_desktop.services.visit_plan import PlannedVisitInput, add_visit
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import ChecklistTemplate

PASSWORD = "a good password"
TODAY = date(2025, 11, 12)


@pytest.fixture
def district(school_db: Database) -> dict[str, int]:
    """Two schools with a teacher each, an administrator, an inspector of school A, a school
    account of B and a viewer."""
    a = list_schools(school_db)[0].id
    b = create_school(school_db, "Boshqa maktab", year="2025-2026").id
    ids = {
        "a": a,
        "b": b,
        "teacher_a": add_teacher(school_db, a, TeacherInput("Karimova Dilnoza")).id,
        "teacher_b": add_teacher(school_db, b, TeacherInput("Sharipov Javlon")).id,
    }
    with school_db.session() as session:
        ids["template"] = session.scalar(select(ChecklistTemplate.id).limit(1))
    admin = AccountFields("admin", "Admin", Role.ADMINISTRATOR)
    accounts.create_account(school_db, admin, PASSWORD)
    for fields in (
        AccountFields("inspector", "Inspector", Role.METHODOLOGIST, school_ids=(a,)),
        AccountFields("school_b", "School B", Role.SCHOOL, school_id=b),
        AccountFields("viewer", "Viewer", Role.VIEWER),
    ):
        accounts.create_account(school_db, fields, PASSWORD)
    return ids


def _as(db: Database, login: str) -> Database:
    """Another handle on the same database, logged in as `login`."""
    other = open_database(db.engine.url.render_as_string(hide_password=False))
    accounts.log_in(other, login, PASSWORD)
    return other


def _observation(ids: dict[str, int], school: str) -> ObservationInput:
    return ObservationInput(
        school_id=ids[school],
        teacher_id=ids[f"teacher_{school}"],
        template_id=ids["template"],
        observed_on=TODAY,
        observer="Inspector",
    )


def test_an_inspector_observes_in_an_assigned_school_only(
    school_db: Database, district: dict[str, int]
) -> None:
    db = _as(school_db, "inspector")
    try:
        saved = save_draft(db, _observation(district, "a"))
        assert get_observation(db, saved.id).id == saved.id
        with pytest.raises(AccessDenied, match="does not reach this school"):
            save_draft(db, _observation(district, "b"))
        with pytest.raises(AccessDenied, match="does not reach this school"):
            add_visit(db, PlannedVisitInput(district["b"], district["teacher_b"], 2025, 12))
        add_visit(db, PlannedVisitInput(district["a"], district["teacher_a"], 2025, 12))
        # the role does not edit teachers, even in its own school
        with pytest.raises(AccessDenied, match="may not change teachers"):
            update_teacher(db, district["teacher_a"], TeacherInput("Karimova Dilnoza R."))
        assert [s.id for s in list_schools(db)] == [district["a"]]
        copy_checklist(db, district["template"], {"en": "Our copy"})  # checklists: allowed
    finally:
        db.close()
    # the refused draft wrote nothing
    with school_db.session():
        assert len(list_observations(school_db, district["b"])) == 0


def test_a_viewer_reads_and_cannot_save_anything(
    school_db: Database, district: dict[str, int]
) -> None:
    db = _as(school_db, "viewer")
    try:
        assert {s.id for s in list_schools(db)} == {district["a"], district["b"]}
        assert staff_list(db, district["b"]).rows
        refusals = [
            lambda: set_setting(db, "thresholds", {}),
            lambda: add_teacher(db, district["a"], TeacherInput("Yangi Oʻqituvchi")),
            lambda: save_draft(db, _observation(district, "a")),
            lambda: copy_checklist(db, district["template"], {"en": "Copy"}),
            lambda: create_school(db, "Uchinchi maktab", year="2025-2026"),
            lambda: accounts.list_accounts(db),
        ]
        for refused in refusals:
            with pytest.raises(AccessDenied, match="“viewer” may not"):
                refused()
    finally:
        db.close()


def test_a_school_account_sees_only_its_school(
    school_db: Database, district: dict[str, int]
) -> None:
    db = _as(school_db, "school_b")
    try:
        assert [s.id for s in list_schools(db)] == [district["b"]]
        with pytest.raises(AccessDenied, match="does not reach this school"):
            staff_list(db, district["a"])
        with pytest.raises(AccessDenied, match="does not reach this school"):
            update_teacher(db, district["teacher_a"], TeacherInput("Karimova D."))
        assert [r.full_name for r in staff_list(db, district["b"]).rows] == ["Sharipov Javlon"]
        add_teacher(db, district["b"], TeacherInput("Yangi Oʻqituvchi"))
        save_draft(db, _observation(district, "b"))
        with pytest.raises(AccessDenied, match="may not change checklists"):
            copy_checklist(db, district["template"], {"en": "Copy"})
    finally:
        db.close()


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_every_refusal_reads_in_the_users_language(language: str) -> None:
    voice = Voice.of(language)
    for action in Action:
        refusal = AccessDenied(REFUSALS[action], login="viewer")
        assert isinstance(refusal, UserError)
        said = voice.error(refusal)
        assert "“viewer”" in said or "«viewer»" in said
        assert said != str(refusal), (language, action)


def test_reads_across_schools_cover_only_the_accounts_schools(
    school_db: Database, district: dict[str, int], tmp_path: Path
) -> None:
    db = _as(school_db, "school_b")
    inspector = _as(school_db, "inspector")
    try:
        # "All schools" for an account bound to schools is its schools, nothing of the others'
        everything = dashboard_data(school_db, DashboardFilter(school_id=None), today=TODAY)
        assert everything.school_count == 2 and everything.cards is not None
        for handle, own in ((db, "b"), (inspector, "a")):
            mine = dashboard_data(handle, DashboardFilter(school_id=None), today=TODAY)
            one = dashboard_data(handle, DashboardFilter(school_id=district[own]), today=TODAY)
            assert mine.school_count == 1
            assert mine.cards == one.cards
            assert [bar.key for bar in mine.schools] in ([], [district[own]])
        assert dashboard_data(inspector, DashboardFilter(), today=TODAY).cards == (
            dashboard_data(school_db, DashboardFilter(school_id=district["a"]), today=TODAY).cards
        )
        assert dashboard_data(db, DashboardFilter(), today=TODAY).cards != everything.cards
        with pytest.raises(AccessDenied, match="does not reach this school"):
            dashboard_data(db, DashboardFilter(school_id=district["a"]))
        with pytest.raises(AccessDenied, match="does not reach this school"):
            school_profile(db, district["a"])
        choices = filter_choices(db, school_id=district["b"])
        assert [c.key for c in choices.schools] == [district["b"]]
        assert choices.default.school_id == district["b"]
        figures = export_district_report(db, tmp_path / "district.xlsx", year="2025-2026")
        assert [line.school for line in figures.schools] == ["Boshqa maktab"]
        with pytest.raises(AccessDenied, match="does not reach this school"):
            export_district_report(
                db, tmp_path / "other.xlsx", year="2025-2026", school_ids=[district["a"]]
            )
    finally:
        db.close()
        inspector.close()


def test_a_viewer_cannot_change_a_questionnaire(
    school_db: Database, district: dict[str, int]
) -> None:
    from eduqa_desktop.domain.vocabulary import Stakeholder
    from eduqa_desktop.services.questionnaire_editor import import_questionnaire, save_questionnaire
    from eduqa_desktop.services.questionnaires import current_questionnaire

    current = current_questionnaire(school_db, Stakeholder.PARENTS)
    assert current.id is not None
    db = _as(school_db, "viewer")
    try:
        for refused in (
            lambda: save_questionnaire(db, current.id, current),
            lambda: import_questionnaire(db, current),
        ):
            with pytest.raises(AccessDenied, match="“viewer” may not"):
                refused()
    finally:
        db.close()


def test_district_lists_cover_only_the_accounts_schools(
    school_db: Database, district: dict[str, int]
) -> None:
    from eduqa_desktop.services.attention import district_attention
    from eduqa_desktop.services.submissions import missing_schools, submissions

    names = {s.id: s.name for s in list_schools(school_db)}
    assert {s.school for s in submissions(school_db, "2025-2026", None)} == set(names.values())
    assert len(district_attention(school_db, today=TODAY)) == 2
    for login, own in (("inspector", "a"), ("school_b", "b")):
        db = _as(school_db, login)
        try:
            assert [s.school for s in submissions(db, "2025-2026", None)] == [names[district[own]]]
            assert missing_schools(db, "2025-2026", None) == [names[district[own]]]
            assert [s.school_id for s in district_attention(db, today=TODAY)] == [district[own]]
        finally:
            db.close()
