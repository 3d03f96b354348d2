"""Checking a letter or certificate from the Results tab, as `jury-desk certificate verify`
does: the signature, its chain to the organiser's authority (or to an earlier certificate
of it, before a renewal), the signer, the code printed, then the registry (the code known,
this very file, neither revoked nor superseded); and a code looked up in the registry.
The verdicts are said in words, the file by its name only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from PySide6.QtCore import QCoreApplication

from jury_desk.certificates.data import Certificate, shown_code
from jury_desk.certificates.verify import CertifierVerdict, verify_certificate_document
from jury_desk.kernel.errors import UserError
from jury_desk.registry.issued_documents import IssuedRecord, check_issued
from jury_desk.registry.models.documents import CERTIFICATE
from jury_desk.registry.store import Registry
from jury_desk.ui.organiser.results_models import day_text, outcome_words, paris_time_text
from jury_desk.ui.shell.error_text import error_text


@dataclass(frozen=True)
class Checked:
    """One document's verdict: the file's name, what was verified, what was found."""

    name: str
    verdict: CertifierVerdict
    findings: list[UserError]

    @property
    def valid(self) -> bool:
        return not self.findings


def authorities(folder: Path) -> list[x509.Certificate]:
    """The organiser's authority certificate, then its certificates before renewals."""
    from jury_desk.trust.authority import load_authority_certificate
    from jury_desk.trust.succession import previous_certificates

    return [load_authority_certificate(folder), *previous_certificates(folder)]


def check_document(
    pdf: bytes, name: str, trusted: list[x509.Certificate], registry: Registry
) -> Checked:
    """The verdict against the first authority, or an earlier one it is valid against, then
    the registry's word on a document that is valid on its own."""
    verdict = verify_certificate_document(pdf, trusted[0])
    for earlier in trusted[1:]:  # a document signed before the authority's renewal
        if verdict.valid:
            break
        if (again := verify_certificate_document(pdf, earlier)).valid:
            verdict = again
    findings = list(verdict.findings)
    if verdict.document is not None and not findings:
        findings += check_issued(registry, verdict.document, pdf)
    return Checked(name, verdict, findings)


def checked_text(checked: Checked) -> str:
    if not checked.valid:
        reasons = "\n".join(f"– {error_text(finding)}" for finding in checked.findings)
        return QCoreApplication.translate(
            "LettersBox", "INVALIDE : {file}. Raisons :\n{reasons}"
        ).format(file=checked.name, reasons=reasons)
    verdict = checked.verdict
    document = verdict.document
    assert document is not None and verdict.signed_at is not None  # a valid verdict has both
    if isinstance(document, Certificate):
        what = QCoreApplication.translate("LettersBox", "parchemin de {name}").format(
            name=document.holder_name
        )
    else:
        what = QCoreApplication.translate("LettersBox", "lettre de décision de {name}").format(
            name=document.candidate_name
        )
    return QCoreApplication.translate(
        "LettersBox",
        "VALIDE : {file} — {what}, code {code}, signé par {signer} le {moment} (heure de "
        "Paris). En vigueur au registre.",
    ).format(
        file=checked.name,
        what=what,
        code=shown_code(document.code),
        signer=verdict.signer_name or "",
        moment=paris_time_text(verdict.signed_at),
    )


def record_text(record: IssuedRecord) -> str:
    """Whose document the code is, its decision, and whether it is in force."""
    if record.revoked:
        state = QCoreApplication.translate("LettersBox", "révoqué : {reason}").format(
            reason=record.revocation_reason
        )
    elif record.superseded:
        state = QCoreApplication.translate(
            "LettersBox", "remplacé : sa décision a été rectifiée depuis"
        )
    else:
        state = QCoreApplication.translate("LettersBox", "en vigueur")
    if record.kind == CERTIFICATE:
        kind = QCoreApplication.translate("LettersBox", "Parchemin")
    else:
        kind = QCoreApplication.translate("LettersBox", "Lettre de décision")
    return QCoreApplication.translate(
        "LettersBox",
        "Code {code} : {kind} de {name} ({candidate}), décision « {outcome} » du {decided}, "
        "émis le {issued}, signé par {signer}, fichier {file} — {state}.",
    ).format(
        code=shown_code(record.code),
        kind=kind,
        name=record.candidate_name,
        candidate=record.candidate_id,
        outcome=outcome_words(record.outcome),
        decided=day_text(record.decided_at.date()),
        issued=paris_time_text(record.issued_at),
        signer=record.signer,
        file=record.file_name,
        state=state,
    )
