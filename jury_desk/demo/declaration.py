"""The demo's declaration to the Caisse des Dépôts: the session's laureates in the CDC's flow.

Validated against the schema given with `--cdc-schema` (the kit a real certifier holds;
the application ships none); without one, written after the identity checks alone and
said to be not validated. The ids are fictional, as the whole demo.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.registry.declaration_export import export_declaration
from jury_desk.registry.declaration_settings import (
    declaration_settings,
    save_declaration_settings,
)
from jury_desk.registry.store import Registry

DEMO_CDC_CLIENT = "DEMO0001"  # an idClient has 8 characters
DEMO_CDC_CONTRACT = "DEMO-FICTIF"
DECLARATION_FILE = "declaration-cdc.xml"


@dataclass(frozen=True)
class DemoDeclaration:
    path: Path
    holders: int
    schema: str  # « name (version …) », or "" when not validated


def declare_holders(registry: Registry, folder: Path, schema: Path | None) -> DemoDeclaration:
    settings = replace(
        declaration_settings(registry),
        client_id=DEMO_CDC_CLIENT,
        contract_id=DEMO_CDC_CONTRACT,
        schema_path=str(schema.resolve()) if schema is not None else "",
    )
    save_declaration_settings(registry, settings)
    written = export_declaration(
        registry,
        DEMO_SESSION_ID,
        folder / DECLARATION_FILE,
        leave_out_listed=True,
        validate=schema is not None,
    )
    said = f"{written.schema_name} (version {written.schema_version})" if schema else ""
    return DemoDeclaration(written.path, len(written.holders), said)
