"""The workspace's document store: the bundle's own encrypted payload, read chunk by chunk.

Opening a bundle copies its `payload.age` beside the workspace and records each
document's place in it (docs/workspace-format.md). Checked here: any range
reads back byte-identical (chunk boundaries, several chunks, empty), the copy
is the bundle's payload byte for byte (the reference `age` opens it), a
damaged copy is a one-line refusal when its document is read, a killed
opening leaves no copy behind, and workspaces of earlier schemas still read
their documents.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from jury_desk.bundle.container import PAYLOAD
from jury_desk.crypto.age_header import MAX_HEADER_BYTES, check_recipient_header, parse_header
from jury_desk.crypto.age_keys import unwrap_x25519
from jury_desk.crypto.age_payload import CHUNK, NONCE_BYTES, SEALED_CHUNK
from jury_desk.crypto.age_stream import generate_x25519
from jury_desk.demo.documents import MOCKUP_SIZE
from jury_desk.demo.session import demo_session_spec
from jury_desk.juror.desk import JurorDesk
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.paths import workspace_path
from jury_desk.models import BundlePayload, DocumentChunk, DocumentLocation, DossierDocument
from jury_desk.models.enums import DocumentKind
from jury_desk.session.document_check import check_documents
from jury_desk.session.documents import read_content, workspace_folder
from jury_desk.session.payloads import StoredPayload, stored_payload_files
from jury_desk.session.spec import DocumentSpec, SessionSpec
from jury_desk.session.workspaces import open_session_workspace
from jury_desk.store.errors import CorruptWorkspaceError
from jury_desk.store.workspace import Workspace
from jury_desk.ui.dossier.pages import ImagePage
from jury_desk.ui.dossier.pdf import PdfPage
from jury_desk.ui.dossier.view import DocumentTab, DossierView
from tests.bundle_factory import Juror, Setting, make_setting, secret_store
from tests.conftest import require_tool
from tests.factories import DEMO_DAY, FakeClock, small_session_spec
from tests.paths import FIXTURES, REPO_ROOT

REPO = REPO_ROOT
FIXTURES = FIXTURES
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
SESSION_ID = "test-session"


def _random(size: int, seed: int) -> bytes:
    return hashlib.shake_256(seed.to_bytes(4, "big")).digest(size) if size else b""


# ------------------------------------------------------------ random access, any range


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5, 20 * CHUNK + 7])
def test_any_range_of_a_payload_reads_back_identical(tmp_path: Path, size: int) -> None:
    # Written by pyrage (the reference implementation), read by our chunk reader.
    identity, recipient = generate_x25519()
    plaintext = _random(size, size)
    path = tmp_path / "payload.age"
    path.write_bytes(pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(recipient)]))
    data = path.read_bytes()
    file_key = unwrap_x25519(check_recipient_header(data[:MAX_HEADER_BYTES]), [identity])
    last_chunk = max(0, (size - 1) // CHUNK) * CHUNK
    boundary = min(size, CHUNK - 3)
    ranges = {
        (0, size),  # whole (more than one 1 MiB read for the largest)
        (0, min(size, CHUNK)),  # the first chunk
        (last_chunk, size - last_chunk),  # the last chunk
        (boundary, min(size, CHUNK + 6) - boundary),  # across the first boundary
        (size, 0),  # empty, at the very end
        (size // 2, size - size // 2),
    }
    with StoredPayload(path, file_key, len(data)) as stored:
        for offset, length in sorted(ranges):
            pieces = list(stored.pieces(offset, length))
            assert all(len(piece) <= 1 << 20 for piece in pieces)
            assert b"".join(pieces) == plaintext[offset : offset + length], (offset, length)
        with pytest.raises(UserError):
            list(stored.pieces(size, 1))  # past the end


# ------------------------------------------------------------ through a real bundle

# An organiser's folder refuses empty files: empty ranges are read in the test above.
SIZES = {"un-octet.pdf": 1, "un-bloc.pdf": CHUNK, "plusieurs-blocs.pdf": 3 * CHUNK + 5}


def _spec_with_sized_documents() -> SessionSpec:
    spec = small_session_spec()
    first = spec.candidates[0]
    extra = tuple(
        DocumentSpec(DocumentKind.OTHER, title, "application/pdf", _random(size, index))
        for index, (title, size) in enumerate(SIZES.items())
    )
    candidates = (dataclasses.replace(first, documents=(*first.documents, *extra)),)
    return dataclasses.replace(spec, candidates=candidates + spec.candidates[1:])


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    return make_setting(
        tmp_path_factory.mktemp("store"), NOW, _spec_with_sized_documents(), fast_secrets=True
    )


@pytest.fixture(scope="module")
def bundle(setting: Setting) -> Path:
    return setting.build("sized.jdbundle", FakeClock(NOW), passphrase=None)


@pytest.fixture
def chair(setting: Setting, tmp_path: Path) -> Juror:
    """A private copy of the chair's data folder, nothing opened yet."""
    home = Path(shutil.copytree(setting.chair.home, tmp_path / "chair"))
    return Juror(home, setting.chair.identity, secret_store(home))


