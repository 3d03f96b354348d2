"""The one error kind of PDF signing and verification: a file the user must replace or fix."""

from jury_desk.kernel.errors import UserError


class SheetSignatureError(UserError):
    """A PDF could not be signed, its signatures could not be read, or one is refused.

    The message says why; a refused signature's is kept in `SignatureCheck.refusal`.
    """
