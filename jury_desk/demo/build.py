"""The demo, played through the real flow: authority, identities, folder, bundle, opening.

Both jurors open the bundle; the member then scores and signs the sheets of
the first candidates, left in `member-sheets/` for the chair to import.

Every secret is kept in passphrase-protected files under the demo passphrase,
so the demo runs where no keyring exists; its data is fictional, so the
passphrase can be printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jury_desk.bundle.build import build_bundle
from jury_desk.bundle.container import Unlock
from jury_desk.bundle.folder.writing import write_folder
from jury_desk.bundle.opening import open_bundle
from jury_desk.demo.content import DEMO_STARTUPS
from jury_desk.demo.registry import fill_demo_registry, record_demo_bundle
from jury_desk.demo.scoring import export_sheets, score_and_sign
from jury_desk.demo.session import DEMO_JURORS, DEMO_SESSION_ID, demo_session_spec
from jury_desk.kernel.atomic import write_atomically
from jury_desk.kernel.clock import Clock
from jury_desk.kernel.paths import identity_dir, organiser_dir, secrets_file, workspace_path
from jury_desk.models.enums import JurorRole
from jury_desk.registry.location import registry_file
from jury_desk.results.layout import SUFFIX as RESULTS_SUFFIX
from jury_desk.rules.deadlines import interview_day
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.trust.authority import Authority, create_authority, save_authority
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import JurorIdentity, create_identity, save_identity
from jury_desk.trust.trusted import TrustedAuthorities

DEMO_PASSPHRASE = "démo-jury-2026"  # noqa: S105 - public on purpose, see above
DEMO_AUTHORITY_NAME = "Organisateur de démonstration (fictif)"
# The member's sheets made ready for import: enough to try the chair's side at once.
MEMBER_SHEETS_IN_DEMO = 3


@dataclass(frozen=True)
class DemoLayout:
    """Where each artefact of the demo lives inside its folder."""

    root: Path

    @property
    def organiser_home(self) -> Path:
        return self.root / "organiser"

    def juror_home(self, role: JurorRole) -> Path:
        return self.root / role.value

    @property
    def session_folder(self) -> Path:
        return self.root / "session"

    @property
    def bundle(self) -> Path:
        return self.root / "session-de-novembre-2026.jdbundle"

    @property
    def registry(self) -> Path:
        """The organiser's registry (the file; its key is in the organiser's secrets)."""
        return registry_file(self.organiser_home)

    @property
    def passphrase_file(self) -> Path:
        return self.root / "demo-passphrase.txt"

    @property
    def chair_workspace(self) -> Path:
        return self.juror_workspace(JurorRole.CHAIR)

    def juror_workspace(self, role: JurorRole) -> Path:
        return workspace_path(self.juror_home(role), DEMO_SESSION_ID)

    @property
    def member_sheets(self) -> Path:
        return self.root / "member-sheets"

    # What the complete demo (`demo --complete`) adds.

    @property
    def sheets(self) -> Path:
        return self.root / "sheets"

    def juror_sheets(self, role: JurorRole) -> Path:
        return self.sheets / role.value

    @property
    def minutes(self) -> Path:
        return self.root / "minutes"

    @property
    def results_file(self) -> Path:
        return self.root / f"resultats-{DEMO_SESSION_ID}{RESULTS_SUFFIX}"

    @property
    def letters(self) -> Path:
        """The decision letters and certificates the organiser issued, a folder per candidate."""
        return self.root / "lettres-et-parchemins"

    @property
    def results_opened(self) -> Path:
        """What the organiser extracted from the results file once it verified."""
        return self.root / "results-opened"


@dataclass(frozen=True)
class DemoJuror:
    """A demo juror at their computer: data folder, unlocked secrets, identity."""

    role: JurorRole
    home: Path
    secrets: PassphraseFileSecretStore
    identity: JurorIdentity


@dataclass(frozen=True)
class DemoCast:
    """Everyone of a demo played in this process, with their secrets unlocked once."""

    authority: Authority
    organiser_secrets: PassphraseFileSecretStore
    jurors: dict[JurorRole, DemoJuror]


@dataclass(frozen=True)
class DemoResult:
    layout: DemoLayout
    created: bool
    # Only when created: the people of this run, so later steps need no second unlock.
    cast: DemoCast | None = None


def demo_secret_store(home: Path) -> PassphraseFileSecretStore:
    return PassphraseFileSecretStore(secrets_file(home), lambda _creating: DEMO_PASSPHRASE)


def build_demo(root: Path, clock: Clock) -> DemoResult:
    """Play the demo into `root`, or reuse what an earlier run left there."""
    layout = DemoLayout(root)
    if layout.chair_workspace.exists():
        # Whatever was scored in the demo stays: a rerun never wipes work.
        return DemoResult(layout, created=False)
    root.mkdir(parents=True, exist_ok=True)
    write_atomically(layout.passphrase_file, f"{DEMO_PASSPHRASE}\n".encode(), mode=0o644)
    organiser_secrets = demo_secret_store(layout.organiser_home)
    authority = create_authority(DEMO_AUTHORITY_NAME, clock.now())
    save_authority(authority, organiser_secrets, organiser_dir(layout.organiser_home))
    jurors = {juror.role: _juror(layout, juror.role, juror.name, juror.email)
              for juror in DEMO_JURORS}  # fmt: skip
    requests = {
        juror.id: make_request(jurors[juror.role].identity).to_json() for juror in DEMO_JURORS
    }
    # Made once: its dossiers' documents (PDFs, pictures) take seconds to draw.
    spec = demo_session_spec(interview_day(clock.now()))
    write_folder(layout.session_folder, spec, requests)
    fill_demo_registry(
        layout.organiser_home,
        organiser_secrets,
        spec,
        {juror.role: requests[juror.id] for juror in DEMO_JURORS},
        clock,
    )
    built = build_bundle(
        layout.session_folder, layout.bundle, authority, clock.now(), passphrase=DEMO_PASSPHRASE
    )
    record_demo_bundle(layout.organiser_home, organiser_secrets, built, clock)
    for juror in jurors.values():
        _open_as(layout, juror, authority, clock)
    member = jurors[JurorRole.MEMBER]
    with open_session_workspace(member.home, DEMO_SESSION_ID, member.secrets, clock) as workspace:
        score_and_sign(
            workspace,
            JurorRole.MEMBER,
            [startup.slug for startup in DEMO_STARTUPS[:MEMBER_SHEETS_IN_DEMO]],
            member.identity,
            authority.certificate,
            clock,
        )
        export_sheets(workspace, layout.member_sheets)
    return DemoResult(layout, created=True, cast=DemoCast(authority, organiser_secrets, jurors))


def _juror(layout: DemoLayout, role: JurorRole, name: str, email: str) -> DemoJuror:
    home = layout.juror_home(role)
    identity = create_identity(name, email)
    secrets = demo_secret_store(home)
    save_identity(identity, secrets, identity_dir(home))
    return DemoJuror(role, home, secrets, identity)


def _open_as(layout: DemoLayout, juror: DemoJuror, authority: Authority, clock: Clock) -> None:
    # In real life the juror checks the authority's fingerprint with the organiser by phone.
    TrustedAuthorities(juror.home).trust(authority.certificate)
    open_bundle(
        juror.home,
        layout.bundle,
        Unlock((juror.identity.age_identity,)),
        juror.identity,
        juror.secrets,
        clock,
    )
