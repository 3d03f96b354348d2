"""The session's next step in one sentence, for the session page: what to do, and where."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jury_desk.session.progress import Progress, Step


def next_step_text(progress: Progress) -> str:
    n, revision = progress.pending, progress.minutes_revision
    if progress.step is Step.SIGN_SHEETS:
        return QCoreApplication.translate(
            "next_step", "Étape suivante : signer vos grilles (%n candidat·e(s) à évaluer).", "", n
        )
    if progress.step is Step.SEND_SHEETS:
        return QCoreApplication.translate(
            "next_step",
            "Étape suivante : envoyer vos grilles signées à la présidence du jury, puis "
            "cosigner le procès-verbal quand il vous parvient (Fichier › Cosigner le "
            "procès-verbal…).",
        )
    if progress.step is Step.IMPORT_SHEETS:
        return QCoreApplication.translate(
            "next_step",
            "Étape suivante : importer les grilles signées de l’autre juré·e (%n candidat·e(s)) "
            "— Fichier › Importer des grilles…",
            "",
            n,
        )
    if progress.step is Step.DELIBERATE:
        return QCoreApplication.translate(
            "next_step",
            "Étape suivante : délibérer (%n candidat·e(s) sans décision) — Navigation › "
            "Délibération.",
            "",
            n,
        )
    if progress.step is Step.SIGN_MINUTES and revision is not None:
        return QCoreApplication.translate(
            "next_step",
            "Étape suivante : des décisions ont changé depuis la révision {r} du procès-verbal ; "
            "signer un nouveau procès-verbal — Fichier › Exporter le procès-verbal signé…",
        ).format(r=revision)
    if progress.step is Step.SIGN_MINUTES:
        return QCoreApplication.translate(
            "next_step",
            "Étape suivante : signer le procès-verbal — Fichier › Exporter le procès-verbal signé…",
        )
    if progress.step is Step.COSIGNATURE:
        return QCoreApplication.translate(
            "next_step",
            "Étape suivante : faire cosigner le procès-verbal (révision {r}) par le membre du "
            "jury, puis l’importer — Fichier › Importer des grilles…",
        ).format(r=revision)
    return QCoreApplication.translate(
        "next_step",
        "Étape suivante : exporter les résultats pour l’organisateur — Fichier › Exporter les "
        "résultats pour l’organisateur…",
    )
