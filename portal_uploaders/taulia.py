"""Taulia uploader: search the PO, create the invoice from it, upload the PDF, Submit.

Taulia's habits, beyond the words in ``flows/taulia.yaml``: two-factor sign-in on every
browser it has not seen (and the uploader's browser is always new); the PO is found by
searching and picking its radio button; totals update as you type, so there is no
Calculate; and **Submit** does nothing, with no message, when a required field is empty:
the generic :meth:`~portal_uploaders.uploader.FlowUploader.submit` then names the fields
the browser marks invalid instead of waiting for a confirmation that never comes.
"""

from __future__ import annotations

from typing import ClassVar

from portal_uploaders.base import PortalName
from portal_uploaders.uploader import BASE_STAGES, BASE_TARGETS, FlowUploader


class TauliaUploader(FlowUploader):
    """Drives the Taulia supplier portal in Chromium by label and role."""

    portal: PortalName = "taulia"
    STAGES: ClassVar[tuple[str, ...]] = BASE_STAGES
    TARGETS: ClassVar[tuple[str, ...]] = (*BASE_TARGETS, "po_radio")
