"""The channel ladder: for each portal account, the ways to deliver, best first.

Where a customer accepts cXML (Coupa and SAP Business Network both do), an
``InvoiceDetailRequest`` posted with the shared secret beats driving a browser: no
screens to change, an answer in one round trip. The browser is the bottom rung, always
enabled. A new channel is one :class:`ChannelFactory` registered here::

    register_channel(CxmlChannelFactory(), first=True)

``is_enabled`` decides per account (the cXML factory: "does this account configure a
cXML endpoint?"); the first enabled rung delivers, and every enabled rung is asked, in
order, when the ledger must look an invoice up (a post-only channel raises
:class:`~portal_uploaders.errors.LookupUnavailableError` and the next one is asked).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from inbox_agent.config.rules import PortalAccount
from portal_uploaders.ariba import AribaUploader
from portal_uploaders.base import Channel, PortalName, PortalUploader
from portal_uploaders.browser import BrowserChannel, BrowserHost
from portal_uploaders.coupa import CoupaUploader
from portal_uploaders.credentials import SecretLookup, default_lookup, load_credentials
from portal_uploaders.flow import load_flow
from portal_uploaders.taulia import TauliaUploader
from portal_uploaders.uploader import FlowUploader

UPLOADERS: dict[str, type[FlowUploader]] = {
    "coupa": CoupaUploader,
    "ariba": AribaUploader,
    "taulia": TauliaUploader,
}
"""The browser uploader for each portal, by the name rules.yaml uses."""


@dataclass(slots=True)
class ChannelContext:
    """What building a channel may need: the shared browser and where secrets come from."""

    host: BrowserHost = field(default_factory=BrowserHost)
    lookup: SecretLookup = field(default_factory=default_lookup)


class ChannelFactory(Protocol):
    """A rung of the ladder."""

    name: str

    def is_enabled(self, portal: PortalName, account: PortalAccount) -> bool:
        """Whether this account can be served by this channel."""
        ...

    def create(
        self, portal: PortalName, account: PortalAccount, context: ChannelContext
    ) -> Channel:
        """A channel for this account (credentials are read now; nothing connects yet)."""
        ...


class BrowserChannelFactory:
    """The bottom rung: Playwright in Chromium, for every portal with an uploader."""

    name = "browser"

    def is_enabled(self, portal: PortalName, account: PortalAccount) -> bool:
        """Always: every portal a person can use in a browser, we can."""
        return portal in UPLOADERS

    def create(
        self, portal: PortalName, account: PortalAccount, context: ChannelContext
    ) -> Channel:
        """A browser channel with the account's flow (overrides applied) and credentials.

        Raises:
            PortalConfigError: the flow overrides are invalid or credentials are missing.
        """
        flow = load_flow(portal, account.flow_overrides)
        credentials = load_credentials(portal, account, context.lookup)
        uploader_class = UPLOADERS[portal]

        def make(page: object) -> PortalUploader:
            return uploader_class(page, flow, account.url, credentials)  # type: ignore[arg-type]

        return BrowserChannel(portal, context.host, make, secrets=credentials.secrets())


def _cxml_rung() -> ChannelFactory:
    """The cXML rung goes first where an account enables it: no browser needed."""
    from portal_uploaders.cxml.channel import CxmlChannelFactory

    return CxmlChannelFactory()


LADDER: list[ChannelFactory] = [_cxml_rung(), BrowserChannelFactory()]


def register_channel(factory: ChannelFactory, *, first: bool = True) -> None:
    """Add a rung: ``first`` puts it above the others (a better channel than the browser)."""
    if any(existing.name == factory.name for existing in LADDER):
        return
    if first:
        LADDER.insert(0, factory)
    else:
        LADDER.append(factory)


def ladder_for(
    portal: PortalName, account: PortalAccount, ladder: list[ChannelFactory] | None = None
) -> list[ChannelFactory]:
    """The enabled rungs for this account, best first."""
    return [f for f in (ladder or LADDER) if f.is_enabled(portal, account)]
