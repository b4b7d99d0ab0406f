"""Portal sign-in secrets: from the environment, else the system keyring; TOTP by pyotp.

rules.yaml only *names* the variables (``password_env: INBOX_AGENT_COUPA_PASSWORD``). A
secret is looked up under that same name, first in the process environment, then, when
the optional ``keyring`` package is installed and has a working backend, in the system
keyring under the service ``inbox-agent`` (``keyring set inbox-agent
INBOX_AGENT_COUPA_PASSWORD``). One name for both places means an admin never has to learn
a second naming scheme.

Secrets travel as :class:`pydantic.SecretStr`, whose ``repr`` and ``str`` are masked, so a
log line or an exception that formats a credentials object shows ``**********``. Nothing
in this package logs a secret's value; :func:`redact` scrubs error text from Playwright
(which may echo what was typed) before it reaches a log, the ledger or the CLI.
"""

from __future__ import annotations

import importlib
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyotp
from pydantic import SecretStr

from inbox_agent.config.rules import PortalAccount
from portal_uploaders.errors import PortalConfigError, PortalCredentialsMissing

log = logging.getLogger(__name__)

KEYRING_SERVICE = "inbox-agent"
TOTP_SAFETY_SECONDS = 3
"""A code with less life left than this is not typed; we wait for the next one."""

SecretLookup = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class PortalCredentials:
    """A portal account's user, password and optional TOTP seed; masked when printed."""

    username: str
    password: SecretStr
    totp_secret: SecretStr | None = None

    def secrets(self) -> tuple[str, ...]:
        """Every secret value, for :func:`redact`."""
        values = [self.password.get_secret_value()]
        if self.totp_secret is not None:
            values.append(self.totp_secret.get_secret_value())
        return tuple(v for v in values if v)


def keyring_available() -> bool:
    """True when ``keyring`` is installed and has a backend that can actually store."""
    try:
        keyring = importlib.import_module("keyring")
    except ImportError:
        return False
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    return isinstance(priority, int | float) and priority > 0


def _keyring_lookup(name: str) -> str | None:
    if not keyring_available():
        return None
    keyring = importlib.import_module("keyring")
    try:
        value = keyring.get_password(KEYRING_SERVICE, name)
    except Exception as exc:
        log.warning("the system keyring could not be read for %s: %s", name, type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def default_lookup(env: Mapping[str, str] | None = None) -> SecretLookup:
    """Environment first, then the keyring."""
    source = os.environ if env is None else env

    def lookup(name: str) -> str | None:
        value = source.get(name)
        if value:
            return value
        return _keyring_lookup(name)

    return lookup


def load_credentials(
    portal: str, account: PortalAccount, lookup: SecretLookup | None = None
) -> PortalCredentials:
    """The account's credentials, or a message naming every variable that is missing.

    Raises:
        PortalCredentialsMissing: a username, password or (when named) TOTP seed is unset.
        PortalConfigError: the TOTP seed is not base32.
    """
    get = lookup or default_lookup()
    names = [account.username_env, account.password_env]
    if account.totp_secret_env:
        names.append(account.totp_secret_env)
    values = {name: get(name) for name in names}
    missing = [name for name, value in values.items() if not value]
    if missing:
        hints = ", ".join(missing)
        msg = (
            f"{portal}: sign-in details missing: set {hints} in the environment"
            f" or in the system keyring (keyring set {KEYRING_SERVICE} NAME)"
        )
        raise PortalCredentialsMissing(msg)
    totp = values.get(account.totp_secret_env) if account.totp_secret_env else None
    if totp is not None:
        _check_seed(portal, account.totp_secret_env or "", totp)
    return PortalCredentials(
        username=values[account.username_env] or "",
        password=SecretStr(values[account.password_env] or ""),
        totp_secret=SecretStr(totp) if totp else None,
    )


def _check_seed(portal: str, name: str, seed: str) -> None:
    try:
        pyotp.TOTP(seed).now()
    except (ValueError, TypeError) as exc:
        msg = (
            f"{portal}: {name} is not a usable TOTP seed ({exc}); give the base32 secret the "
            "portal showed when the authenticator app was set up"
        )
        raise PortalConfigError(msg) from exc


def totp_code(
    secret: SecretStr,
    *,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """The current 6-digit code, waiting for the next one if this one is about to expire.

    A code typed with a second of life left is often refused by the time the form reaches
    the portal; waiting up to three seconds is cheaper than a failed sign-in, which many
    portals count towards locking the account.
    """
    totp = pyotp.TOTP(secret.get_secret_value())
    now = clock()
    left = totp.interval - (now % totp.interval)
    if left < TOTP_SAFETY_SECONDS:
        sleep(left + 0.05)
        now = clock()
    return totp.at(now)


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret value replaced by ``***``."""
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return text
