"""The attention lists of several schools, kept while the data under them is unchanged.

Over a district the signals take seconds (half a million results rows, a million scored
criteria); the Dashboard asks for the same schools' lists at every filter change, and the
district report and *Needs attention* ask again. An answer is kept under the database's data
stamp (:mod:`storage.data_stamp`), the schools' scopes and the thresholds, and reused only
while all three are the same: any change committed by anyone gives a new stamp. One school's
lists are quick and always computed afresh.
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

__all__ = ["forget_all", "remembered"]

T = TypeVar("T")
KEEP = 4  # answers kept: the terms the Dashboard compares, the report's, a few selections
_kept: OrderedDict[Hashable, object] = OrderedDict()
_lock = threading.Lock()


def remembered(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    compute: Callable[[], dict[int, T]],
) -> dict[int, T]:
    """``compute()``, or the answer kept for the same schools, thresholds and data."""
    if len(scopes) < 2 or session.new or session.dirty or session.deleted:
        return compute()
    stamp = data_stamp(session.connection())
    if stamp is None:
        return compute()
    key = (stamp, tuple(sorted(scopes.items())), thresholds)
    try:
        hash(key)
    except TypeError:  # a threshold kept in a list: nothing to key on
        return compute()
    with _lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return dict(found)  # type: ignore[call-overload]
    answer = compute()
    with _lock:
        _kept[key] = dict(answer)
        while len(_kept) > KEEP:
            _kept.popitem(last=False)
    return answer


def forget_all() -> None:
    """Drop every kept answer (a test that needs a cold computation; a closed database)."""
    with _lock:
        _kept.clear()