def _workspace(juror: Juror) -> Workspace:
    return open_session_workspace(juror.home, SESSION_ID, secret_store(juror.home), FakeClock(NOW))


def _expected_contents(setting: Setting) -> dict[tuple[str, int], bytes]:
    """Each document's content, by candidate and position in the dossier."""
    return {
        (candidate.id, position): document.content or b""
        for candidate in setting.spec.candidates
        for position, document in enumerate(candidate.documents, start=1)
    }


def test_every_document_reads_back_identical_from_the_stored_payload(
    setting: Setting, bundle: Path, chair: Juror
) -> None:
    assert chair.open(bundle, FakeClock(NOW)).outcome == "created"
    expected = _expected_contents(setting)
    with _workspace(chair) as workspace, workspace.reading() as session:
        documents = session.scalars(select(DossierDocument)).all()
        assert sorted((d.candidate_id, d.position) for d in documents) == sorted(expected)
        for document in documents:
            key = (document.candidate_id, document.position)
            assert read_content(session, document.id) == expected[key]
            # Every document of a bundle lies in the payload copy, none in database rows.
            assert session.get(DocumentLocation, document.id) is not None
        [payload] = session.scalars(select(BundlePayload)).all()
        folder = workspace_folder(session)
    # The copy is the bundle's payload.age, byte for byte, and nothing else is kept.
    with tarfile.open(bundle) as outer:
        member = outer.extractfile(PAYLOAD)
        assert member is not None
        original = member.read()
    assert stored_payload_files(folder) == [folder / payload.file_name]
    assert (folder / payload.file_name).read_bytes() == original
    assert payload.file_name == f"payload-{_payload_identity(original)}.age"


def _payload_identity(age_file: bytes) -> str:
    header = parse_header(age_file[:MAX_HEADER_BYTES])
    return hashlib.sha256(age_file[: header.length + NONCE_BYTES]).hexdigest()


def test_the_reference_age_opens_the_stored_copy(
    setting: Setting, bundle: Path, chair: Juror, tmp_path: Path
) -> None:
    age = require_tool("age")
    chair.open(bundle, FakeClock(NOW))
    [copy] = stored_payload_files(workspace_path(chair.home, SESSION_ID).parent)
    key = tmp_path / "juror.key"
    key.write_text(f"{chair.identity.age_identity}\n", encoding="ascii")
    tar = tmp_path / "payload.tar"
    subprocess.run([str(age), "-d", "-i", str(key), "-o", str(tar), str(copy)], check=True)
    with tarfile.open(tar) as payload:
        names = payload.getnames()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert len(names) == 2 + sum(len(c.documents) for c in setting.spec.candidates)


def test_a_flipped_byte_in_the_stored_copy_is_one_line_when_its_document_is_read(
    bundle: Path, chair: Juror
) -> None:
    chair.open(bundle, FakeClock(NOW))
    with _workspace(chair) as workspace, workspace.reading() as session:
        by_title = {d.title: d for d in session.scalars(select(DossierDocument))}
        spanning = by_title["plusieurs-blocs.pdf"]
        location = session.get(DocumentLocation, spanning.id)
        assert location is not None
        payload = session.get(BundlePayload, location.payload_id)
        assert payload is not None
        copy = workspace_folder(session) / payload.file_name
        # A byte of the second chunk holding the document (its plaintext offset + 1 chunk).
        header = parse_header(copy.read_bytes()[:MAX_HEADER_BYTES])
        chunk = location.plaintext_offset // CHUNK + 1
        position = header.length + NONCE_BYTES + chunk * SEALED_CHUNK + 100
        damaged = bytearray(copy.read_bytes())
        damaged[position] ^= 0x01
        copy.write_bytes(bytes(damaged))
        with pytest.raises(CorruptWorkspaceError) as refusal:
            read_content(session, spanning.id)
        message = str(refusal.value)
        assert "\n" not in message and "damaged" in message
        assert "plusieurs-blocs.pdf" in message and str(copy.parent) in message
        # The copy by its short name (its full one cannot wrap in the window).
        assert f"({payload.file_name[:16]}….age: chunk " in message
        # Documents in other chunks still read.
        links = [d for d in by_title.values() if d.media_type == "text/uri-list"]
        assert all(read_content(session, d.id).startswith(b"https://") for d in links)


