"""Coupa Supplier Portal uploader: PO flip, Calculate, Submit, read the Coupa invoice ID.

Coupa's habits, beyond the words in ``flows/coupa.yaml``: orders are listed per customer
(the **Select Customer** dropdown), a "Choose Invoicing Details" pop-up stands between
the PO and the form, and **Submit** is refused until **Calculate** has totalled the
figures on the form, so tax is always typed and calculated last. The invoice list shows
no reference, so a look-up opens the invoice to read its "Coupa Invoice ID".
"""

from __future__ import annotations

from typing import ClassVar

from portal_uploaders.base import PortalName
from portal_uploaders.uploader import BASE_STAGES, BASE_TARGETS, FlowUploader


class CoupaUploader(FlowUploader):
    """Drives the Coupa Supplier Portal in Chromium by label and role."""

    portal: PortalName = "coupa"
    STAGES: ClassVar[tuple[str, ...]] = (*BASE_STAGES, "open_invoice")
    TARGETS: ClassVar[tuple[str, ...]] = (*BASE_TARGETS, "customer_select", "calculate_button")
