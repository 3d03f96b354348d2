"""What a column of the candidates' spreadsheet can be, and the header words that say so."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase


class CandidateField(StrEnum):
    """A piece of an application the organiser can map a column to."""

    REFERENCE = "reference"  # the application's own number (Démarches Simplifiées' ID)
    BIRTH_NAME = "birth_name"
    USAGE_NAME = "usage_name"
    FIRST_NAMES = "first_names"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    BIRTH_INSEE_CODE = "birth_insee_code"
    BIRTH_POSTAL_CODE = "birth_postal_code"
    BIRTH_COMMUNE = "birth_commune"
    BIRTH_COUNTRY_CODE = "birth_country_code"
    BIRTH_COUNTRY = "birth_country"
    # The social security number: taken only if the organiser keeps them (registry/nir.py).
    NIR = "nir"
    EMAIL = "email"
    PHONE = "phone"
    STARTUP = "startup"
    INCUBATOR = "incubator"
    PHASE = "phase"
    ROLE = "role"
    SITE_URL = "site_url"
    PRODUCT_SHEET_URL = "product_sheet_url"


# How each field is named in messages and in the window (translated there).
FIELD_LABELS: Final[dict[CandidateField, str]] = {
    CandidateField.REFERENCE: QT_TRANSLATE_NOOP("messages", "application reference"),
    CandidateField.BIRTH_NAME: QT_TRANSLATE_NOOP("messages", "birth name"),
    CandidateField.USAGE_NAME: QT_TRANSLATE_NOOP("messages", "usage name"),
    CandidateField.FIRST_NAMES: QT_TRANSLATE_NOOP("messages", "first names"),
    CandidateField.BIRTH_DATE: QT_TRANSLATE_NOOP("messages", "date of birth"),
    CandidateField.SEX: QT_TRANSLATE_NOOP("messages", "sex"),
    CandidateField.BIRTH_INSEE_CODE: QT_TRANSLATE_NOOP(
        "messages", "INSEE code of the birth commune"
    ),
    CandidateField.BIRTH_POSTAL_CODE: QT_TRANSLATE_NOOP("messages", "postal code of birth"),
    CandidateField.BIRTH_COMMUNE: QT_TRANSLATE_NOOP("messages", "commune of birth"),
    CandidateField.BIRTH_COUNTRY_CODE: QT_TRANSLATE_NOOP("messages", "country code of birth"),
    CandidateField.BIRTH_COUNTRY: QT_TRANSLATE_NOOP("messages", "country of birth"),
    CandidateField.NIR: QT_TRANSLATE_NOOP("messages", "social security number"),
    CandidateField.EMAIL: QT_TRANSLATE_NOOP("messages", "e-mail address"),
    CandidateField.PHONE: QT_TRANSLATE_NOOP("messages", "telephone"),
    CandidateField.STARTUP: QT_TRANSLATE_NOOP("messages", "start-up"),
    CandidateField.INCUBATOR: QT_TRANSLATE_NOOP("messages", "incubator"),
    CandidateField.PHASE: QT_TRANSLATE_NOOP("messages", "phase"),
    CandidateField.ROLE: QT_TRANSLATE_NOOP("messages", "role"),
    CandidateField.SITE_URL: QT_TRANSLATE_NOOP("messages", "link to the service"),
    CandidateField.PRODUCT_SHEET_URL: QT_TRANSLATE_NOOP("messages", "link to the product sheet"),
}

# Header words, folded (folding.folded_words: no accents, no case, separators as one
# space), French first. A header names the field whose longest words it contains, so
# « Code INSEE de la commune de naissance » is the INSEE code, not the commune.
# A bare « Nom » is taken for the birth name: the name the CDC needs first.
HEADER_WORDS: Final[dict[CandidateField, tuple[str, ...]]] = {
    CandidateField.REFERENCE: (
        "reference",
        "reference du dossier",
        "numero de dossier",
        "n dossier",
        "dossier",
        "id",
        "dossier id",
        "identifiant",
        "application id",
        "application number",
    ),
    CandidateField.BIRTH_NAME: (
        "nom de naissance",
        "nom",
        "nom de famille",
        "birth name",
        "last name",
        "surname",
        "family name",
        "name at birth",
    ),
    CandidateField.USAGE_NAME: (
        "nom d usage",
        "nom marital",
        "nom d epouse",
        "usage name",
        "married name",
        "preferred name",
    ),
    CandidateField.FIRST_NAMES: (
        "prenom s",
        "prenoms",
        "prenom",
        "first name",
        "first names",
        "given name",
        "given names",
        "forename",
    ),
    CandidateField.BIRTH_DATE: (
        "date de naissance",
        "ne e le",
        "nee le",
        "ne le",
        "birth date",
        "date of birth",
        "birthdate",
    ),
    CandidateField.SEX: ("sexe", "civilite", "genre", "sex", "gender"),
    CandidateField.BIRTH_INSEE_CODE: (
        "code insee de la commune de naissance",
        "code insee de naissance",
        "code insee",
        "code commune de naissance",
        "insee",
        "insee code",
    ),
    CandidateField.BIRTH_POSTAL_CODE: (
        "code postal de naissance",
        "code postal de la commune de naissance",
        "code postal",
        "cp de naissance",
        "postal code",
        "zip code",
    ),
    CandidateField.BIRTH_COMMUNE: (
        "commune de naissance",
        "ville de naissance",
        "lieu de naissance",
        "birth place",
        "place of birth",
        "city of birth",
        "town of birth",
    ),
    CandidateField.BIRTH_COUNTRY_CODE: (
        "code pays de naissance",
        "code pays",
        "country code",
        "code du pays de naissance",
    ),
    CandidateField.BIRTH_COUNTRY: (
        "pays de naissance",
        "pays",
        "country of birth",
        "birth country",
        "country",
    ),
    CandidateField.NIR: (
        "nir",
        "numero de securite sociale",
        "n de securite sociale",
        "securite sociale",
        "numero de secu",
        "n secu",
        "numero nir",
        "social security number",
    ),
    CandidateField.EMAIL: (
        "courriel",
        "e mail",
        "email",
        "mail",
        "adresse electronique",
        "adresse e mail",
        "adresse mail",
        "adresse email",
    ),
    CandidateField.PHONE: (
        "telephone",
        "tel",
        "numero de telephone",
        "portable",
        "mobile",
        "phone",
        "phone number",
    ),
    CandidateField.STARTUP: (
        "startup",
        "start up",
        "startup d etat",
        "start up d etat",
        "nom de la startup",
        "nom de la start up",
        "produit",
        "state startup",
    ),
    CandidateField.INCUBATOR: ("incubateur", "incubator", "nom de l incubateur"),
    CandidateField.PHASE: ("phase", "phase de la startup", "stade", "stage"),
    CandidateField.ROLE: ("role", "fonction", "poste", "job title", "position"),
    CandidateField.SITE_URL: (
        "lien vers le service",
        "lien du service",
        "url du service",
        "site",
        "site web",
        "site internet",
        "adresse du service",
        "site de la startup",
        "site de la start up",
        "service url",
        "website",
        "link to the service",
    ),
    CandidateField.PRODUCT_SHEET_URL: (
        "fiche produit",
        "lien vers la fiche produit",
        "lien de la fiche produit",
        "product sheet",
        "product page",
    ),
}


def field_label(field: CandidateField) -> Phrase:
    """The field's name for a message, translated by the window like the message."""
    label = FIELD_LABELS[field]
    return Phrase(label)
