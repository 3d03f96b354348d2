"""What a convocation says, as plain values: the interview, and the letter to its candidate.

The organiser's registry gathers them; the letter (letter.py) and the calendar
files (calendar.py) only print them. An interview's start is an aware moment;
`zone` is the IANA zone the interview is held in, in which both the letter and
the calendar files state the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from jury_desk.kernel.canonical_json import document_json
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.rules.time_zones import is_time_zone_name

CONVOCATION_FORMAT = "jury-desk-convocation"
SCHEMA_VERSION = 1
ATTACHMENT_NAME = "convocation.json"

# What the candidate brings, in the dossier's order (organiser.md), then what
# proves who they are. French: printed as is in the letter.
DEFAULT_TO_PREPARE = (
    "le lien vers le service numérique",
    "le lien vers la fiche produit",
    "le compte rendu des entretiens utilisateurs, avec les questions posées",
    "les maquettes ou captures d'écran du service",
    "le tableau d'investissement, tel que présenté en comité d'investissement",
    "le support de présentation",
    "une pièce d'identité en cours de validité, avec photographie",
)


class ConvocationDataError(UserError):
    """An interview that cannot be announced as given: the message names the candidate."""


@dataclass(frozen=True)
class Interview:
    """One candidate's interview with a jury: when, how long, where, and who sits on it."""

    session_id: str
    candidate_id: str
    candidate_name: str
    jury_label: str  # e.g. "Jury A"
    juror_names: tuple[str, ...]
    start: datetime  # aware
    minutes: int
    zone: str  # IANA name, e.g. "Europe/Paris"
    place: str  # an address, a room, or a video link (https://…)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError("Interview.start must be timezone-aware")
        if not is_time_zone_name(self.zone):
            raise ConvocationDataError(
                QT_TRANSLATE_NOOP(
                    "messages", "The time zone '{zone}' of {candidate}'s interview is unknown."
                ),
                zone=self.zone,
                candidate=self.candidate_name,
            )
        if self.minutes <= 0:
            raise ConvocationDataError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{candidate}'s interview lasts {minutes} minutes: give a positive duration.",
                ),
                candidate=self.candidate_name,
                minutes=self.minutes,
            )
        if not self.place.strip():
            raise ConvocationDataError(
                QT_TRANSLATE_NOOP(
                    "messages", "{candidate}'s interview has neither a place nor a video link."
                ),
                candidate=self.candidate_name,
            )

    @property
    def local_start(self) -> datetime:
        """The start in the interview's zone."""
        return self.start.astimezone(ZoneInfo(self.zone))

    @property
    def local_end(self) -> datetime:
        return self.local_start + timedelta(minutes=self.minutes)

    @property
    def is_online(self) -> bool:
        """Whether `place` is a video link rather than a place."""
        return self.place.strip().lower().startswith(("https://", "http://"))


@dataclass(frozen=True)
class CandidateConvocation:
    """The letter to one candidate: their interview, what to prepare, whom to ask."""

    session_title: str
    certification_title: str
    rs_code: str
    certifier: str | None  # printed in the header; None where unknown (never made up)
    candidate_name: str
    candidate_email: str
    interview: Interview
    to_prepare: tuple[str, ...]  # French, one item each; DEFAULT_TO_PREPARE as a rule
    organiser_name: str
    organiser_email: str
    issued_on: date

    def to_json(self) -> bytes:
        """The canonical JSON attached to the letter: what it says, for a program to read."""
        return document_json(self._document())

    def _document(self) -> dict[str, Any]:
        interview = self.interview
        return {
            "format": CONVOCATION_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "session": {"id": interview.session_id, "title": self.session_title},
            "certification": {
                "rs_code": self.rs_code,
                "title": self.certification_title,
                "certifier": self.certifier,
            },
            "candidate": {
                "id": interview.candidate_id,
                "name": self.candidate_name,
                "email": self.candidate_email,
            },
            "interview": {
                "start": interview.local_start.isoformat(),
                "minutes": interview.minutes,
                "zone": interview.zone,
                "place": interview.place,
                "jury": interview.jury_label,
                "jurors": list(interview.juror_names),
            },
            "to_prepare": list(self.to_prepare),
            "organiser": {"name": self.organiser_name, "email": self.organiser_email},
            "issued_on": self.issued_on.isoformat(),
        }
