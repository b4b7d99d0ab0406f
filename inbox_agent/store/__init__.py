"""Where everything the agent sees and decides is kept: a database and a blob store.

The database (SQLite by default, PostgreSQL for a team) holds one row per message,
remittance, proposal, draft, upload and audit event; the blob store holds the original
bytes of every message and attachment, content-addressed. ``repo`` is the only module
the rest of the package needs for reads and writes.
"""

from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.db import make_engine, migrate, session_scope

__all__ = ["BlobStore", "make_engine", "migrate", "session_scope"]
