"""The declaration's settings on one line, for the Déclaration tab: the CDC's ids, the
certification, the schema file with its version (or why it cannot serve), and whether
social security numbers are kept; what is still missing said after them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jury_desk.kernel.errors import UserError
from jury_desk.registry.declaration_settings import DeclarationSettings, settings_problems
from jury_desk.ui.shell.error_text import error_text, one_line


def schema_words(path: str) -> str:
    """« cdc-accrochage-1.1.2.xsd (version 1.1.2) », or why the file cannot serve."""
    from jury_desk.declaration.schema import load_schema

    if not path:
        return QCoreApplication.translate("DeclarationSettings", "à choisir")
    try:
        schema = load_schema(Path(path))
    except UserError as error:
        return one_line(error)
    if not schema.version:
        return QCoreApplication.translate(
            "DeclarationSettings", "{file} (version non indiquée)"
        ).format(file=schema.path.name)
    return QCoreApplication.translate("DeclarationSettings", "{file} (version {version})").format(
        file=schema.path.name, version=schema.version
    )


def settings_summary(settings: DeclarationSettings, schema: str) -> str:
    """The settings on one line; `schema` is `schema_words` of its path."""
    if settings.keep_nir:
        nir = QCoreApplication.translate(
            "DeclarationSettings", "numéros de sécurité sociale conservés (chiffrés)"
        )
    else:
        nir = QCoreApplication.translate(
            "DeclarationSettings", "numéros de sécurité sociale non conservés"
        )
    missing = QCoreApplication.translate("DeclarationSettings", "à renseigner")
    summary = QCoreApplication.translate(
        "DeclarationSettings",
        "Client CDC : {client} — contrat : {contract} — certification : {type} {code} — "
        "schéma : {schema} — {nir}.",
    ).format(
        client=settings.client_id or missing,
        contract=settings.contract_id or missing,
        type=settings.certification_type,
        code=settings.certification_code,
        schema=schema,
        nir=nir,
    )
    problems = settings_problems(settings)
    if problems:
        summary += " " + QCoreApplication.translate(
            "DeclarationSettings", "À compléter : {problems}."
        ).format(problems=" ; ".join(error_text(problem) for problem in problems))
    return summary


class SchemaWords:
    """`schema_words` of a path, read again only when its file changed (the page asks after
    every change to the registry; a schema takes a moment to load)."""

    def __init__(self) -> None:
        self._seen: tuple[str, int, int] | None = None  # path, size, mtime
        self._words = ""

    def forget(self) -> None:
        self._seen = None

    def __call__(self, path: str) -> str:
        try:
            stat = Path(path).stat() if path else None
        except OSError:
            stat = None
        seen = (path, stat.st_size, stat.st_mtime_ns) if stat else (path, -1, -1)
        if seen != self._seen:
            self._seen, self._words = seen, schema_words(path)
        return self._words
