"""Applications as an organiser receives them: an XLSX export (Démarches Simplifiées-like
headers) and a ZIP of dossiers with one folder per application number."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

from jury_desk.kernel.file_names import ascii_words

HEADERS = (
    "Numéro de dossier",
    "Nom de naissance",
    "Prénom(s)",
    "Date de naissance",
    "Sexe",
    "Code INSEE de la commune de naissance",
    "Courriel",
    "Start-up d'État",
    "Incubateur",
    "Phase",
    "Rôle",
    "Lien vers le service",
    "Fiche produit",
)

# Eight applications: (number, birth name, first names, incubator, start-up).
APPLICATIONS = (
    ("10001", "Arnaud", "Camille", "DINUM", "Aidants Connect"),
    ("10002", "Benali", "Yasmine", "DINUM", "Démarches simplifiées"),
    ("10003", "Chevalier", "Louis, Marie", "Fabrique des ministères sociaux", "1jeune1solution"),
    ("10004", "Diallo", "Aïssatou", "Fabrique des ministères sociaux", "Mon suivi justice"),
    ("10005", "Étienne", "Hugo", "Incubateur de la DGFiP", "Signal conso"),
    ("10006", "Fournier", "Léa", "Incubateur de la DGFiP", "Zéro logement vacant"),
    ("10007", "Garnier", "Noé", "DINUM", "Pix Orga"),
    ("10008", "N'Diaye", "Fatou", "Fabrique des ministères sociaux", "Carnet de bord"),
)


def write_applications_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for number, (ref, name, first, incubator, startup) in enumerate(APPLICATIONS, start=1):
        sheet.append(
            (
                ref,
                name,
                first,
                date(1980 + number, number, 10 + number),  # a real date cell
                "F" if number % 2 else "M",
                "75056",
                f"{ascii_words(first.split(',')[0])}.{ascii_words(name)}@example.gouv.fr".lower(),
                startup,
                incubator,
                "Accélération",
                "Intrapreneur·e",
                f"https://beta.gouv.fr/startups/{ref}",
                f"https://beta.gouv.fr/startups/{ref}.html",
            )
        )
    book.save(path)
    return path


def write_dossiers_zip(path: Path) -> Path:
    """One folder per application number, the four files each dossier holds."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for ref, *_rest in APPLICATIONS:
            archive.writestr(f"dossiers/{ref}/entretiens-utilisateurs.pdf", minimal_pdf(ref))
            archive.writestr(f"dossiers/{ref}/maquettes.png", small_png())
            archive.writestr(f"dossiers/{ref}/tableau-investissement.csv", "poste;montant\n")
            archive.writestr(f"dossiers/{ref}/presentation.pdf", minimal_pdf(f"deck {ref}"))
    return path


def minimal_pdf(text: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.save()
    return buffer.getvalue()


def small_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 0, 145)).save(buffer, "PNG")
    return buffer.getvalue()
