"""The review web app: match queue, unapplied cash, export, rules editor, audit trail.

Server-rendered pages (FastAPI + Jinja2) and plain forms: no build step, nothing fetched
from a CDN, works with scripts off; a small script adds keyboard shortcuts.
"""
