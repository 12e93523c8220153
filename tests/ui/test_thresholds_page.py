"""Settings ▸ Analysis: typing thresholds, refusing impossible ones, saving to the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.thresholds import load_thresholds, save_thresholds
from eduqa_desktop.settings import Preferences
from eduqa_desktop.storage.database import Database
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.settings_dialog import SettingsDialog
from eduqa_desktop.ui.dialogs.thresholds_page import ThresholdsPage


@pytest.fixture
def context(school_db: Database, tmp_path: Path, qapp) -> UiContext:  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.language import install_language

    install_language("en")
    return UiContext(
        school_db, list_schools(school_db)[0], Preferences(language="en"), tmp_path / "p.json"
    )


def type_into(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def test_shows_the_defaults_of_domain_md(context: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ThresholdsPage(context)
    qtbot.addWidget(page)
    assert (page.high.value(), page.good.value(), page.needs_improvement.value()) == (85, 70, 50)
    assert [s.value() for s in page.weights.values()] == [1.0, 0.64, 0.36, 0.16, 0.07]
    assert page.pd_period.value() == 5 and page.pd_window.value() == 3
    assert page.observer_kappa.value() == 0.8 and page.grace_days.value() == 0
    assert page.import_rows.value() == 100_000
    assert page.values() == Thresholds()


def test_typed_values_are_saved_in_the_database(context: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    page = ThresholdsPage(context)
    dialog.add_page(page, "Analysis")
    dialog.show()
    type_into(qtbot, page.pd_period, "3")
    type_into(qtbot, page.observer_kappa, "0.7")
    type_into(qtbot, page.grace_days, "7")
    type_into(qtbot, page.weights["w1"], "0.08")
    type_into(qtbot, page.high, "90")
    with qtbot.waitSignal(app_signals().data_changed) as changed:
        dialog.accept()
    assert changed.args == ["settings"]
    saved = load_thresholds(context.db)
    assert saved.pd_period_years == 3
    assert saved.observer_kappa == 0.7
    assert saved.follow_up_grace_days == 7
    assert saved.sou_weights.w1 == 0.08
    assert saved.bands.high == 90.0
    assert saved.pd_hours_window_years == 3  # untouched
    # opened again, the page shows what was saved
    again = ThresholdsPage(context)
    qtbot.addWidget(again)
    assert again.pd_period.value() == 3 and again.high.value() == 90.0


def test_impossible_bands_and_weights_are_refused_in_words(context: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ThresholdsPage(context)
    qtbot.addWidget(page)
    page.show()
    type_into(qtbot, page.good, "90")  # above "high" (85)
    assert not page.save()
    assert page.problems["good"].isVisible()
    assert "at or below" in page.problems["good"].text()
    type_into(qtbot, page.good, "70")
    type_into(qtbot, page.weights["w3"], "0.7")  # a 3 weighing more than a 4
    assert not page.save()
    assert "go down from 5 to 1" in page.problems["weights"].text()
    assert load_thresholds(context.db) == Thresholds()  # nothing written
    type_into(qtbot, page.weights["w3"], "0.36")
    assert page.save()
    assert not page.problems["weights"].isVisible()


def test_a_refused_page_keeps_the_dialog_open(context: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    page = ThresholdsPage(context)
    dialog.add_page(page, "Analysis")
    dialog.show()
    type_into(qtbot, page.needs_improvement, "80")  # above "good"
    dialog.accept()
    assert dialog.isVisible()
    assert page.problems["needs"].isVisible()


def test_restore_the_defaults(context: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    save_thresholds(context.db, Thresholds(pd_period_years=3, observer_kappa=0.6))
    page = ThresholdsPage(context)
    qtbot.addWidget(page)
    assert page.pd_period.value() == 3
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)
    assert page.values() == Thresholds()
    assert page.save()
    assert load_thresholds(context.db) == Thresholds()


def test_the_settings_menu_has_the_analysis_page(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[str]] = []

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append([dialog.pages.tabText(i) for i in range(dialog.pages.count())])
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    main_window.settings_action.trigger()
    assert seen and "Analysis" in seen[0]
