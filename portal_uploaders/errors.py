"""Errors a portal channel raises, translated at the boundary from Playwright's or HTTP's.

Each error says two things the upload ledger acts on:

- ``transient``: may the same attempt succeed if simply tried again later (the portal
  was down, answered 503, a connection dropped)? Only these are retried, with backoff.
  A wrong password or a refused field is not: trying again would lock the account or
  repeat the same refusal, so it fails at once with a message for a person.
- ``outcome_unknown``: did it happen after **Submit** was clicked? Then the portal may
  hold the invoice even though we never saw its answer, and nobody may submit again
  before looking the invoice number up in the portal.

Messages never contain a password, a TOTP seed or a code (see :mod:`.credentials`).
"""

from __future__ import annotations

from inbox_agent.errors import InboxAgentError


class PortalError(InboxAgentError):
    """Base: something stopped an upload; ``code`` is the short word the ledger keeps."""

    code = "portal_error"
    transient = False
    outcome_unknown = False


class PortalConfigError(PortalError):
    """rules.yaml, a flow file or the credentials are unusable; a person must fix them."""

    code = "config"


class PortalCredentialsMissing(PortalConfigError):
    """A username, password or TOTP seed is in neither the environment nor the keyring."""

    code = "credentials_missing"


class PortalAuthError(PortalError):
    """The portal refused the username or password: never retried (accounts lock)."""

    code = "auth"


class PortalMfaError(PortalError):
    """The portal refused the second-factor code: a wrong seed, or a clock far off."""

    code = "mfa"


class PortalSessionExpired(PortalError):
    """The portal sent us back to its sign-in page in the middle of a flow."""

    code = "session_expired"
    transient = True


class PortalUnavailable(PortalError):
    """The portal could not be reached or answered with a server error; worth retrying."""

    code = "unavailable"
    transient = True


class PortalFlowError(PortalError):
    """A label, button or row the flow expects is not on the page.

    Usually the portal changed a screen: the fix is in ``portal_uploaders/flows/`` or in
    the account's ``flow_overrides`` in rules.yaml, not in a retry.
    """

    code = "flow"


class PortalValidationError(PortalError):
    """The portal refused the invoice form (a required field, a future date, a total)."""

    code = "validation"


class PortalDuplicateError(PortalError):
    """The portal already holds an invoice with this number: recorded as ``rejected``."""

    code = "duplicate"


class InvoiceMismatchError(PortalError):
    """The total the portal calculated differs from our invoice; nothing was submitted."""

    code = "mismatch"


class InvalidInvoiceError(PortalError):
    """Our own invoice data is unusable (no PDF, a bad sidecar file, totals that disagree)."""

    code = "invalid_invoice"


class OutcomeUnknownError(PortalError):
    """Submit was clicked and then something failed: the portal may or may not have it.

    The ledger leaves the entry in ``submitting`` and the next attempt looks the invoice
    number up in the portal before doing anything else.
    """

    code = "outcome_unknown"
    outcome_unknown = True


class LookupUnavailableError(PortalError):
    """This channel cannot look an invoice up (e.g. a post-only cXML endpoint)."""

    code = "lookup_unavailable"
