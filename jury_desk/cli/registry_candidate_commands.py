"""`jury-desk registry candidate import|list|shortlist|export`."""

from __future__ import annotations

import sys

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import open_from_args
from jury_desk.intake.fields import CandidateField
from jury_desk.intake.mapping import ColumnMapping, guess_mapping
from jury_desk.intake.spreadsheet import Table, read_table
from jury_desk.kernel.errors import UsageError, UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.models.enums import ApplicationStatus
from jury_desk.registry.candidates import missing_items, session_candidates, set_status
from jury_desk.registry.intake_import import (
    IntakePreview,
    import_intake,
    preview_intake,
    remember_mapping,
    remembered_mapping,
)
from jury_desk.registry.store import Registry


def run_import(context: CommandContext) -> int:
    args = context.args
    table = read_table(args.spreadsheet)
    registry = open_from_args(context)
    try:
        mapping = _mapping(registry, table, args.map)
        preview = preview_intake(registry, args.session, table, mapping, args.attachments)
        print(_summary(preview), file=context.out)  # what is imported, said every time
        if not context.args.yes and not _asked(context):
            return 1
        added = import_intake(registry, args.session, preview)
        remember_mapping(registry, mapping)
    finally:
        registry.close()
    print(f"imported: {len(added)}", file=context.out)
    return 0


def run_list(context: CommandContext) -> int:
    registry = open_from_args(context)
    try:
        for candidate in session_candidates(registry, context.args.session):
            missing = ",".join(kind.value for kind in missing_items(candidate)) or "-"
            print(
                f"{candidate.id}\t{candidate.display_name}\t{candidate.startup}\t"
                f"{candidate.status.value}\tmissing:{missing}",
                file=context.out,
            )
    finally:
        registry.close()
    return 0


def run_shortlist(context: CommandContext) -> int:
    args = context.args
    registry = open_from_args(context)
    try:
        chosen = args.candidate or [
            c.id
            for c in session_candidates(registry, args.session)
            if c.status is ApplicationStatus.ELIGIBLE
        ]
        for candidate_id in chosen:
            set_status(registry, candidate_id, ApplicationStatus.SHORTLISTED)
    finally:
        registry.close()
    print(f"shortlisted: {len(chosen)}", file=context.out)
    return 0


def run_export(context: CommandContext) -> int:
    from jury_desk.registry.access_export import export_person

    registry = open_from_args(context)
    try:
        count = export_person(registry, context.args.candidate, context.args.output)
    finally:
        registry.close()
    print(f"export: {context.args.output} ({count} files)", file=context.out)
    return 0


def _mapping(registry: Registry, table: Table, given: list[str]) -> ColumnMapping:
    base = remembered_mapping(registry) or guess_mapping(table.headers)
    columns = {f: h for f, h in base.columns.items() if h in table.headers}
    for text in given:
        name, _, header = text.partition("=")
        try:
            field = CandidateField(name.strip())
        except ValueError:
            raise UsageError(
                QT_TRANSLATE_NOOP("messages", "--map {text}: {field} is not a field to map."),
                text=text,
                field=name,
            ) from None
        columns[field] = header.strip()
    return ColumnMapping(columns)


def _summary(preview: IntakePreview) -> str:
    lines = []
    for candidate in preview.candidates:
        draft = candidate.draft
        state = "already in the session" if candidate.already_there else "new"
        if not candidate.importable and not candidate.already_there:
            state = "cannot be imported: no name"
        lines.append(
            f"line {candidate.line}: {draft.first_names} {draft.birth_name} — {state}, "
            f"{len(candidate.documents)} files"
        )
        lines.extend(f"    {problem}" for problem in candidate.problems)
    if preview.unmatched_files:
        lines.append("files matching no one: " + ", ".join(preview.unmatched_files))
    return "\n".join(lines)


def _asked(context: CommandContext) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "Importing needs a confirmation: run in a terminal, or add --yes."
            )
        )
    answer = input("Import these candidates? [y/N] ")
    return answer.strip().lower() in ("y", "yes", "o", "oui")
