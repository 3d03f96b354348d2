"""Before co-signing, the member is told where the minutes contradict their own signed sheets."""

from __future__ import annotations

from dataclasses import replace

from jury_desk.minutes.contradictions import contradictions_with_my_sheets
from jury_desk.minutes.data import MinutesData
from jury_desk.models import Outcome
from tests.bundle_factory import Setting
from tests.core.minutes.test_minutes import _open, data, setting  # noqa: F401 - fixtures


def _texts(minutes: MinutesData, jurors: Setting) -> list[str]:
    with _open(jurors.member.home) as member:
        return [str(point) for point in contradictions_with_my_sheets(minutes, member)]


def test_minutes_true_to_the_member_s_sheets_say_nothing(
    data: MinutesData,  # noqa: F811 - the fixture
    setting: Setting,  # noqa: F811 - the fixture
) -> None:
    # The two disagreements (C2, C5) were settled by casting votes: not contradictions.
    assert any(level.casting_note for c in data.candidates for level in c.levels)
    assert _texts(data, setting) == []


def test_each_contradiction_is_said_with_the_candidate_s_name(
    data: MinutesData,  # noqa: F811 - the fixture
    setting: Setting,  # noqa: F811 - the fixture
) -> None:
    first, second = data.candidates
    # cand-1 said absent; on cand-2, C1 retained at « Expert » as agreed (the member said 2).
    levels = tuple(
        replace(level, level=3, level_label="Expert") if level.code == "C1" else level
        for level in second.levels
    )
    edited = replace(
        data,
        candidates=(replace(first, outcome=Outcome.ABSENT), replace(second, levels=levels)),
    )
    assert _texts(edited, setting) == [
        f"{first.name}: the minutes say absent, but you signed a sheet.",
        f"{second.name}, C1: the minutes retain « Expert » without a casting vote, "
        "your signed sheet says « Maîtrisé ».",
    ]
    postponed = replace(data, candidates=(replace(first, outcome=Outcome.POSTPONED), second))
    assert _texts(postponed, setting) == [
        f"{first.name}: the minutes say postponed, but you signed a sheet."
    ]
    missing = replace(data, candidates=(second,))
    assert _texts(missing, setting) == [
        f"{first.name}: you signed a sheet, but these minutes do not name them."
    ]