def test_a_missing_stored_copy_is_one_line_too(bundle: Path, chair: Juror) -> None:
    chair.open(bundle, FakeClock(NOW))
    [copy] = stored_payload_files(workspace_path(chair.home, SESSION_ID).parent)
    copy.unlink()
    with _workspace(chair) as workspace, workspace.reading() as session:
        document = session.scalars(select(DossierDocument)).first()
        assert document is not None
        with pytest.raises(CorruptWorkspaceError, match="damaged"):
            read_content(session, document.id)


# ------------------------------------------------------------ a killed opening

# Opens the bundle as the chair, and stops (to be killed) at the stage named.
_KILLED_OPENING = """
import sys, time
from datetime import datetime, UTC
from pathlib import Path
from jury_desk.bundle import payload_copy
from jury_desk.kernel.paths import identity_dir
from jury_desk.trust.identity import load_identity
from tests.bundle_factory import Juror, secret_store
from tests.factories import FakeClock

home, bundle, stage = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
keep = payload_copy.PayloadCopy.keep

def stopped(self):
    if stage == "named":
        keep(self)  # named, and the transaction not committed yet
    print("stopped", flush=True)
    time.sleep(600)

payload_copy.PayloadCopy.keep = stopped
store = secret_store(home)
juror = Juror(home, load_identity(store, identity_dir(home)), store)
juror.open(bundle, FakeClock(datetime.fromisoformat(sys.argv[4])))
"""


def _kill_while_opening(juror: Juror, bundle: Path, stage: str) -> None:
    arguments = [str(juror.home), str(bundle), stage, NOW.isoformat()]
    with subprocess.Popen(
        [sys.executable, "-c", _KILLED_OPENING, *arguments],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    ) as opening:
        try:
            assert opening.stdout is not None
            assert opening.stdout.readline() == "stopped\n"
        finally:
            opening.send_signal(signal.SIGKILL)
            opening.wait(timeout=60)


def test_an_opening_killed_before_the_commit_leaves_no_payload_copy(
    bundle: Path, chair: Juror
) -> None:
    if not hasattr(os, "O_TMPFILE"):
        pytest.skip("unnamed files (O_TMPFILE) are Linux's: elsewhere the next opening cleans up")
    _kill_while_opening(chair, bundle, "verified")
    folder = workspace_path(chair.home, SESSION_ID).parent
    assert stored_payload_files(folder) == []
    assert not [p for p in folder.iterdir() if "payload" in p.name]


def test_a_copy_named_by_an_opening_killed_before_its_commit_is_removed_next_time(
    setting: Setting, bundle: Path, chair: Juror
) -> None:
    _kill_while_opening(chair, bundle, "named")
    folder = workspace_path(chair.home, SESSION_ID).parent
    [orphan] = stored_payload_files(folder)  # named, but no row refers to it
    # The same session built again: the same documents, another encryption, another copy.
    again = setting.build("sized-again.jdbundle", FakeClock(NOW), passphrase=None)
    # The key and an empty workspace are left, as by any killed import: it is filled now.
    fresh = Juror(chair.home, chair.identity, secret_store(chair.home))
    assert fresh.open(again, FakeClock(NOW)).outcome == "created"
    with _workspace(chair) as workspace, workspace.reading() as session:
        names = set(session.scalars(select(BundlePayload.file_name)))
        expected = _expected_contents(setting)
        for document in session.scalars(select(DossierDocument)):
            key = (document.candidate_id, document.position)
            assert read_content(session, document.id) == expected[key]
    assert [p.name for p in stored_payload_files(folder)] == sorted(names)
    assert orphan.name not in names and not orphan.exists()


