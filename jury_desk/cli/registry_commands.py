"""`jury-desk registry init|session|juror|jury|schedule|bundle|convocations`: the organiser's
desk on the command line, calling the same core as the window."""

from __future__ import annotations

from datetime import date, time

from jury_desk.cli.context import CommandContext
from jury_desk.cli.registry_context import location_from_args, open_from_args
from jury_desk.cli.secrets_options import optional_passphrase, secret_store_from_args
from jury_desk.kernel.errors import UsageError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import organiser_dir
from jury_desk.models.enums import JurorKind
from jury_desk.registry.errors import NotFoundError, RegistryError
from jury_desk.registry.sessions import SittingDraft
from jury_desk.registry.store import Registry

_KINDS = {
    "portfolio-manager": JurorKind.PORTFOLIO_MANAGER,
    "certified-intrapreneur": JurorKind.CERTIFIED_INTRAPRENEUR,
}


def run_init(context: CommandContext) -> int:
    registry = open_from_args(context, create=True)
    registry.close()
    print(f"registry: {location_from_args(context).shown}", file=context.out)
    return 0


def run_check(context: CommandContext) -> int:
    from jury_desk.registry.journal_check import first_broken_entry, journal_length

    with _opened(context) as registry:
        broken, length = first_broken_entry(registry), journal_length(registry)
    if broken is not None:
        raise RegistryError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The registry's journal is broken at entry {seq}: it was altered outside "
                "jury-desk.",
            ),
            seq=broken,
        )
    print(f"journal: {length} entries, chain intact", file=context.out)
    return 0


def run_session_create(context: CommandContext) -> int:
    from jury_desk.registry.sessions import SessionDraft, create_session

    args = context.args
    draft = SessionDraft(
        id=args.id,
        title=args.title,
        starts_on=args.starts_on,
        ends_on=args.ends_on,
        place=args.place,
        slot_minutes=args.slot_minutes,
        break_minutes=args.break_minutes,
        sittings=tuple(_sitting(text) for text in args.sitting),
    )
    with _opened(context) as registry:
        create_session(registry, draft)
    print(f"session: {draft.id} ({len(draft.sittings)} sittings)", file=context.out)
    return 0


def run_session_list(context: CommandContext) -> int:
    from jury_desk.registry.sessions import list_sessions

    with _opened(context) as registry:
        for session in list_sessions(registry):
            print(
                f"{session.id}\t{session.starts_on}\t{session.ends_on}\t{session.title}",
                file=context.out,
            )
    return 0


def run_juror_inbox(context: CommandContext) -> int:
    from jury_desk.registry.jurors import read_request

    for path in context.args.files:
        inbox = read_request(path)
        print(
            f"{path.name}: {inbox.request.name} <{inbox.request.email}>  "
            f"code to compare: {inbox.comparison_code}",
            file=context.out,
        )
    return 0


def run_juror_accept(context: CommandContext) -> int:
    from jury_desk.registry.jurors import JurorProfile, accept_request, read_request

    args = context.args
    inbox = read_request(args.file)
    print(
        f"{inbox.request.name} <{inbox.request.email}>  code: {inbox.comparison_code}",
        file=context.out,
    )
    profile = JurorProfile(_KINDS[args.kind], args.incubator, tuple(args.startup))
    with _opened(context) as registry:
        juror_id = accept_request(registry, inbox, profile, codes_matched=args.code_matched)
    print(f"juror: {juror_id}", file=context.out)
    return 0


def run_juror_list(context: CommandContext) -> int:
    from jury_desk.registry.jurors import list_jurors

    with _opened(context) as registry:
        for juror in list_jurors(registry):
            enrolled = "enrolled" if juror.request is not None else "not enrolled"
            print(
                f"{juror.id}\t{juror.name}\t{juror.email}\t{juror.kind.value}\t"
                f"{juror.incubator}\t{enrolled}",
                file=context.out,
            )
    return 0


def run_jury_form(context: CommandContext) -> int:
    from jury_desk.registry.juries import form_jury

    with _opened(context) as registry:
        chair = _juror_id(registry, context.args.chair)
        member = _juror_id(registry, context.args.member)
        jury_id = form_jury(registry, context.args.session, chair, member)
    print(f"jury: {jury_id}", file=context.out)
    return 0


