"""The whole demo session without a window: from the organiser's bundle to the verified results.

Each person acts in their own data folder, with the same core calls as the
commands and the window: both jurors score and sign every sheet, the chair
imports the member's sheets and deliberates, signs the minutes, the member
co-signs them, the chair imports them back and exports the results, which the
organiser opens, verifies and imports into the registry, then issues the signed decision
letters and certificates. Every file that would travel between them is left in the demo
folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jury_desk.demo.build import (
    MEMBER_SHEETS_IN_DEMO,
    DemoCast,
    DemoJuror,
    DemoLayout,
    DemoResult,
    build_demo,
)
from jury_desk.demo.content import DEMO_STARTUPS
from jury_desk.demo.declaration import DemoDeclaration
from jury_desk.demo.deliberating import deliberate, import_sheets
from jury_desk.demo.scoring import export_sheets, score_and_sign
from jury_desk.demo.session import DEMO_SESSION_ID
from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.paths import organiser_dir
from jury_desk.minutes.cosign import cosign_minutes
from jury_desk.minutes.export import export_minutes, write_minutes
from jury_desk.minutes.file_name import minutes_file_name
from jury_desk.minutes.importing import import_minutes
from jury_desk.models.enums import JurorRole
from jury_desk.results.export import export_results
from jury_desk.results.verify import extract_results, open_results
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.signing.authority import known_session
from jury_desk.store.workspace import Workspace
from jury_desk.trust.authority import load_authority

# Where the fictional jury meets: the chair types it when signing the minutes.
DEMO_PLACE = "Paris"

Artefacts = list[tuple[str, Path]]


@dataclass(frozen=True)
class CompleteDemo:
    result: DemoResult
    # One (name, path) per artefact, in the order they were made.
    artefacts: Artefacts
    declaration: DemoDeclaration


def play_complete_demo(root: Path, clock: Clock, cdc_schema: Path | None = None) -> CompleteDemo:
    """Play the whole session into `root`, which must not hold a demo yet; the declaration
    to the CDC is validated against `cdc_schema` when one is given."""
    layout = DemoLayout(root)
    if layout.chair_workspace.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{root} already holds a demo, perhaps scored by hand: add --reset to play the "
                "whole session from the start, or choose another --out.",
            ),
            root=root,
        )
    result = build_demo(root, clock)
    if result.cast is None:
        raise AssertionError("a demo built just now has its cast")
    cast = result.cast
    artefacts = [("authority", organiser_dir(layout.organiser_home) / "authority.pem")]
    artefacts += _score_and_deliberate(layout, cast, clock)
    artefacts += _minutes(layout, cast, clock)
    artefacts += _results(layout, cast, clock)
    organiser, declaration = _organiser(layout, cast, clock, cdc_schema)
    return CompleteDemo(result, artefacts + organiser, declaration)


def _organiser(
    layout: DemoLayout, cast: DemoCast, clock: Clock, cdc_schema: Path | None
) -> tuple[Artefacts, DemoDeclaration]:
    """The organiser imports the results, issues every letter and certificate, and declares
    the laureates to the CDC."""
    from jury_desk.demo.organiser_side import play_organiser_side

    done = play_organiser_side(
        layout.organiser_home,
        cast.organiser_secrets,
        cast.authority,
        layout.results_file,
        layout.letters,
        clock,
        cdc_schema,
    )
    # One folder per candidate: the letter, and a laureate's certificate beside it.
    folder = done.letters.folder
    artefacts = [("registry", layout.registry), ("letters", folder), ("certificates", folder)]
    return artefacts, done.declaration


def _score_and_deliberate(layout: DemoLayout, cast: DemoCast, clock: Clock) -> Artefacts:
    slugs = [startup.slug for startup in DEMO_STARTUPS]
    certificate = cast.authority.certificate
    member, chair = cast.jurors[JurorRole.MEMBER], cast.jurors[JurorRole.CHAIR]
    with _workspace(member, clock) as workspace:
        # The plain demo signed the first sheets already; the member signs the others.
        others = slugs[MEMBER_SHEETS_IN_DEMO:]
        score_and_sign(workspace, JurorRole.MEMBER, others, member.identity, certificate, clock)
        member_files = export_sheets(workspace, layout.juror_sheets(JurorRole.MEMBER))
    with _workspace(chair, clock) as workspace:
        score_and_sign(workspace, JurorRole.CHAIR, slugs, chair.identity, certificate, clock)
        export_sheets(workspace, layout.juror_sheets(JurorRole.CHAIR))
        import_sheets(workspace, chair.home, member_files, clock)
        deliberate(workspace, clock)
    return [("sheets", layout.sheets)]


def _minutes(layout: DemoLayout, cast: DemoCast, clock: Clock) -> Artefacts:
    """Signed by the chair, co-signed by the member, brought back to the chair's workspace."""
    member, chair = cast.jurors[JurorRole.MEMBER], cast.jurors[JurorRole.CHAIR]
    layout.minutes.mkdir(parents=True, exist_ok=True)
    with _workspace(chair, clock) as workspace:
        minutes = export_minutes(workspace, chair.home, chair.identity, clock, place=DEMO_PLACE)
    signed = write_minutes(minutes, layout.minutes)
    with _workspace(member, clock) as workspace:
        pdf = cosign_minutes(minutes.pdf, workspace, member.home, member.identity, clock)
    cosigned = layout.minutes / minutes_file_name(DEMO_SESSION_ID, minutes.revision, cosigned=True)
    write_atomically(cosigned, pdf, mode=0o644)
    with _workspace(chair, clock) as workspace:
        known = known_session(chair.home, workspace)
        outcome = import_minutes(workspace, cosigned.read_bytes(), {known.id: known}, clock)
    if not outcome.accepted:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "{path}: {kind}: {reason}"),
            path=cosigned,
            kind=outcome.kind.value,
            reason=outcome.reason,
        )
    return [("minutes-signed-by-chair", signed), ("minutes", cosigned)]


def _results(layout: DemoLayout, cast: DemoCast, clock: Clock) -> Artefacts:
    """The chair exports the results; the organiser opens them, verifies and extracts them."""
    chair = cast.jurors[JurorRole.CHAIR]
    results = layout.results_file
    with _workspace(chair, clock) as workspace:
        export_results(workspace, results, known_session(chair.home, workspace), clock)
    # The organiser's own key, as `results open` loads it from the organiser's data folder.
    authority = load_authority(cast.organiser_secrets, organiser_dir(layout.organiser_home))
    report = open_results(results, authority)
    if not report.valid:
        raise UserError(
            QT_TRANSLATE_NOOP("messages", "{path}: {problems}"),
            path=results,
            problems="; ".join(report.problems),
        )
    extract_results(report, layout.results_opened)
    return [("results", results), ("results-opened", layout.results_opened)]


def _workspace(juror: DemoJuror, clock: Clock) -> Workspace:
    return open_session_workspace(juror.home, DEMO_SESSION_ID, juror.secrets, clock)
