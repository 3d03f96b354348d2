"""The registry's declarative base, and the columns every editable row carries.

Every row a person edits has a version column: SQLAlchemy adds `WHERE version = ?`
to its UPDATE, so an edit made on a row someone else changed meanwhile matches
nothing and is refused (`registry.errors.StaleEditError`) instead of silently
overwriting theirs. `updated_by` and `updated_at` let that refusal say who and when.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from jury_desk.models.base import NAMING_CONVENTION, UtcDateTime


class RegistryBase(DeclarativeBase):
    # Its own metadata: the registry and a workspace never share a database.
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin of the rows people edit: a version for lost updates, and the last editor."""

    # What the row is, in the refusal of a stale edit: "the candidate", "the jury"…
    what: ClassVar[str]

    version: Mapped[int] = mapped_column(default=1)
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
