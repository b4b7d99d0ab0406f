"""The schema of rules.yaml, the file admins own.

Every model forbids unknown keys: a misspelt key must be an error with its line number and
a "did you mean", never a silently ignored setting (a typo in a threshold moves money).
Secrets never live here; a section names the environment variable that holds each one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import jinja2
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

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
    bank_accounts: list[str] = []
    portal: PortalName | None = None
    allow_send: bool = False
    """Replies to this customer may be sent once approved (see replies.send_categories)."""


class MatchingRules(StrictModel):
    """Thresholds that decide what may pass on its own and what a person must see."""

    auto_threshold: float = Field(default=0.95, ge=0, le=1)
    review_threshold: float = Field(default=0.6, ge=0, le=1)
    amount_tolerance: Decimal = Field(default=Decimal("0.00"), ge=0)
    max_discount_pct: Decimal = Field(default=Decimal("3.0"), ge=0, le=100)
    discount_rates_pct: list[Annotated[Decimal, Field(gt=0, le=100)]] = [
        Decimal("1"),
        Decimal("2"),
        Decimal("2.5"),
    ]
    """Our early-payment discount terms: an unstated shortfall of exactly one is a discount."""
    subset_search_nodes: int = Field(default=20_000, ge=1, le=50_000_000)
    subset_search_seconds: float = Field(default=0.1, gt=0, le=60)
    receipt_days: int = Field(default=5, ge=0, le=60)
    auto_short_payments: bool = False
    allow_auto: bool = True
    write_off_limit: Decimal = Field(default=Decimal("5.00"), ge=0)
    """Largest difference a reviewer may write off in the review app."""

    @model_validator(mode="after")
    def _ordered(self) -> MatchingRules:
        if self.review_threshold > self.auto_threshold:
            raise ValueError("review_threshold must not be above auto_threshold")
        above = [str(r) for r in self.discount_rates_pct if r > self.max_discount_pct]
        if above:
            raise ValueError(
                f"discount_rates_pct {', '.join(above)} above max_discount_pct "
                f"{self.max_discount_pct}: such a discount would never be accepted"
            )
        return self


ReplyLanguage = Literal["en", "de", "tl", "zh"]
"""Languages the reply drafter recognises in a customer's mail (English, German, Tagalog,
Chinese); a template may carry a version for each."""


class ReplyText(StrictModel):
    """One language's version of a reply template, as Jinja2 text."""

    subject: str
    body: str

    @field_validator("subject", "body")
    @classmethod
    def _valid_jinja(cls, value: str) -> str:
        try:
            jinja2.Environment(autoescape=False).parse(value)
        except jinja2.TemplateSyntaxError as exc:
            raise ValueError(f"template line {exc.lineno}: {exc.message}") from exc
        return value


class ReplyTemplate(StrictModel):
    """A reply a collector would write, as Jinja2 text."""

    subject: str
    body: str
    languages: dict[ReplyLanguage, ReplyText] = {}
    """The same reply in the customer's language, chosen when their mail is in it."""


class ReplyRules(StrictModel):
    """Who replies are signed by and the template for each category that gets one."""

    signature: str = ""
    templates: dict[Category, ReplyTemplate] = {}
    from_address: str | None = Field(default=None, pattern=r"^[^@\s<>]+@[^@\s<>]+$")
    """Our AR address drafts are written from; unset, the address the customer wrote to."""
    invoice_archive: str | None = None
    """Folder of invoice PDFs (file names carry the invoice number) to attach copies from."""
    send_categories: list[Category] = []
    """Categories whose approved drafts rules allow to be sent, for payers with allow_send."""
    signatures: dict[ReplyLanguage, str] = {}
    """The signature in another language, for replies written in it."""
    remittance_request: ReplyText | None = None
    """The request for remittance details sent to the payer of an unexplained receipt."""


class CxmlIdentity(StrictModel):
    """One cXML credential: a domain (NetworkID, DUNS, ...) and the identity within it."""

    domain: str = Field(min_length=1)
    identity: str = Field(min_length=1)


class CxmlAddress(StrictModel):
    """Where the customer should send the money (the invoice's remit-to partner)."""

    name: str = Field(min_length=1)
    street: list[str] = Field(min_length=1)
    city: str = Field(min_length=1)
    state: str | None = None
    postal_code: str | None = None
    country_code: str = Field(pattern=r"^[A-Z]{2}$")


