"""The name a signed scoring sheet is written and kept under.

Apart from export.py so that importing a member's sheet, which names it too, loads no
PDF renderer.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jury_desk.kernel.document_values import whole_utc
from jury_desk.kernel.file_names import ascii_words
from jury_desk.models import Candidate, JurorRole
from jury_desk.rules.deadlines import SESSION_TIMEZONE
from jury_desk.sheets.data import SheetData

# The juror's role in a file name: French, in ASCII.
_ROLE_WORD = {JurorRole.CHAIR: "presidence", JurorRole.MEMBER: "membre"}


def sheet_file_name(session: Session, data: SheetData) -> str:
    """« grille-Aissatou-Diallo-membre-v1.pdf »: the candidate, the juror's role, the version.

    The workspace keeps a candidate's name as one field, as the organiser typed
    it (« Aïssatou Diallo », but « Nguyễn Thị Mai » family name first), so the
    name is kept in its order, folded to ASCII words. A candidate of the session
    whose name folds to the same words (case aside, as Windows and the results
    file compare names) is told apart by the interview's slot, Paris time
    (« grille-Aissatou-Diallo-2026-12-05-10h30-membre-v1.pdf »), then by rank
    if both share the slot. The name is kept with the signed sheet: the results
    file holds each sheet under it.
    """
    words = _name_words(data.candidate.name)
    candidates = session.scalars(select(Candidate).order_by(Candidate.id)).all()
    namesakes = [c for c in candidates if _name_words(c.name).casefold() == words.casefold()]
    words += _distinction(data.candidate.id, namesakes)
    return f"grille-{words}-{_ROLE_WORD[data.juror.role]}-v{data.version}.pdf"


def _name_words(name: str) -> str:
    # A name of letters with no ASCII form (« 王芳 ») still gives a word.
    return ascii_words(name) or "candidat"


def _distinction(candidate_id: str, namesakes: list[Candidate]) -> str:
    """ "" for a name no other candidate has; else « -2026-12-05-10h30 » (« -…-2 »)."""
    me = next((c for c in namesakes if c.id == candidate_id), None)
    if me is None or len(namesakes) < 2:
        return ""
    slot = whole_utc(me.slot_start)
    local = slot.astimezone(SESSION_TIMEZONE)
    words = f"-{local:%Y-%m-%d}-{local.hour:02d}h{local.minute:02d}"
    same_slot = [c.id for c in namesakes if whole_utc(c.slot_start) == slot]
    return words if len(same_slot) < 2 else f"{words}-{same_slot.index(candidate_id) + 1}"
