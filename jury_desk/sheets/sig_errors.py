"""The one error kind of PDF signing and verification: a file the user must replace or fix."""

from jury_desk.errors import UserError


class SheetSignatureError(UserError):
    """A PDF could not be signed or its signatures could not be read; the message says why."""
