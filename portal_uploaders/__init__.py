"""Uploaders for customer AP portals (Coupa, SAP Business Network, Taulia), one per portal.

The uploaders arrive with the portal-upload issue; this package is the seam they plug into.
"""