def run_schedule_check(context: CommandContext) -> int:
    from jury_desk.registry.juries import schedule_problems

    with _opened(context) as registry:
        problems = schedule_problems(registry, context.args.session)
    for problem in problems:
        print(problem.text, file=context.out)
    print(f"problems: {len(problems)}", file=context.out)
    return 1 if problems else 0


def run_schedule_propose(context: CommandContext) -> int:
    from jury_desk.registry.juries import apply_proposal, plan_of, propose_schedule

    session_id = context.args.session
    with _opened(context) as registry:
        proposal = propose_schedule(registry, session_id)
        with registry.read() as session:
            plan = plan_of(session, session_id)
        for placement in proposal.placements:
            candidate = plan.candidates_by_id[placement.candidate_id]
            jury = plan.juries_by_id[placement.jury_id]
            print(
                f"{plan.grid.wording(placement.start)}\t{jury.label}\t{candidate.name}",
                file=context.out,
            )
        for problem in proposal.problems:
            print(f"not placed: {problem.text}", file=context.err)
        if context.args.apply:
            added = apply_proposal(registry, session_id, proposal)
            print(f"placed: {added}", file=context.out)
    return 1 if proposal.problems else 0


def run_bundle(context: CommandContext) -> int:
    from jury_desk.bundle.passphrase_words import passphrase_in_words
    from jury_desk.cli.bundle_commands import progress_printer
    from jury_desk.registry.bundles import bundle_summary, issue_bundle
    from jury_desk.trust.authority import load_authority

    args = context.args
    passphrase = optional_passphrase(context)
    if args.passphrase_words:
        if passphrase is not None:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "messages", "Give --passphrase-file or --passphrase-words, not both."
                )
            )
        passphrase = passphrase_in_words()
    authority = load_authority(secret_store_from_args(context), organiser_dir(context.home))
    with _opened(context) as registry:
        summary = bundle_summary(registry, args.jury)
        result = issue_bundle(
            registry, args.jury, args.output, authority, passphrase, progress_printer(context.err)
        )
    print(f"bundle: {result.path}", file=context.out)
    print(f"session: {result.manifest.spec.id} version {summary.version}", file=context.out)
    for recipient in summary.recipients:
        print(f"for: {recipient.name} <{recipient.email}> ({recipient.role})", file=context.out)
    print(f"candidates: {len(summary.candidates)}", file=context.out)
    if args.passphrase_words:
        print(f"passphrase: {passphrase}", file=context.out)
    return 0


def run_convocations(context: CommandContext) -> int:
    from jury_desk.registry.convene import Contact, convene_session

    args = context.args
    with _opened(context) as registry:
        done = convene_session(
            registry, args.session, args.output, Contact(args.contact_name, args.contact_email)
        )
    print(f"folder: {done.folder}", file=context.out)
    print(f"letters: {done.letters}, juror calendars: {done.juror_calendars}", file=context.out)
    return 0


class _opened:
    """The registry for one command, closed after it."""

    def __init__(self, context: CommandContext) -> None:
        self.registry = open_from_args(context)

    def __enter__(self) -> Registry:
        return self.registry

    def __exit__(self, *_exc: object) -> None:
        self.registry.close()


def _juror_id(registry: Registry, given: str) -> str:
    from jury_desk.registry.jurors import list_jurors

    for juror in list_jurors(registry):
        if given in (juror.id, juror.email) or given.casefold() == juror.email.casefold():
            return juror.id
    raise NotFoundError(
        QT_TRANSLATE_NOOP("messages", "There is no juror {id} in the registry."), id=given
    )


def _sitting(text: str) -> SittingDraft:
    try:
        day_text, hours = text.split(",", 1)
        start_text, finish_text = hours.split("-", 1)
        return SittingDraft(
            date.fromisoformat(day_text.strip()),
            time.fromisoformat(start_text.strip()),
            time.fromisoformat(finish_text.strip()),
        )
    except ValueError:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "messages", "--sitting {text}: write it DAY,HH:MM-HH:MM (2027-05-18,09:00-12:30)."
            ),
            text=text,
        ) from None
