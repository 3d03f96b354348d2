"""The one error kind of the trust package: a certificate, key or request the user must fix."""

from jury_desk.kernel.errors import UserError


class TrustError(UserError):
    """A key, certificate, enrolment request or signature was refused; the message says why."""
