"""`jury-desk workspace list|check`: what is in the data folder, and is it sound.

`check` prints one line per problem on stderr, each naming its file, and exits 1.
"""

from __future__ import annotations

import sys

from jury_desk.cli.context import CommandContext
from jury_desk.cli.secrets_options import secret_store_from_args
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.session.document_check import check_documents
from jury_desk.session.workspaces import list_session_ids, open_session_workspace
from jury_desk.store.journal import first_broken_entry
from jury_desk.store.queries import the_session


def run_list(context: CommandContext) -> int:
    from jury_desk.session.recent import read_recent

    ids = list_session_ids(context.home)
    if not ids:
        print(f"No workspace in {context.home}.", file=context.out)
    kept = {s.session_id: s.keep_until for s in read_recent(context.home)}
    for session_id in ids:
        keep = kept.get(session_id)
        # When it may go: the decisions can no longer be contested (workspace delete).
        print(session_id + (f"\tmay be deleted after {keep}" if keep else ""), file=context.out)
    return 0


def run_check(context: CommandContext) -> int:
    secrets = secret_store_from_args(context)
    with (
        open_session_workspace(
            context.home, context.args.session_id, secrets, context.clock
        ) as workspace,
        workspace.reading() as session,
    ):
        problems: list[str] = []
        broken = first_broken_entry(session)
        if broken is not None:
            problems.append(f"The journal of {workspace.path} was altered at entry {broken}.")
        documents = check_documents(session)
        problems += documents.problems
        title = the_session(session).title
    for problem in problems:
        print(f"jury-desk: {problem}", file=context.err)
    if problems:
        return 1
    print(
        f"{context.args.session_id}: {title}: integrity ok, journal ok, documents ok "
        f"({documents.documents} documents, {documents.payload_copies} payload "
        f"{'copy' if documents.payload_copies == 1 else 'copies'})",
        file=context.out,
    )
    return 0


def run_delete(context: CommandContext) -> int:
    from jury_desk.cli.confirm import confirmed
    from jury_desk.session.deletion import delete_workspace

    session_id = context.args.session_id
    if not context.args.yes and not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages", "Deleting needs a confirmation: run in a terminal, or add --yes."
            )
        )
    if not confirmed(
        context,
        lambda: f"The workspace of {session_id}, its scores, notes and key, will be deleted.",
        "Delete it?",
    ):
        return 1
    count = delete_workspace(context.home, session_id, secret_store_from_args(context))
    print(f"deleted: {session_id} ({count} files and its key)", file=context.out)
    return 0
