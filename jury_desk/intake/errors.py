"""The one error of intake: a spreadsheet or attachments refused, in one line naming the file."""

from __future__ import annotations

from jury_desk.kernel.errors import UserError


class IntakeError(UserError):
    """A candidates' spreadsheet or attachments source refused; the message names the file."""
