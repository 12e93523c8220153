"""The Observations tab's Co-observe and Calibration… actions, and the observer list marks.

*Co-observe* on a chosen observation first links the other observations of the same lesson
(same teacher, class, date and period) that another computer may have brought; when there are
none left to link, it opens the co-observer's own observation of the lesson, prefilled.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from eduqa_desktop.domain.calibration import observer_key
from eduqa_desktop.services.calibration import (
    calibration_session_input,
    co_observe_input,
    link_same_lesson,
    low_agreement_observers,
)
from eduqa_desktop.services.checklists import checklists_for_form
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.observations.calibration_dialog import CalibrationDialog

if TYPE_CHECKING:
    from eduqa_desktop.ui.observations.observations_tab import ObservationsTab

CONTEXT = "CoObservation"
CO_OBSERVE = QT_TRANSLATE_NOOP("CoObservation", "Co-observe")
LINKED = QT_TRANSLATE_NOOP(
    "CoObservation",
    "{count} other observations of the same lesson (teacher, class, date and period) are now "
    "linked as co-observations. Press Co-observe again to record your own.",
)
LOW = QT_TRANSLATE_NOOP("CoObservation", "{name} — low agreement")
LOW_TIP = QT_TRANSLATE_NOOP(
    "CoObservation", "Agrees little with colleagues on the same lessons: see Calibration…"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def co_observe(tab: ObservationsTab) -> None:
    lines = tab.selected_lines()
    if len(lines) != 1:
        return
    db, observer = tab.context.db, tab.context.preferences.user_name
    try:
        linked = link_same_lesson(db, lines[0].id)
        if linked:
            app_signals().data_changed.emit("observations")
            prompts.information(
                tab,
                _tr(CO_OBSERVE),
                _tr(LINKED).format(count=linked),
            )
            return
        prefill = co_observe_input(db, lines[0].id, observer=observer)
    except UserError as problem:
        prompts.show_user_error(tab, _tr(CO_OBSERVE), problem)
        return
    tab.new_observation(prefill)


def open_calibration(tab: ObservationsTab) -> CalibrationDialog:
    dialog = CalibrationDialog(tab.context, tab)

    def start_session(note: str) -> None:
        school_id = tab.context.school_id
        if school_id is None:
            return
        checklists = checklists_for_form(tab.context.db, school_id)
        tab.new_observation(
            calibration_session_input(
                school_id,
                checklists[0].id if checklists else 0,
                note,
                observer=tab.context.preferences.user_name,
                today=date.today(),
            )
        )

    dialog.session_requested.connect(start_session)
    dialog.open()
    return dialog


def mark_low_agreement(tab: ObservationsTab, combo: QComboBox) -> None:
    """Observers whose agreement with colleagues is low this year get a mark in the list."""
    low = low_agreement_observers(tab.context.db, tab.context.school_id)
    for index in range(1, combo.count()):
        name = combo.itemData(index)
        if isinstance(name, str) and observer_key(name) in low:
            combo.setItemText(index, _tr(LOW).format(name=name))
            combo.setItemData(index, _tr(LOW_TIP), Qt.ItemDataRole.ToolTipRole)
