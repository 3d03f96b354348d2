"""What a workspace may lack that every reading needs: the errors, whichever route read it.

Shared by the ORM's lookups (queries.py) and the window's plain reads
(jury_desk/juror/reading), so that both say the same.
"""

from __future__ import annotations

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


def no_session() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("messages", "This workspace holds no session yet."))


def no_me() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("messages", "This workspace does not say which juror you are.")
    )


def unknown_candidate(candidate_id: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("messages", "There is no candidate {candidate!r} in this session."),
        candidate=candidate_id,
    )


def unknown_competency(code: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("messages", "There is no competency {code!r} in this session."),
        code=code,
    )
