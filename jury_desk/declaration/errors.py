"""The declaration's refusals, each one line."""

from __future__ import annotations

from jury_desk.kernel.errors import UserError


class DeclarationError(UserError):
    """A schema, a flow or a report the declaration cannot use; the message says why."""
