"""`jury-desk registry cdc settings|export|sent|report|status`: the holders' declaration to
the Caisse des Dépôts, from the settings to the CDC's answer."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import open_from_args
from jury_desk.registry.declaration_lines import NextStep, declaration_lines
from jury_desk.registry.declaration_settings import (
    declaration_settings,
    save_declaration_settings,
)
from jury_desk.registry.store import Registry
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.trust.authority import Authority

_STEPS = {
    NextStep.DECLARE: "to declare",
    NextStep.AWAIT_REPORT: "sent, awaiting the CDC's report",
    NextStep.AWAIT_CORRECTION: "rejected: correct the holder's data",
    NextStep.DECLARED: "declared (accepted)",
    NextStep.WITHDRAW: "declared, decision corrected since: tell the CDC",
}


def run_settings(context: CommandContext) -> int:
    args = context.args
    registry = open_from_args(context)
    try:
        settings = declaration_settings(registry)
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("client_id", args.client_id),
                ("contract_id", args.contract_id),
                ("certification_type", args.certification_type),
                ("certification_code", args.certification_code),
                ("schema_path", str(args.schema.resolve()) if args.schema else None),
                ("keep_nir", None if args.keep_nir is None else args.keep_nir == "yes"),
            )
            if value is not None
        }
        if changes:
            settings = save_declaration_settings(registry, replace(settings, **changes))
    finally:
        registry.close()
    out = context.out
    print(f"client id: {settings.client_id or '-'}", file=out)
    print(f"contract id: {settings.contract_id or '-'}", file=out)
    print(f"certification: {settings.certification_type} {settings.certification_code}", file=out)
    print(f"schema: {settings.schema_path or '-'}", file=out)
    print(f"social security numbers kept: {'yes' if settings.keep_nir else 'no'}", file=out)
    return 0


def run_export(context: CommandContext) -> int:
    from jury_desk.registry.declaration_export import export_declaration

    registry = open_from_args(context)
    try:
        authority = _authority(context, registry)
        written = export_declaration(
            registry,
            context.args.session,
            context.args.output,
            authority,
            leave_out_listed=context.args.leave_out_listed,
            replace_unsent=context.args.replace_unsent,
        )
    finally:
        registry.close()
    out = context.out
    print(f"declaration: {written.path}", file=out)
    print(f"flow: {written.flow_id}", file=out)
    print(
        f"holders: {len(written.holders)}, validated against {written.schema_name} "
        f"(version {written.schema_version or 'unstated'})",
        file=out,
    )
    for name, why in written.left_out:
        reasons = " ".join(str(problem) for problem in why.problems)
        print(f"left out: {name}: {reasons}", file=out)
    print(f"once uploaded to the CDC: jury-desk registry cdc sent {written.flow_id}", file=out)
    return 0


def run_sent(context: CommandContext) -> int:
    from jury_desk.registry.declaration_tracking import mark_sent

    registry = open_from_args(context)
    try:
        count = mark_sent(registry, context.args.flow)
    finally:
        registry.close()
    said = f"{count} passages sent" if count else "already recorded as sent"
    print(f"{context.args.flow}: {said}", file=context.out)
    return 0


def run_report(context: CommandContext) -> int:
    from jury_desk.registry.declaration_tracking import import_report

    registry = open_from_args(context)
    try:
        done = import_report(registry, context.args.file)
    finally:
        registry.close()
    if done.already_there:
        print(f"{context.args.file.name}: already imported ({done.flow_id})", file=context.out)
        return 0
    print(
        f"{done.flow_id}: {done.accepted} accepted, {done.rejected} rejected"
        + (f", {done.not_mentioned} not in the report" if done.not_mentioned else ""),
        file=context.out,
    )
    return 0


def run_status(context: CommandContext) -> int:
    today = context.clock.now().astimezone(SESSION_TIMEZONE).date()
    registry = open_from_args(context)
    try:
        with registry.read() as session:
            lines = declaration_lines(session, context.args.session)
    finally:
        registry.close()
    for line in lines:
        if line.step is None:
            continue  # not certified and never declared: nothing for the CDC
        left = line.days_left(today)
        when = ""
        if left is not None:
            when = f"\t{left} days left" if left >= 0 else f"\toverdue by {-left} days"
        message = f"\tCDC: {line.message}" if line.message else ""
        print(
            f"{line.name}\tdecided {line.decided_on}\tdue {line.due_on}\t"
            f"{_STEPS[line.step]}{when}{message}",
            file=context.out,
        )
    return 0


def _authority(context: CommandContext, registry: Registry) -> Authority | None:
    """The organiser's authority, only where NIR are kept (it opens them)."""
    if not declaration_settings(registry).keep_nir:
        return None
    from jury_desk.cli.secrets_options import secret_store_from_args
    from jury_desk.kernel.paths import organiser_dir
    from jury_desk.trust.authority import load_authority

    return load_authority(secret_store_from_args(context), organiser_dir(context.home))
