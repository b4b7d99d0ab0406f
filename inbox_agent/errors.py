"""Errors the agent raises across its own layers; each tells the user what to do next."""

from __future__ import annotations


class InboxAgentError(Exception):
    """Base for every error this package raises on purpose."""


class ConfigError(InboxAgentError):
    """rules.yaml or the environment is wrong; the message says where and how to fix it."""


class MailboxError(InboxAgentError):
    """The mailbox could not be reached or used."""


class StorageError(InboxAgentError):
    """The database or the blob store refused an operation."""
