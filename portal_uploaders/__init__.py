"""Invoices delivered to customer AP portals (Coupa, SAP Business Network, Taulia), once.

- :mod:`.base` — the contract: a :class:`~.base.Channel` delivers and looks invoices up;
  a :class:`~.base.PortalUploader` is the per-portal browser script a channel drives.
- :mod:`.ledger` — the upload ledger's state machine (queued → submitting → submitted |
  failed | rejected), claimed by one worker, recovered after a crash by a look-up.
- :mod:`.runner` — one upload run over the invoices due (:mod:`.due`), with retries for
  transient failures only; what ``inbox-agent portals upload --due`` and the scheduler
  (:mod:`.jobs`) call.
- :mod:`.channels` — the channel ladder (cXML where enabled, the browser otherwise).
- :mod:`.browser`, :mod:`.uploader`, :mod:`.flow` and ``flows/*.yaml`` — Playwright in
  Debian's Chromium, driven by label and role from data; :mod:`.coupa`, :mod:`.ariba`,
  :mod:`.taulia` — each portal's habits.
- :mod:`.credentials` — secrets from the environment or the system keyring, TOTP codes.
- :mod:`.replicas` — local replicas of the three portals for the tests and the demo;
  :mod:`.demo` — the demo's sample invoices and upload step.
"""
