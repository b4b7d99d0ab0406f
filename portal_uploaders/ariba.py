"""SAP Business Network (Ariba) uploader: Standard Invoice from a PO, Next, review, Submit.

Ariba's habits, beyond the words in ``flows/ariba.yaml``: a cookie banner covers the
first page until **Accept All**; sign-in is two pages (user name, then password) and asks
for the TOTP code every time; the form is checked at **Next**, which leads to a review
page, and only that page's **Submit** sends the invoice. A click made while the invoice
number is being checked is dropped, so the flow waits for the check and confirms each
menu click by what it opens.
"""

from __future__ import annotations

from typing import ClassVar

from portal_uploaders.base import PortalName
from portal_uploaders.errors import PortalFlowError
from portal_uploaders.uploader import BASE_STAGES, BASE_TARGETS, FlowUploader


class AribaUploader(FlowUploader):
    """Drives SAP Business Network's supplier account in Chromium by label and role."""

    portal: PortalName = "ariba"
    STAGES: ClassVar[tuple[str, ...]] = (*BASE_STAGES, "review")
    TARGETS: ClassVar[tuple[str, ...]] = (*BASE_TARGETS, "review_page", "busy")

    def submit(self) -> None:
        """**Next** (where Ariba checks the form), then **Submit** on the review page.

        Raises:
            PortalDuplicateError: the number is already used (reported at Next).
            PortalValidationError: Ariba refused a field at Next.
        """
        self.fp.run("review")
        outcome = self.fp.wait_any(["review_page", "form_error"])
        if outcome == "form_error":
            self._refused(self.fp.text("form_error"))
        if outcome is None:
            self.fp.check_page()
            raise PortalFlowError(f"ariba: no review page after Next ({self.fp.page.url})")
        super().submit()
