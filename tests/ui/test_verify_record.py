"""Help ▸ Verify the record of changes: whole, then broken by plain sqlite3 at the entry."""

from __future__ import annotations

import sqlite3

from eduqa_desktop.services.settings_store import set_setting
from eduqa_desktop.ui import prompts


def test_verify_the_record_from_the_help_menu(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(prompts, kind, lambda _p, _t, text, k=kind: shown.append((k, text)))
    db = main_window.context.db
    for number in range(3):
        set_setting(db, f"verify.{number}", number)
    help_menu = next(
        a.menu() for a in main_window.menuBar().actions() if a.menu() and "Help" in a.text()
    )
    assert main_window.verify_record_action in help_menu.actions()
    main_window.verify_record_action.trigger()
    kind, text = shown[-1]
    assert kind == "information" and "The record of changes is whole" in text
    with db.engine.connect() as connection:
        second = connection.exec_driver_sql("SELECT id FROM audit_log ORDER BY id").all()[-2][0]
    raw = sqlite3.connect(db.path)
    raw.execute("UPDATE audit_log SET who = 'intruder' WHERE id = ?", (second,))
    raw.commit()
    raw.close()
    main_window.verify_record_action.trigger()
    kind, text = shown[-1]
    assert kind == "warning" and f"it breaks at entry {second} (its content was changed)" in text
