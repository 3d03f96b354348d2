"""What the certifier's documents say that the organiser sets: the recourse, the registration.

The means of recourse printed on every decision letter is an administrative act's
wording, to be confirmed by the certifier's legal service: a sensible default is
offered, and no letter is issued until the organiser has confirmed a wording once.
France compétences' registration decision (its wording and its date) is printed on
every certificate: its date has no default and must be given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from jury_desk.certificates.data import DEFAULT_RECOURSE, DEFAULT_REGISTRATION_TEXT, Registration
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.models import Setting
from jury_desk.registry.store import Registry

SETTING = "certificates.settings"
_TEXT_MAX = 4000


@dataclass(frozen=True)
class IssueSettings:
    recourse: str = DEFAULT_RECOURSE
    recourse_confirmed: bool = False
    registration_text: str = DEFAULT_REGISTRATION_TEXT
    registration_date: date | None = None

    def registration(self) -> Registration:
        """The registration as certificates print it; RegistryError while its date is unknown."""
        if self.registration_date is None:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Give the date of France compétences' registration decision first: "
                    "every certificate prints it.",
                )
            )
        return Registration(self.registration_text, self.registration_date)

    def check_ready(self) -> None:
        """RegistryError unless letters can be issued with these settings."""
        if not self.recourse_confirmed:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Confirm the means of recourse printed on the decision letters first "
                    "(the wording is the certifier's legal service's).",
                )
            )
        self.registration()


def issue_settings(registry: Registry) -> IssueSettings:
    """The settings kept in the registry, or the defaults (not confirmed)."""
    with registry.read() as session:
        row = session.get(Setting, SETTING)
    if row is None:
        return IssueSettings()
    raw = json.loads(row.value)
    day = raw.get("registration_date")
    return IssueSettings(
        recourse=str(raw.get("recourse", DEFAULT_RECOURSE)),
        recourse_confirmed=bool(raw.get("recourse_confirmed", False)),
        registration_text=str(raw.get("registration_text", DEFAULT_REGISTRATION_TEXT)),
        registration_date=date.fromisoformat(day) if day else None,
    )


def save_issue_settings(registry: Registry, settings: IssueSettings) -> IssueSettings:
    """Keep `settings` (texts trimmed, neither empty), journaled; the settings as kept."""
    settings = replace(
        settings,
        recourse=settings.recourse.strip(),
        registration_text=settings.registration_text.strip(),
    )
    if not settings.recourse or not settings.registration_text:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages", "The means of recourse and the registration's wording cannot be empty."
            )
        )
    if max(len(settings.recourse), len(settings.registration_text)) > _TEXT_MAX:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages", "A text of the letters is limited to {limit} characters."
            ),
            limit=_TEXT_MAX,
        )
    value = {
        "recourse": settings.recourse,
        "recourse_confirmed": settings.recourse_confirmed,
        "registration_text": settings.registration_text,
        "registration_date": (
            settings.registration_date.isoformat() if settings.registration_date else None
        ),
    }
    with registry.write() as writer:
        row = writer.session.get(Setting, SETTING)
        if row is None:
            row = Setting(key=SETTING)
            writer.session.add(row)
        row.value = json.dumps(value, sort_keys=True, ensure_ascii=False)
        writer.touch(row)
        writer.journal("certificates.settings", SETTING, value)
    return settings
