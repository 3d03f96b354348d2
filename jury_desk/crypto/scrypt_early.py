"""A passphrase file's scrypt started ahead, in its helper process (issue #17).

The window knows, as it starts, the passphrase (given in a file) and the key
file it will open; its scrypt takes most of a second. Started here, the whole
file given to the helper to open (age_passphrase.opening), it runs while the
window draws and pyrage loads after the first frame; age_passphrase then takes
the helper's answer (scrypt_child.open_in_helper).
"""

from __future__ import annotations

from jury_desk.crypto import scrypt_child
from jury_desk.crypto.age_passphrase import opening
from jury_desk.kernel.errors import UserError


def start_deriving(data: bytes, passphrase: str) -> None:
    """Start the scrypt that decrypt_passphrase_file(data, passphrase) will need, if sane.

    A header refused here is refused again, with its message, by the opening itself.
    """
    try:
        asked = opening(data, passphrase)
    except (UserError, ValueError):
        return
    scrypt_child.start_request_early(asked.request)
