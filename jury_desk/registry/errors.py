"""The registry's refusals: each one clear line, nothing half-written."""

from __future__ import annotations

from jury_desk.kernel.errors import UserError


class RegistryError(UserError):
    """The registry cannot do what was asked; the message says why."""


class StaleEditError(RegistryError):
    """Someone else changed the row since it was read: the edit is refused, theirs kept."""


class NotFoundError(RegistryError):
    """The session, candidate, juror or jury named is not in the registry."""
