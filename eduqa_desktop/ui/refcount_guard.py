"""A guard against a reference-counting bug of PySide6 6.12.0 that crashes the application.

In PySide6 6.12.0 ``SignalInstance.emit()`` returns ``True`` without a new reference, and
``QComboBox.currentData()``/``itemData()`` return ``None`` the same way: every call takes one
reference from the singleton. pyqtgraph emits thousands of signals while drawing, so after a
while CPython deallocates ``True`` (or ``None``) and aborts ("Fatal Python error:
bool_dealloc"). On CPython before 3.12 these singletons are not immortal.

:func:`install` measures the bug (an emit with its result dropped must not change the count of
``True``) and, only where it is present, gives ``True``, ``False`` and ``None`` so many extra
references that they can never reach zero. It changes nothing where PySide6 is correct. The
real fix is a PySide6 without the bug (pin it in pyproject.toml); this keeps the app alive
meanwhile.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_EXTRA = 1 << 40  # far more than any process can take away
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def install() -> bool:
    """Protect the singletons if this PySide6 has the bug; whether it did."""
    global _installed
    if _installed or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return _installed  # 3.12+ singletons are immortal
    if not emit_leaks_a_reference():
        return False
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA
    _installed = True
    log.info("PySide6 leaks references of True/None on emit(); singletons protected")
    return True
