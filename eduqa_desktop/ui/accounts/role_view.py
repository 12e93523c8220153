"""The window shows only what the account logged in may do.

Menu entries a role may not use are hidden; buttons inside the tabs are disabled for good (a
tab that enables a button when a row is chosen cannot bring it back) with a tooltip saying
why. The services refuse the same things (services/access.py): this only spares the user a
refusal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QWidget

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.main_window import MainWindow

CONTEXT = "RoleView"
NOT_ALLOWED = QT_TRANSLATE_NOOP("RoleView", "Your account may not do this.")

# Window actions (attribute names on MainWindow) and what each needs.
WINDOW_ACTIONS: tuple[tuple[str, Action], ...] = (
    ("new_observation_action", Action.OBSERVE),
    ("backup_action", Action.BACKUP),
    ("restore_action", Action.BACKUP),
    ("receive_packages_action", Action.IMPORT),
)

# Buttons of each tab (dotted attribute paths from the tab) and what each needs.
TAB_BUTTONS: dict[str, tuple[tuple[str, Action], ...]] = {
    "teachers": (
        ("add_button", Action.TEACHERS),
        ("empty_add", Action.TEACHERS),
        ("edit_button", Action.TEACHERS),
        ("archive_button", Action.TEACHERS),
        ("activity_button", Action.TEACHERS),
    ),
    "observations": (
        ("new_button", Action.OBSERVE),
        ("follow_up_button", Action.OBSERVE),
        ("co_observe_button", Action.OBSERVE),
        ("calibration_button", Action.OBSERVE),
        ("delete_button", Action.OBSERVE),
        ("checklists_button", Action.CHECKLISTS),
        ("form.bar.save_button", Action.OBSERVE),
        ("form.bar.finalize_button", Action.OBSERVE),
        ("form.bar.correct_button", Action.OBSERVE),
        ("form.bar.finish_button", Action.OBSERVE),
        ("form.bar.follow_up_button", Action.OBSERVE),
        ("plan_view.add_button", Action.PLAN),
        ("plan_view.edit_button", Action.PLAN),
        ("plan_view.delete_button", Action.PLAN),
        ("plan_view.generate_button", Action.PLAN),
        ("plan_view.observe_button", Action.OBSERVE),
    ),
    "results": (
        ("add_button", Action.RESULTS),
        ("delete_button", Action.RESULTS),
        ("paste_button", Action.RESULTS),
        ("save_button", Action.RESULTS),
        ("enter_button", Action.RESULTS),
        ("import_button", Action.IMPORT),
    ),
}


class _KeptDisabled(QObject):
    """Switches a widget off again whenever something switches it on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def keep_disabled(widget: QWidget) -> None:
    keeper = _KeptDisabled(widget)
    widget.installEventFilter(keeper)
    widget.setEnabled(False)
    widget.setToolTip(QCoreApplication.translate(CONTEXT, NOT_ALLOWED))


def _attribute(owner: object, path: str) -> object | None:
    for name in path.split("."):
        owner = getattr(owner, name, None)
        if owner is None:
            return None
    return owner


def restrict_window(window: MainWindow) -> None:
    context = window.context
    for name, action in WINDOW_ACTIONS:
        found = getattr(window, name, None)
        if found is not None and not context.may(action):
            found.setVisible(False)
    if not context.may(Action.IMPORT):
        window.import_menu.menuAction().setVisible(False)


def restrict_tab(context: UiContext, name: str, tab: QWidget) -> None:
    for path, action in TAB_BUTTONS.get(name, ()):
        widget = _attribute(tab, path)
        if isinstance(widget, QWidget) and not context.may(action):
            keep_disabled(widget)
    if name == "results" and not context.may(Action.RESULTS):
        view = getattr(tab, "view", None)
        if isinstance(view, QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
