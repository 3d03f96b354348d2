"""Third-party warnings that must never reach a juror, a chair or an organiser.

A library's deprecation notice is for jury-desk's developers, not for the
person in front of the command line or the window. Each known one is filtered
exactly (its category, the module it is attributed to, the start of its text)
by the entry points, before the library loads; anything else still shows. The
test suite lists the same filters in pyproject.toml, and a test keeps the two
in step.
"""

from __future__ import annotations

import importlib
import warnings
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownWarning:
    """One third-party warning, as `warnings.filterwarnings` matches it."""

    category: str  # dotted path of the warning class
    module: str  # regular expression matched against the module the warning is attributed to
    message: str  # regular expression matched against the start of the text
    raised_on_import_of: str  # a module whose import emits it (a test checks it still does)
    why: str  # why it is harmless for jury-desk
    until: str  # the upstream change that should let us remove it

    @property
    def pytest_filter(self) -> str:
        """The same filter in pytest's `filterwarnings` syntax."""
        return f"ignore:{self.message}:{self.category}:{self.module}"


KNOWN_WARNINGS = (
    KnownWarning(
        category="cryptography.utils.CryptographyDeprecationWarning",
        module=r"pyhanko\.sign\.signers\.pdf_cms\Z",
        message="DSA is deprecated",
        raised_on_import_of="pyhanko.sign",
        why="pyHanko imports the DSA key types to recognise DSA signers; jury-desk signs "
        "and accepts ECDSA P-256 only",
        until="a pyHanko release after 0.38.0 that stops importing DSA (cryptography 51 warns)",
    ),
)


def quiet_known_warnings() -> None:
    """Ignore the known third-party warnings; call before importing the libraries."""
    for known in KNOWN_WARNINGS:
        category = _warning_class(known.category)
        if category is not None:
            warnings.filterwarnings(
                "ignore", message=known.message, category=category, module=known.module
            )


def _warning_class(dotted: str) -> type[Warning] | None:
    # A library version without this class cannot emit the warning: nothing to filter.
    module_name, _, class_name = dotted.rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    found = getattr(module, class_name, None)
    return found if isinstance(found, type) and issubclass(found, Warning) else None
