"""A passphrase file's scrypt started ahead, in its helper process (issue #17).

The window knows, as it starts, the passphrase (given in a file) and the key
file it will open; its scrypt takes most of a second. Started here, from the
file's plain-text header, it runs while the window draws and the rest of the
crypto stack (cryptography's ciphers, pyrage) loads after the first frame;
age_passphrase then takes the helper's answer (scrypt_child.derive_wrap_key).
"""

from __future__ import annotations

from jury_desk.crypto import scrypt_child
from jury_desk.crypto.age_header import check_passphrase_header, decode_base64
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


def start_deriving(data: bytes, passphrase: str) -> None:
    """Start the scrypt that decrypt_passphrase_file(data, passphrase) will need, if sane.

    A header refused here is refused again, with its message, by the opening itself.
    """
    try:
        stanza = check_passphrase_header(data).stanzas[0]
        salt = decode_base64(
            stanza.args[0].encode("ascii"), QT_TRANSLATE_NOOP("messages", "the passphrase salt")
        )
    except (UserError, ValueError):
        return
    scrypt_child.start_early(passphrase, salt, int(stanza.args[1]))