_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class CxmlSettings(StrictModel):
    """Deliver invoices as cXML InvoiceDetailRequest documents instead of by browser.

    The shared secret travels in every document, so plain http is refused except to a
    loopback address (the local replica); the secret itself is named, never written.
    """

    url: str
    from_identity: CxmlIdentity
    to_identity: CxmlIdentity
    sender_identity: CxmlIdentity | None = None
    """Defaults to from_identity: the supplier usually sends its own invoices."""
    shared_secret_env: EnvVarName
    deployment_mode: Literal["production", "test"] = "production"
    dtd_version: Literal["1.2.020", "1.2.037"] = "1.2.037"
    orders_dir: str | None = None
    """Folder of the customer's cXML OrderRequest documents (relative to INBOX_AGENT_HOME;
    default cxml-orders/<portal>): an invoice must cite its order's payloadID."""
    remit_to: CxmlAddress | None = None
    timeout_seconds: float = Field(default=60, gt=0, le=600)

    @field_validator("url")
    @classmethod
    def _safe_url(cls, value: str) -> str:
        parsed = urlsplit(value)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(
                "must be an http(s) URL, e.g. https://acme.coupahost.com/cxml/invoices"
            )
        if parsed.scheme == "http" and parsed.hostname not in _LOOPBACK_HOSTS:
            raise ValueError("must use https: the shared secret travels in every document")
        return value


class PortalAccount(StrictModel):
    """Sign-in for one AP portal; secrets by environment variable name only."""

    url: str
    username_env: EnvVarName
    password_env: EnvVarName
    totp_secret_env: EnvVarName | None = None
    invoice_dir: str | None = None
    """Folder of invoice PDFs to upload (relative to INBOX_AGENT_HOME; default invoices/)."""
    flow_overrides: dict[str, Any] = {}
    """Corrections to portal_uploaders/flows/<portal>.yaml, merged key by key."""
    cxml: CxmlSettings | None = None
    """Set where the customer accepts cXML invoices (Coupa, SAP Business Network): then
    invoices go as documents and the browser is only the fallback for look-ups."""


class ScheduleRules(StrictModel):
    """How often the agent runs each job."""

    poll_every_minutes: int = Field(default=5, gt=0, le=1440)
    portal_uploads_cron: str = "0 7 * * 1-5"
    timezone: str = "UTC"


def _folded(heading: str) -> str:
    """A heading as it is compared: case, punctuation and spacing do not count."""
    return " ".join(re.sub(r"[^\w%]", " ", heading.casefold()).split())


HeadingText = Annotated[str, Field(min_length=1, max_length=40)]
"""A column heading as printed; longer cells are never read as headings."""
LabelText = Annotated[str, Field(min_length=1, max_length=60)]


class TemplateColumns(StrictModel):
    """Column headings as one payer prints them, each naming the field its column holds.

    Matched ignoring case, punctuation and extra spaces ("Rechnungsnr." matches "RECHNUNGSNR:"),
    as a whole word inside a heading cell or a heading line of text.
    """

    reference: HeadingText | None = None
    date: HeadingText | None = None
    gross: HeadingText | None = None
    discount: HeadingText | None = None
    deduction: HeadingText | None = None
    paid: HeadingText | None = None
    po: HeadingText | None = None

    @field_validator("*")
    @classmethod
    def _readable_heading(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return value
        if not any(ch.isalnum() for ch in value):
            raise ValueError("a heading needs letters or digits")
        if "%" in value or len(re.findall(r"\d", value)) >= 3:
            raise ValueError(
                "a heading with % or three digits is read as data, never as a heading"
            )
        for field, earlier in info.data.items():
            if isinstance(earlier, str) and _folded(earlier) == _folded(value):
                raise ValueError(f"'{value}' is already the heading given for {field}")
        return value

    def given(self) -> dict[str, str]:
        """The fields this template names a heading for, in schema order."""
        return {name: value for name, value in self if isinstance(value, str)}


class ExtractionTemplate(StrictModel):
    """What an admin knows about one payer's advice layout that the generic reader misreads.

    Chosen by keywords in the document's text; its settings replace the generic guesses.
    """

    name: str = Field(min_length=1)
    payer_keywords: list[Annotated[str, Field(min_length=2)]] = Field(min_length=1)
    keywords_match: Literal["any", "all"] = "any"
    payer: str | None = Field(default=None, min_length=1)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    decimal_comma: bool | None = None
    day_first: bool | None = None
    columns: TemplateColumns = TemplateColumns()
    reference_label: LabelText | None = None
    date_label: LabelText | None = None
    total_label: LabelText | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> ExtractionTemplate:
        settings = (
            self.payer, self.currency, self.decimal_comma, self.day_first,
            self.reference_label, self.date_label, self.total_label,
        )  # fmt: skip
        if all(value is None for value in settings) and not self.columns.given():
            raise ValueError(
                "the template changes nothing; give columns, labels, conventions or a payer"
            )
        return self


class ExtractionRules(StrictModel):
    """How remittance advices are read beyond the generic reader: per-payer templates."""

    templates: list[ExtractionTemplate] = []
    """Tried top to bottom; the first whose keywords are in the document is used."""


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
    extraction: ExtractionRules = ExtractionRules()
