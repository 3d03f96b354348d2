"""The organiser's settings kept in the registry, shared by the team (a remembered column
mapping, the convocation's texts…): a key and its JSON value."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.models.base import RegistryBase, Versioned


class Setting(Versioned, RegistryBase):
    __tablename__ = "registry_setting"
    what: ClassVar[str] = QT_TRANSLATE_NOOP("messages", "setting")

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # canonical JSON