def test_a_repair_killed_before_its_commit_leaves_the_damaged_copy_as_it_was(
    bundle: Path, chair: Juror
) -> None:
    if not hasattr(os, "O_TMPFILE"):
        pytest.skip("unnamed files (O_TMPFILE) are Linux's: elsewhere the next opening cleans up")
    chair.open(bundle, FakeClock(NOW))
    folder = workspace_path(chair.home, SESSION_ID).parent
    [copy] = stored_payload_files(folder)
    damaged = bytearray(copy.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    copy.write_bytes(bytes(damaged))
    _kill_while_opening(chair, bundle, "verified")  # the same bundle: a repair under way
    assert stored_payload_files(folder) == [copy] and copy.read_bytes() == damaged
    assert chair.open(bundle, FakeClock(NOW)).outcome == "repaired"
    with _workspace(chair) as workspace, workspace.reading() as session:
        assert check_documents(session).problems == ()


def test_a_copy_of_another_encryption_of_the_same_version_is_not_replaced(
    setting: Setting, bundle: Path, chair: Juror
) -> None:
    # The organiser built the same version twice: each file its own payload, its own copy.
    chair.open(bundle, FakeClock(NOW))
    [copy] = stored_payload_files(workspace_path(chair.home, SESSION_ID).parent)
    copy.unlink()
    again = setting.build("sized-same-version.jdbundle", FakeClock(NOW), passphrase=None)
    assert chair.open(again, FakeClock(NOW)).outcome == "unchanged"
    assert not copy.exists()
    assert chair.open(bundle, FakeClock(NOW)).outcome == "repaired"
    assert copy.is_file()


# ------------------------------------------------------------ workspaces of earlier schemas


def _released_before_0004() -> Iterator[Path]:
    for path in sorted(FIXTURES.glob("workspace-*.db")):
        if path.stem < "workspace-0004":
            yield path


@pytest.mark.parametrize("fixture", list(_released_before_0004()), ids=lambda p: p.stem)
def test_an_older_workspace_still_reads_its_documents_after_migrating(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / "workspace.db"
    shutil.copy(fixture, path)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text().strip())
    with Workspace.open(path, key, FakeClock(NOW)) as workspace, workspace.reading() as session:
        assert workspace.migration_backup is not None
        documents = session.scalars(select(DossierDocument)).all()
        assert documents
        for document in documents:
            # Kept in their chunk rows, read as before: the migration moved nothing.
            assert session.get(DocumentLocation, document.id) is None
            content = read_content(session, document.id)
            assert len(content) == document.size > 0
            assert hashlib.sha256(content).hexdigest() == document.sha256


# ------------------------------------------------------------ the window's dossier view


def test_the_dossier_view_shows_pdfs_and_images_from_the_stored_payload(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The demo's first candidate, with its real deck (PDF) and mock-ups (PNG), in a bundle.
    demo = demo_session_spec(DEMO_DAY).candidates[0]
    spec = small_session_spec()
    first = dataclasses.replace(spec.candidates[0], documents=demo.documents)
    spec = dataclasses.replace(spec, candidates=(first, *spec.candidates[1:]))
    setting = make_setting(tmp_path, NOW, spec, fast_secrets=True)
    bundle = setting.build("demo-documents.jdbundle", FakeClock(NOW), passphrase=None)
    setting.chair.open(bundle, FakeClock(NOW))
    with _workspace(setting.chair) as workspace:
        view = DossierView(JurorDesk(workspace))
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.show_candidate(first.id)
        shown: dict[DocumentKind, QWidget] = {}
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            tab = view.tabs.widget(index)
            page = view.current_page()
            assert isinstance(tab, DocumentTab) and page is not None
            shown.setdefault(tab.summary.kind, page)
        deck = shown[DocumentKind.DECK]
        assert isinstance(deck, PdfPage) and deck.document is not None
        assert deck.document.status() == QPdfDocument.Status.Ready
        assert deck.document.pageCount() >= 2
        mockup = shown[DocumentKind.MOCKUPS]
        assert isinstance(mockup, ImagePage)
        assert (mockup.pixmap.width(), mockup.pixmap.height()) == MOCKUP_SIZE
        view.close()


# ------------------------------------------------------------ `workspace check`, whole


def test_the_whole_check_reads_every_copy_and_hashes_every_document(
    setting: Setting, bundle: Path, chair: Juror
) -> None:
    chair.open(bundle, FakeClock(NOW))
    expected = _expected_contents(setting)
    with _workspace(chair) as workspace:
        with workspace.reading() as session:
            report = check_documents(session)
        assert (report.documents, report.payload_copies, report.problems) == (len(expected), 1, ())
        # A recorded SHA-256 that the (authentic) content does not have: named, with its file.
        with workspace.session() as session:
            document = session.scalars(
                select(DossierDocument).where(DossierDocument.title == "plusieurs-blocs.pdf")
            ).one()
            document.sha256 = "0" * 64
        with workspace.reading() as session:
            [payload] = session.scalars(select(BundlePayload)).all()
            [problem] = check_documents(session).problems
    copy = workspace_path(chair.home, SESSION_ID).parent / payload.file_name
    assert problem == f"{copy}: « plusieurs-blocs.pdf » (cand-1) differs from its SHA-256"


def test_the_whole_check_hashes_documents_kept_in_rows_too(tmp_path: Path) -> None:
    fixture = next(_released_before_0004())
    path = tmp_path / "workspace.db"
    shutil.copy(fixture, path)
    key = bytes.fromhex(fixture.with_suffix(".key").read_text().strip())
    with Workspace.open(path, key, FakeClock(NOW)) as workspace:
        with workspace.reading() as session:
            report = check_documents(session)
        assert report.documents > 0 and report.payload_copies == 0 and report.problems == ()
        with workspace.session() as session:
            chunk = session.scalars(select(DocumentChunk).order_by(DocumentChunk.id)).first()
            assert chunk is not None
            chunk.data = b"x" + chunk.data[1:]
            title = chunk.document.title
        with workspace.reading() as session:
            assert check_documents(session).problems == (
                f"{path}: « {title} » ({chunk.document.candidate_id}) differs from its SHA-256",
            )
