"""Opening the registry for the window: where the preferences say, created on first use
after asking, with the organiser's name as the author of every change."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from jury_desk.registry.location import RegistryLocation, parse_location
from jury_desk.registry.store import Registry
from jury_desk.ui.shell.context import WindowContext
from jury_desk.ui.shell.preferences_dialog import ORGANISER_NAME_KEY as NAME_KEY
from jury_desk.ui.shell.preferences_dialog import REGISTRY_KEY as LOCATION_KEY


def registry_location(context: WindowContext) -> RegistryLocation:
    text = str(context.settings.value(LOCATION_KEY, "") or "")
    return parse_location(text, context.profile.home)


def organiser_name(settings: QSettings) -> str:
    """Who the registry's journal and a refused edit name: the preference, else the login."""
    name = str(settings.value(NAME_KEY, "") or "").strip()
    return name or getpass.getuser()


def open_for_window(context: WindowContext, parent: QWidget) -> Registry:
    """The registry, made first if it is the data folder's file and the organiser agrees.

    Raises the core's UserError (the caller shows it); returns only an open registry.
    """
    from jury_desk.registry.opening import NoRegistryError, open_registry

    location = registry_location(context)
    secrets = context.profile.secrets
    name = organiser_name(context.settings)
    try:
        return open_registry(context.profile.home, location, secrets, context.clock, name)
    except NoRegistryError:
        if not _may_create(parent):
            raise
    return open_registry(context.profile.home, location, secrets, context.clock, name, create=True)


def _may_create(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OrganiserOpening", "Espace organisateur"),
        QCoreApplication.translate(
            "OrganiserOpening",
            "Ce poste n’a pas encore de registre de l’organisateur. Le créer maintenant ? "
            "Il sera chiffré, sa clé gardée dans le trousseau de ce poste.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
