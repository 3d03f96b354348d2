"""The demo, played through the real flow: authority, identities, folder, bundle, opening.

Every secret is kept in passphrase-protected files under the demo passphrase,
so the demo runs where no keyring exists; its data is fictional, so the
passphrase can be printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jury_desk.atomic import write_atomically
from jury_desk.bundle.build import build_bundle
from jury_desk.bundle.container import Unlock
from jury_desk.bundle.folder import write_folder
from jury_desk.bundle.opening import open_bundle
from jury_desk.clock import Clock
from jury_desk.demo.session import DEMO_JURORS, DEMO_SESSION_ID, demo_session_spec
from jury_desk.models.enums import JurorRole
from jury_desk.paths import identity_dir, organiser_dir, secrets_file, workspace_path
from jury_desk.secrets import PassphraseFileSecretStore
from jury_desk.trust.authority import Authority, create_authority, save_authority
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import JurorIdentity, create_identity, save_identity
from jury_desk.trust.trusted import TrustedAuthorities

DEMO_PASSPHRASE = "démo-jury-2026"  # noqa: S105 - public on purpose, see above
DEMO_AUTHORITY_NAME = "Organisateur de démonstration (fictif)"


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
    def passphrase_file(self) -> Path:
        return self.root / "demo-passphrase.txt"

    @property
    def chair_workspace(self) -> Path:
        return workspace_path(self.juror_home(JurorRole.CHAIR), DEMO_SESSION_ID)


@dataclass(frozen=True)
class DemoResult:
    layout: DemoLayout
    created: bool


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
    authority = create_authority(DEMO_AUTHORITY_NAME, clock.now())
    save_authority(
        authority, demo_secret_store(layout.organiser_home), organiser_dir(layout.organiser_home)
    )
    identities = {juror.role: _juror_identity(layout, juror.role, juror.name, juror.email)
                  for juror in DEMO_JURORS}  # fmt: skip
    requests = {juror.id: make_request(identities[juror.role]).to_json() for juror in DEMO_JURORS}
    write_folder(layout.session_folder, demo_session_spec(), requests)
    build_bundle(
        layout.session_folder, layout.bundle, authority, clock.now(), passphrase=DEMO_PASSPHRASE
    )
    _open_as(layout, JurorRole.CHAIR, identities[JurorRole.CHAIR], authority, clock)
    return DemoResult(layout, created=True)


def _juror_identity(layout: DemoLayout, role: JurorRole, name: str, email: str) -> JurorIdentity:
    home = layout.juror_home(role)
    identity = create_identity(name, email)
    save_identity(identity, demo_secret_store(home), identity_dir(home))
    return identity


def _open_as(
    layout: DemoLayout, role: JurorRole, identity: JurorIdentity, authority: Authority, clock: Clock
) -> None:
    home = layout.juror_home(role)
    # In real life the juror checks the authority's fingerprint with the organiser by phone.
    TrustedAuthorities(home).trust(authority.certificate)
    open_bundle(
        home,
        layout.bundle,
        Unlock((identity.age_identity,)),
        identity,
        demo_secret_store(home),
        clock,
    )
