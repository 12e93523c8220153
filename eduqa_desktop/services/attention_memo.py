"""The attention lists of several schools, kept while the data under them is unchanged.

Over a district the signals take seconds (half a million results rows, a million scored
criteria); the Dashboard asks for the same schools' lists at every filter change, and the
district report and *Needs attention* ask again. An answer is kept under the database's data
stamp (:mod:`storage.data_stamp`), the schools' scopes and the thresholds, and reused only
while all three are the same: any change committed by anyone gives a new stamp. One school's
lists are quick and always computed afresh; the district's pooled counts that one school is
compared with are kept the same way (a scan of every school's results).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import TypeVar

from sqlalchemy.orm import Session

from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.term_scope import Scope
from eduqa_desktop.storage.data_stamp import data_stamp

__all__ = ["forget_all", "remembered", "remembered_lists"]

T = TypeVar("T")
KEEP = 8  # answers kept: the lists and district pools of the terms the Dashboard compares, …
_kept: OrderedDict[Hashable, object] = OrderedDict()
_lock = threading.Lock()


def remembered(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or the answer kept for the same ``key`` over the same data. ``key`` says
    everything the answer depends on besides the data; the answer must not be changed."""
    if session.new or session.dirty or session.deleted:
        return compute()
    stamp = data_stamp(session.connection())
    if stamp is None:
        return compute()
    kept_as = (stamp, key)
    try:
        hash(kept_as)
    except TypeError:  # e.g. a threshold kept in a list: nothing to key on
        return compute()
    with _lock:
        if kept_as in _kept:
            _kept.move_to_end(kept_as)
            return _kept[kept_as]  # type: ignore[return-value]
    answer = compute()
    with _lock:
        _kept[kept_as] = answer
        while len(_kept) > KEEP:
            _kept.popitem(last=False)
    return answer


def remembered_lists(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    compute: Callable[[], dict[int, T]],
) -> dict[int, T]:
    """The attention lists of several schools (one school's are quick: computed afresh)."""
    if len(scopes) < 2:
        return compute()
    key = ("lists", tuple(sorted(scopes.items())), thresholds)
    return dict(remembered(session, key, lambda: dict(compute())))


def forget_all() -> None:
    """Drop every kept answer (a test that needs a cold computation; a closed database)."""
    with _lock:
        _kept.clear()
