"""What the declaration to the Caisse des Dépôts needs from the organiser, kept in the registry.

The CDC gives the certifier a client id (8 characters) and a contract id; the
certification is declared by its type and code (RS, RS6247); the XML Schema is the
file of the kit the CDC currently gives certifiers, pointed to by its path (the
application ships none and does not pretend to know the latest). `keep_nir` says
whether the organiser keeps social security numbers for the 2025 rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from jury_desk.declaration.flow import Emitter
from jury_desk.declaration.schema import FlowSchema, load_schema
from jury_desk.kernel.errors import UserError, joined
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.registry.errors import RegistryError
from jury_desk.registry.models import Setting
from jury_desk.registry.store import Registry

SETTING = "declaration.settings"
CLIENT_ID_LENGTH = 8
CONTRACT_ID_MAX = 20
TYPE_MAX = 255
CODE_MAX = 100


@dataclass(frozen=True)
class DeclarationSettings:
    client_id: str = ""  # idClient
    contract_id: str = ""  # idContrat
    certification_type: str = "RS"
    certification_code: str = "RS6247"
    schema_path: str = ""  # the .xsd of the CDC's kit
    keep_nir: bool = False

    def emitter(self) -> Emitter:
        """The flow's emitter; RegistryError naming every setting still missing or wrong."""
        problems = settings_problems(self)
        if problems:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages", "The declaration's settings are not complete: {problems}"
                ),
                problems=joined(problems),
            )
        return Emitter(
            self.client_id, self.contract_id, self.certification_type, self.certification_code
        )

    def schema(self) -> FlowSchema:
        """The kit's schema, loaded; RegistryError if none is set, DeclarationError if unusable."""
        if not self.schema_path:
            raise RegistryError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Choose the XML Schema of the CDC's kit first (the .xsd file the Caisse "
                    "des Dépôts gives certifiers): every declaration is checked against it.",
                )
            )
        return load_schema(Path(self.schema_path))


def settings_problems(settings: DeclarationSettings) -> list[UserError]:
    """Every id the CDC's schema would refuse, one message each."""
    problems: list[UserError] = []
    if len(settings.client_id) != CLIENT_ID_LENGTH:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP("messages", "the CDC's client id must have {length} characters"),
                length=CLIENT_ID_LENGTH,
            )
        )
    for value, maximum, template in (
        (
            settings.contract_id,
            CONTRACT_ID_MAX,
            QT_TRANSLATE_NOOP("messages", "the contract id must have 1 to {maximum} characters"),
        ),
        (
            settings.certification_type,
            TYPE_MAX,
            QT_TRANSLATE_NOOP(
                "messages", "the certification's type must have 1 to {maximum} characters"
            ),
        ),
        (
            settings.certification_code,
            CODE_MAX,
            QT_TRANSLATE_NOOP(
                "messages", "the certification's code must have 1 to {maximum} characters"
            ),
        ),
    ):
        if not 1 <= len(value) <= maximum:
            problems.append(UserError(template, maximum=maximum))
    return problems


def declaration_settings(registry: Registry) -> DeclarationSettings:
    """The settings kept in the registry, or the defaults (ids still to give)."""
    with registry.read() as session:
        row = session.get(Setting, SETTING)
    if row is None:
        return DeclarationSettings()
    raw = json.loads(row.value)
    defaults = DeclarationSettings()
    return DeclarationSettings(
        client_id=str(raw.get("client_id", "")),
        contract_id=str(raw.get("contract_id", "")),
        certification_type=str(raw.get("certification_type", defaults.certification_type)),
        certification_code=str(raw.get("certification_code", defaults.certification_code)),
        schema_path=str(raw.get("schema_path", "")),
        keep_nir=bool(raw.get("keep_nir", False)),
    )


def save_declaration_settings(
    registry: Registry, settings: DeclarationSettings
) -> DeclarationSettings:
    """Keep `settings` (trimmed; ids checked, the schema loaded), journaled; as kept."""
    settings = replace(
        settings,
        client_id=settings.client_id.strip(),
        contract_id=settings.contract_id.strip(),
        certification_type=settings.certification_type.strip(),
        certification_code=settings.certification_code.strip(),
        schema_path=settings.schema_path.strip(),
    )
    settings.emitter()  # refuses ids the schema would refuse
    if settings.schema_path:
        settings.schema()  # refuses a file that is not the CDC's schema
    value = {
        "client_id": settings.client_id,
        "contract_id": settings.contract_id,
        "certification_type": settings.certification_type,
        "certification_code": settings.certification_code,
        "schema_path": settings.schema_path,
        "keep_nir": settings.keep_nir,
    }
    with registry.write() as writer:
        row = writer.session.get(Setting, SETTING)
        if row is None:
            row = Setting(key=SETTING)
            writer.session.add(row)
        row.value = json.dumps(value, sort_keys=True, ensure_ascii=False)
        writer.touch(row)
        writer.journal("declaration.settings", SETTING, value)
    return settings
