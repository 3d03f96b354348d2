"""Issue 19 end to end, the organiser at the command line: two juries' bundles issued by the
registry, both juries playing their sessions to results (core API), both files imported, a
decision corrected with its reason, every letter and certificate issued, each verifying with
`certificate verify` and `pdfsig`; a tampered certificate and a revoked one refused in one line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jury_desk.chair.deliberation import Deliberator
from jury_desk.cli.main import main
from jury_desk.kernel.paths import identity_dir
from jury_desk.minutes.cosign import cosign_minutes
from jury_desk.minutes.export import export_minutes
from jury_desk.minutes.importing import import_minutes
from jury_desk.models import Outcome
from jury_desk.models.enums import JurorKind
from jury_desk.registry.bundles import issue_bundle
from jury_desk.registry.juries import apply_proposal, form_jury, propose_schedule
from jury_desk.registry.jurors import JurorProfile, accept_request, read_request
from jury_desk.registry.location import default_location
from jury_desk.registry.opening import open_registry
from jury_desk.registry.sessions import create_session
from jury_desk.results.export import export_results
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.signing.authority import known_session
from jury_desk.trust.enrolment import make_request
from jury_desk.trust.identity import create_identity, save_identity
from jury_desk.trust.trusted import TrustedAuthorities
from tests.bundle_factory import SECRETS_PASSPHRASE, Juror, make_setting, secret_store
from tests.core.cli.test_end_to_end import valid_signatures
from tests.core.registry.builders import SESSION_ID, session_draft
from tests.core.registry.test_jury_play import AFTER_THE_INTERVIEWS, _candidate
from tests.factories import FakeClock
from tests.helpers.jury_play import play_to_results

LATER = FakeClock(AFTER_THE_INTERVIEWS + timedelta(days=5))


def _juror(root: Path, name: str, email: str, authority_certificate: object) -> Juror:
    home = root / email.split("@")[0]
    identity = create_identity(name, email)
    store = secret_store(home)
    save_identity(identity, store, identity_dir(home))
    TrustedAuthorities(home).trust(authority_certificate)  # type: ignore[arg-type]
    return Juror(home, identity, store)


@pytest.mark.slow
def test_two_juries_to_signed_letters_and_certificates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JURY_DESK_SECRETS", "file")
    clock = FakeClock(datetime(2026, 11, 20, tzinfo=UTC))
    setting = make_setting(tmp_path / "people", clock.now(), fast_secrets=True)
    certificate = setting.authority.certificate
    jurors = [
        (setting.chair, JurorKind.PORTFOLIO_MANAGER),
        (setting.member, JurorKind.CERTIFIED_INTRAPRENEUR),
        (_juror(tmp_path, "Sophie Martin", "sophie@jury.example.org", certificate),
         JurorKind.PORTFOLIO_MANAGER),
        (_juror(tmp_path, "Karim Haddad", "karim@jury.example.org", certificate),
         JurorKind.CERTIFIED_INTRAPRENEUR),
    ]  # fmt: skip
    home = setting.root / "organiser"
    registry = open_registry(
        home, default_location(home), secret_store(home), clock, "Alice Martin", create=True
    )
    create_session(registry, session_draft())
    ids = []
    for juror, kind in jurors:
        request = tmp_path / f"{juror.identity.email}.json"
        request.write_bytes(make_request(juror.identity).to_json())
        profile = JurorProfile(kind, "Incubateur des jurés")
        ids.append(accept_request(registry, read_request(request), profile, codes_matched=True))
    juries = [form_jury(registry, SESSION_ID, ids[0], ids[1]),
              form_jury(registry, SESSION_ID, ids[2], ids[3])]  # fmt: skip
    names = ("Arnaud", "Bérénice", "Chen", "Dupont")
    candidates = [_candidate(registry, name) for name in names]
    apply_proposal(registry, SESSION_ID, propose_schedule(registry, SESSION_ID))
    placed = _placed(registry)
    bundles = []
    for number, jury in enumerate(juries, start=1):
        bundles.append(tmp_path / f"jury-{number}.jdbundle")
        issue_bundle(registry, jury, bundles[-1], setting.authority)
    registry.close()

    # Both juries sit and send their results.
    results = []
    for number, (jury, bundle) in enumerate(zip(juries, bundles, strict=True), start=1):
        chair, member = jurors[2 * number - 2][0], jurors[2 * number - 1][0]
        theirs = sorted(c for c in candidates if placed[c] == jury)
        asked = dict(zip(theirs, (Outcome.CERTIFIED, Outcome.ABSENT), strict=False))
        out = tmp_path / f"jury-{number}.jdresults"
        play_to_results(bundle, chair, member, FakeClock(AFTER_THE_INTERVIEWS), asked, out)
        results.append(out)

    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(SECRETS_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(home), "--secrets-passphrase-file", str(passphrase)]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*base, *args], clock=LATER)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("registry", "results", "import", *map(str, results))[0] == 0

    # Jury 1 learns its absent candidate was excused: new minutes, a corrected decision.
    corrected = _correct(setting.chair, setting.member, juries[0], placed, tmp_path)
    code, _out, err = run("registry", "results", "import", str(corrected))
    assert code == 1 and "A correction is taken only with its reason" in err
    reason = "Justificatif d’absence reçu après la délibération."
    assert run("registry", "results", "import", str(corrected), "--correction", reason)[0] == 0

    assert run("registry", "signer", "create", "--name", "Camille Martin",
               "--email", "camille.martin@certification.example")[0] == 0  # fmt: skip
    letters = tmp_path / "envoi"
    code, out, err = run(
        "registry", "letters", "--session", SESSION_ID, "-o", str(letters),
        "--registration-date", "2023-03-29", "--confirm-recourse",
    )  # fmt: skip
    assert code == 0, err
    documents = sorted(letters.glob("*/*.pdf"))
    certificates = [pdf for pdf in documents if pdf.name.startswith("certificat-")]
    assert len(documents) == 4 + len(certificates) and len(certificates) == 2
    for pdf in documents:
        assert valid_signatures(pdf) == 1
        code, out, err = run("certificate", "verify", str(pdf))
        assert code == 0 and out.startswith("VALID: "), err

    # A certificate changed by one byte, and one revoked: each refused in one line.
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(certificates[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, out, err = run("certificate", "verify", str(tampered))
    assert code == 1, (out, err)
    assert len((out + err).strip().splitlines()) == 1
    revoked_code = certificates[1].stem.removeprefix("certificat-")
    assert run("registry", "revoke", revoked_code, "--reason", "Erreur de saisie.")[0] == 0
    code, out, err = run("certificate", "verify", str(certificates[1]))
    assert code == 1 and len((out + err).strip().splitlines()) == 1 and "revoked" in out + err


def _placed(registry: object) -> dict[str, str]:
    from sqlalchemy import select

    from jury_desk.registry.models import Placement
    from jury_desk.registry.store import Registry

    assert isinstance(registry, Registry)
    with registry.read() as session:
        return {p.candidate_id: p.jury_id for p in session.scalars(select(Placement))}


def _correct(
    chair: Juror, member: Juror, jury_id: str, placed: dict[str, str], tmp_path: Path
) -> Path:
    clock = FakeClock(AFTER_THE_INTERVIEWS + timedelta(days=3))
    with open_session_workspace(chair.home, jury_id, chair.secrets, clock) as workspace:
        absent = sorted(c for c in placed if placed[c] == jury_id)[1]
        Deliberator(workspace, clock).decide(
            absent, Outcome.POSTPONED, "Absence excusée.", "Justificatif reçu après coup."
        )
        minutes = export_minutes(workspace, chair.home, chair.identity, clock)
    with open_session_workspace(member.home, jury_id, member.secrets, clock) as workspace:
        cosigned = cosign_minutes(minutes.pdf, workspace, member.home, member.identity, clock)
    out = tmp_path / "jury-1-rectifie.jdresults"
    with open_session_workspace(chair.home, jury_id, chair.secrets, clock) as workspace:
        known = known_session(chair.home, workspace)
        import_minutes(workspace, cosigned, {jury_id: known}, clock)
        export_results(workspace, out, known, clock)
    return out
