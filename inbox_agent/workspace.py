"""A workspace: the database (migrated) and the blob store, opened from settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from inbox_agent.settings import Settings
from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.db import make_engine, migrate


@dataclass(frozen=True, slots=True)
class Workspace:
    """What every stage with storage needs: a migrated engine and the original bytes."""

    engine: Engine
    blobs: BlobStore


def open_workspace(settings: Settings) -> Workspace:
    """Create the workspace folder if needed and bring the schema up to date."""
    settings.home.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.effective_database_url)
    migrate(engine)
    return Workspace(engine=engine, blobs=BlobStore(settings.blob_dir))
