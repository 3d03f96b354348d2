"""PySide6's import hook, made cheap: each module imported after Qt is no longer read back.

Importing PySide6 replaces `__import__` with a hook for its opt-in `from
__feature__ import snake_case, true_property`. After each import it asks, once
per module name, whether the module uses PySide6 by reading the module's
source file again (`inspect.getsource`): about 0.15 ms a module, 20 ms before
the window's first frame and 60 ms more before the session is usable, since
jury-desk imports hundreds of modules after Qt (issue #17).

jury-desk never selects a feature, so every module can be taken as "uses
PySide6, no feature", the answer that switches a module to Qt's plain names:
the answer PySide6 would give for our Qt modules, and harmless for the others.
The hook's internals are PySide6's; if they change, nothing is replaced and
only the cost comes back.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook this module makes cheap

_FEATURE_MODULE = "PySide6.support.feature"
_CHECK = "_mod_uses_pyside"


def _uses_pyside(_module: ModuleType) -> bool:
    return True


def skip_source_reads() -> bool:
    """Answer the hook's question without reading sources; False if the hook is not there."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        return False
    setattr(feature, _CHECK, _uses_pyside)
    return True
