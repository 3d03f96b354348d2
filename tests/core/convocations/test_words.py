"""The convocations' French words, and the interviews they refuse to announce."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from jury_desk.convocations.data import ConvocationDataError, Interview
from jury_desk.convocations.words import duration_words, moment_words, names_words

NBSP = "\u00a0"


def _plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2027, 5, 18, 7, 0, tzinfo=UTC), "mardi 18 mai 2027 à 9 h 00, heure de Paris"),
        (
            datetime(2027, 12, 1, 8, 5, tzinfo=UTC),
            "mercredi 1 décembre 2027 à 9 h 05, heure de Paris",
        ),
    ],
)
def test_a_moment_in_paris_summer_and_winter(moment: datetime, expected: str) -> None:
    assert _plain(moment_words(moment, "Europe/Paris")) == expected


def test_a_moment_overseas_gives_paris_time_too() -> None:
    moment = datetime(2027, 5, 18, 7, 0, tzinfo=UTC)
    assert _plain(moment_words(moment, "Indian/Reunion")) == (
        "mardi 18 mai 2027 à 11 h 00, heure de La Réunion (soit 9 h 00, heure de Paris)"
    )


def test_a_moment_overseas_on_another_day_than_in_paris() -> None:
    # 8 h in Nouméa (UTC+11) is 23 h the day before in Paris (UTC+2 in May).
    moment = datetime(2027, 5, 17, 21, 0, tzinfo=UTC)
    assert _plain(moment_words(moment, "Pacific/Noumea")) == (
        "mardi 18 mai 2027 à 8 h 00, heure de Nouméa "
        "(soit lundi 17 mai 2027 à 23 h 00, heure de Paris)"
    )


def test_a_zone_without_french_words_is_named() -> None:
    moment = datetime(2027, 5, 18, 7, 0, tzinfo=UTC)
    assert "heure locale (Europe/Berlin)" in moment_words(moment, "Europe/Berlin")


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(1, "1 minute"), (45, "45 minutes"), (60, "1 heure"), (90, "1 h 30"), (120, "2 heures")],
)
def test_durations(minutes: int, expected: str) -> None:
    assert _plain(duration_words(minutes)) == expected


def test_names() -> None:
    assert names_words(["A"]) == "A"
    assert names_words(["A", "B"]) == "A et B"
    assert names_words(["A", "B", "C"]) == "A, B et C"


def test_an_interview_without_a_time_zone_on_its_start_is_a_bug(may_interview: Interview) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        dataclasses.replace(may_interview, start=datetime(2027, 5, 18, 9, 0))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"zone": "Europe/Lutece"}, "The time zone 'Europe/Lutece' of Éloïse N'Diaye's interview"),
        ({"zone": "posix/Europe/Paris"}, "is unknown"),
        ({"minutes": 0}, "lasts 0 minutes"),
        ({"place": "  "}, "neither a place nor a video link"),
    ],
)
def test_interviews_that_cannot_be_announced(
    may_interview: Interview, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ConvocationDataError, match=message):
        dataclasses.replace(may_interview, **changes)  # type: ignore[arg-type]


def test_a_video_link_is_told_from_a_place(may_interview: Interview) -> None:
    assert may_interview.is_online
    assert not dataclasses.replace(may_interview, place="Salle 3, Paris").is_online
