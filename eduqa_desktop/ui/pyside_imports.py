"""PySide6 reads the source of every module imported after it; the app needs none of that.

Once PySide6 is loaded it runs a hook after every import that reads the new module's whole
source file (``inspect.getsource``) to see whether it names PySide6, so that the module could
opt in to ``from __feature__ import snake_case, true_property``. No module of this app, nor any
library it uses, opts in; yet the app imports some 700 modules after PySide6 (SQLAlchemy,
numpy, pyqtgraph, openpyxl…), and reading them all cost about a tenth of its start-up here.
A module that did ``from __feature__ import …`` would still get its features: that import
sets the module's entry itself. Should a later PySide6 move the hook, nothing is changed.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)


def _uses_no_features(_module: object) -> bool:
    return False  # "ignore this module": PySide6's own answer for a module that does not use it


def skip_feature_scans() -> bool:
    """Stop PySide6 reading the source of each module imported from now on; True if it did."""
    try:
        feature = importlib.import_module("shibokensupport.feature")
    except ImportError:  # not loaded under that name: the hook is elsewhere or gone
        return False
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or scan is _uses_no_features or not callable(scan):
        return scan is _uses_no_features
    feature._mod_uses_pyside = _uses_no_features
    log.debug("PySide6's source scan on import is skipped")
    return True
