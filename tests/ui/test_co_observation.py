"""Two observers record the same lesson; the Calibration view shows how far they agree."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from calibration_world import FIRST, SECOND, scored
from observation_seed import seed
from observation_ui import Prompts, click_row, focused, make_window, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eduqa_desktop.services.observation_records import ObservationInput, get_observation
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.ui.observations.calibration_dialog import CalibrationDialog

K = Qt.Key


def test_a_co_observation_gives_the_calibration_view(
    qtbot, school_db, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    template_id = seeded.templates["walkthrough"]
    data = ObservationInput(
        seeded.school_id, seeded.teachers["Sharipova"], template_id, date(2025, 10, 14),
        observer="Usmonov B.", class_id=seeded.classes["7-A"], lesson_period=3,
        scores=scored(school_db, template_id, SECOND),
    )  # fmt: skip
    first = save_draft(school_db, data).id
    finalize_observation(school_db, first, today=date(2026, 1, 1))
    # another lesson of the teacher, which nobody co-observed: left out of the view
    other = replace(data, observed_on=date(2025, 10, 21), lesson_period=2)
    finalize_observation(school_db, save_draft(school_db, other).id, today=date(2026, 1, 1))
    Prompts(monkeypatch)
    window = make_window(qtbot, school_db, tmp_path)  # the user: Rahimova N.
    window.tabs.setCurrentWidget(window.observations_tab)
    tab = window.observations_tab
    assert not tab.co_observe_button.isEnabled()
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.line(r).id == first)
    click_row(qtbot, tab.table, row)
    qtbot.mouseClick(tab.co_observe_button, Qt.MouseButton.LeftButton)
    form = tab.form
    qtbot.waitUntil(form.isVisible)
    assert form.header.teacher_id() == seeded.teachers["Sharipova"]
    assert form.header.school_class.current_value() == seeded.classes["7-A"]
    assert focused() is form.view.rows[0]
    assert form.co_note.text().startswith("Co-observed lesson")
    for level in FIRST:
        type_text(qtbot, str(level))
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finalize
    mine = get_observation(school_db, form.observation_id)
    assert mine.is_final and mine.data.observer == "Rahimova N."
    assert mine.data.co_observation == get_observation(school_db, first).data.co_observation

    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.calibration_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CalibrationDialog))
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.observer_table.model()
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    # 7 pairs of levels: the same level on 4 (57.1 %), within one on all; Rahimova +1/7
    assert shown[0][:5] == ["Rahimova N.", "1", "7", "57.1%", "100.0%"]
    assert shown[0][6] == "+0.14" and shown[1][6] == "-0.14"
    assert shown[1][0] == "Usmonov B."
    assert "2 observers on 1 co-observed lessons" in dialog.summary.text()
    colleagues = dialog.colleague_table.model()
    assert colleagues.index(0, 0).data() == "Usmonov B."
    criteria = dialog.criterion_table.model()
    assert criteria.index(0, 0).data().startswith("1.2") and criteria.index(0, 3).data() == "Higher"
    dialog.close()


def test_the_demo_school_fills_the_new_panels(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    dashboard = main_window.dashboard_tab
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=15000)
    panel = dashboard.time_on_task_panel
    assert panel.isVisible() and "lessons with snapshots" in panel.subtitle.text()
    main_window.tabs.setCurrentWidget(main_window.observations_tab)
    tab = main_window.observations_tab
    observers = [tab.filters.observer.itemText(i) for i in range(tab.filters.observer.count())]
    assert sum(text.endswith("— low agreement") for text in observers) == 1
    qtbot.mouseClick(tab.calibration_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CalibrationDialog))
    assert dialog.observers.rowCount() == 3 and dialog.sessions.rowCount() == 1
    dialog.close()
