"""Values the convocation tests share with their fixtures (conftest.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
VIDEO_LINK = (
    "https://webinaire.numerique.gouv.fr/meeting/signin/invite/12345/creator/678/hash/"
    "0123456789abcdef0123456789abcdef0123456789abcdef"
)
ROOM = "Salle Gaspard-Monge, 20 avenue de Ségur, 75007 Paris"
STAMP = datetime(2027, 4, 20, 8, 30, tzinfo=PARIS)
