"""The schema of rules.yaml, the file admins own.

Every model forbids unknown keys: a misspelt key must be an error with its line number and
a "did you mean", never a silently ignored setting (a typo in a threshold moves money).
Secrets never live here; a section names the environment variable that holds each one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Category = Literal[
    "remittance",
    "invoice_request",
    "statement_request",
    "dispute",
    "payment_promise",
    "auto_reply",
    "portal_notification",
    "other",
]
CATEGORIES: tuple[str, ...] = (
    "remittance",
    "invoice_request",
    "statement_request",
    "dispute",
    "payment_promise",
    "auto_reply",
    "portal_notification",
    "other",
)
PortalName = Literal["coupa", "ariba", "taulia"]
EnvVarName = Annotated[str, Field(pattern=r"^[A-Z_][A-Z0-9_]*$")]


class StrictModel(BaseModel):
    """Base for every rules.yaml section: unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class MailboxFolders(StrictModel):
    """Where the agent files what it has read."""

    inbox: str = "INBOX"
    needs_person: str = "Needs a person"
    failed: str = "Agent failed"


class MailboxRules(StrictModel):
    """Which mailbox to watch; INBOX_AGENT_MAILBOX_URL overrides ``url``."""

    url: str | None = None
    password_env: EnvVarName = "INBOX_AGENT_MAILBOX_PASSWORD"
    folders: MailboxFolders = MailboxFolders()
    max_message_mb: int = Field(default=25, gt=0)


class RuleCondition(StrictModel):
    """What a message must look like for a sorting rule to fire; all given parts must hold."""

    from_address: list[str] = []
    from_domain: list[str] = []
    subject: str | None = None
    body: str | None = None
    attachment_types: list[str] = []
    headers: dict[str, str] = {}

    @field_validator("subject", "body")
    @classmethod
    def _valid_regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value

    @field_validator("headers")
    @classmethod
    def _valid_header_regexes(cls, value: dict[str, str]) -> dict[str, str]:
        for name, pattern in value.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"header {name}: not a valid regular expression: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> RuleCondition:
        if not (
            self.from_address
            or self.from_domain
            or self.subject
            or self.body
            or self.attachment_types
            or self.headers
        ):
            raise ValueError("a rule needs at least one condition under 'when'")
        return self


class SortingRule(StrictModel):
    """One admin rule: first matching rule wins, before the fallback classifier."""

    name: str
    category: Category
    when: RuleCondition


class CategoryAction(StrictModel):
    """What happens to a message of one category once it is sorted."""

    folder: str
    action: Literal["extract_remittance", "draft_reply", "file_only", "track_portal"] = "file_only"


class SortingRules(StrictModel):
    """Rules first, then the fallback classifier; below ``min_confidence`` a person decides."""

    min_confidence: float = Field(default=0.6, ge=0, le=1)
    rules: list[SortingRule] = []
    categories: dict[Category, CategoryAction] = {}


class PayerRule(StrictModel):
    """A customer and the names and addresses its payments arrive under."""

    customer_id: str
    name: str
    aliases: list[str] = []
    email_domains: list[str] = []
    portal: PortalName | None = None


class MatchingRules(StrictModel):
    """Thresholds that decide what may pass on its own and what a person must see."""

    auto_threshold: float = Field(default=0.95, ge=0, le=1)
    review_threshold: float = Field(default=0.6, ge=0, le=1)
    amount_tolerance: Decimal = Field(default=Decimal("0.00"), ge=0)
    max_discount_pct: Decimal = Field(default=Decimal("3.0"), ge=0, le=100)
    allow_auto: bool = True
    write_off_limit: Decimal = Field(default=Decimal("5.00"), ge=0)
    """Largest difference a reviewer may write off in the review app."""

    @model_validator(mode="after")
    def _ordered(self) -> MatchingRules:
        if self.review_threshold > self.auto_threshold:
            raise ValueError("review_threshold must not be above auto_threshold")
        return self


class ReplyTemplate(StrictModel):
    """A reply a collector would write, as Jinja2 text."""

    subject: str
    body: str


class ReplyRules(StrictModel):
    """Who replies are signed by and the template for each category that gets one."""

    signature: str = ""
    templates: dict[Category, ReplyTemplate] = {}


class PortalAccount(StrictModel):
    """Sign-in for one AP portal; secrets by environment variable name only."""

    url: str
    username_env: EnvVarName
    password_env: EnvVarName
    totp_secret_env: EnvVarName | None = None


class ScheduleRules(StrictModel):
    """How often the agent runs each job."""

    poll_every_minutes: int = Field(default=5, gt=0, le=1440)
    portal_uploads_cron: str = "0 7 * * 1-5"
    timezone: str = "UTC"


class Rules(StrictModel):
    """The whole of rules.yaml."""

    version: Literal[1] = 1
    mailbox: MailboxRules = MailboxRules()
    sorting: SortingRules = SortingRules()
    payers: list[PayerRule] = []
    matching: MatchingRules = MatchingRules()
    replies: ReplyRules = ReplyRules()
    portals: dict[PortalName, PortalAccount] = {}
    schedule: ScheduleRules = ScheduleRules()
