"""Dashboard queries on the thread pool: the latest wins, and nothing tears a window down while
one of its queries still runs (the two threads could deadlock)."""

from __future__ import annotations

import threading

import pytest

from eduqa_desktop.ui.dashboard import query_runner
from eduqa_desktop.ui.dashboard.query_runner import QueryRunner, wait_for_running_queries


def test_the_wait_returns_only_when_a_running_query_has_returned(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    runner = QueryRunner()
    results: list[str] = []
    runner.submit(lambda: release.wait(10) and "done", results.append)

    assert wait_for_running_queries(timeout=0.2) is False  # still blocked on the event
    release.set()
    assert wait_for_running_queries(timeout=10) is True
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
    assert not runner.busy


def test_only_the_latest_request_is_delivered(qtbot) -> None:  # type: ignore[no-untyped-def]
    first_may_end = threading.Event()
    runner = QueryRunner()
    results: list[str] = []
    runner.submit(lambda: first_may_end.wait(10) and "old", results.append)
    runner.submit(lambda: "new", results.append)
    qtbot.waitUntil(lambda: results == ["new"], timeout=5_000)
    first_may_end.set()
    assert wait_for_running_queries(timeout=10)
    qtbot.wait(50)
    assert results == ["new"]


def test_a_new_language_waits_for_the_dashboards_running_query(
    controller, qtbot, school_db, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    controller.open(school_db.path)
    old = controller.window
    qtbot.waitUntil(lambda: not old.findChild(QueryRunner).busy, timeout=30_000)

    # A query is running (held on an event) when the language changes; the old window may be
    # deleted only once it has returned.
    release = threading.Event()
    old.findChild(QueryRunner).submit(lambda: release.wait(10), lambda _result: None)
    order: list[str] = []
    real_wait = query_runner.wait_for_running_queries

    def wait(timeout: float = 10.0) -> bool:
        order.append("wait")
        threading.Timer(0.2, lambda: (order.append("query returned"), release.set())).start()
        return real_wait(timeout)

    monkeypatch.setattr("eduqa_desktop.controller.wait_for_running_queries", wait)
    old.destroyed.connect(lambda: order.append("old window deleted"))
    controller.change_language("ru")
    qtbot.waitUntil(lambda: "old window deleted" in order, timeout=10_000)
    assert order == ["wait", "query returned", "old window deleted"]
    assert controller.window is not old
