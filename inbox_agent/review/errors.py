"""Errors a reviewer sees; each says what happened and what to do."""

from __future__ import annotations

from inbox_agent.errors import InboxAgentError


class ReviewError(InboxAgentError):
    """The requested review action is not allowed as asked."""


class ReviewConflict(ReviewError):
    """Someone else changed the item first (optimistic lock lost)."""


class NotFound(ReviewError):
    """The item does not exist (any more)."""
