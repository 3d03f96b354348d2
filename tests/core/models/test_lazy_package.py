"""`jury_desk.models` gives its names on first use, each the mapped module's own."""

from __future__ import annotations

import subprocess
import sys

import pytest

import jury_desk.models as models
from jury_desk.models import mapped


def test_the_package_names_exactly_what_the_mapped_module_holds() -> None:
    # Two lists of the same names (the package's cannot import the other's without the
    # ORM): a name added to one only would be missing, or an AttributeError, at first use.
    assert sorted(models.__all__) == sorted(mapped.__all__)
    for name in models.__all__:
        assert getattr(models, name) is getattr(mapped, name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        _ = models.Nothing  # type: ignore[attr-defined]


def test_the_vocabularies_come_without_the_orm() -> None:
    probe = "import sys, jury_desk.models.enums; print('sqlalchemy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert (result.returncode, result.stdout.strip()) == (0, "False"), result.stderr
