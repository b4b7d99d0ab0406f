"""Passwords, CSRF tokens, login throttling and the session secret.

Passwords are hashed with Argon2id (argon2-cffi's defaults follow RFC 9106). CSRF uses a
per-session synchroniser token compared in constant time. Failed logins are throttled per
account and per client address with an exponential back-off kept in memory: enough for
one app process; a team behind several processes would move it to the database.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from inbox_agent.errors import ConfigError

_hasher = PasswordHasher()
PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "changethis"})
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    """Argon2id hash of a password; refuses ones too short to be worth hashing."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when the password matches; never raises on a malformed stored hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_csrf_token() -> str:
    """A fresh unguessable token for one session."""
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; a missing token never matches."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def session_secret(configured: str | None, home: Path) -> str:
    """The key that signs session cookies.

    A configured key must not be a placeholder. Without one, a random key is made once and
    kept in the workspace (mode 0600), so sessions survive a restart of a demo or a
    single-machine install.
    """
    if configured is not None:
        if configured.strip().lower() in PLACEHOLDER_SECRETS or len(configured) < 32:
            raise ConfigError(
                "INBOX_AGENT_SECRET_KEY is a placeholder or shorter than 32 characters; set it "
                "to a random value, e.g. the output of: openssl rand -base64 48"
            )
        return configured
    path = home / "session-secret"
    if path.exists():
        return path.read_text().strip()
    home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


@dataclass
class _Failures:
    count: int = 0
    until: float = 0.0


@dataclass
class LoginThrottle:
    """Exponential back-off after repeated failures, per account and per client address."""

    free_attempts: int = 5
    base_delay: float = 2.0
    max_delay: float = 900.0
    _state: dict[str, _Failures] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_seconds(self, *keys: str) -> float:
        """How long these keys must still wait before another attempt (0 when free)."""
        now = time.monotonic()
        with self._lock:
            return max(
                (max(0.0, self._state[k].until - now) for k in keys if k in self._state),
                default=0.0,
            )

    def failed(self, *keys: str) -> None:
        """Count a failure; past the free attempts each one doubles the wait."""
        now = time.monotonic()
        with self._lock:
            for key in keys:
                entry = self._state.setdefault(key, _Failures())
                entry.count += 1
                over = entry.count - self.free_attempts
                if over >= 0:
                    entry.until = now + min(self.max_delay, self.base_delay * (2**over))

    def succeeded(self, *keys: str) -> None:
        """A good login clears the account's and the address's record."""
        with self._lock:
            for key in keys:
                self._state.pop(key, None)
