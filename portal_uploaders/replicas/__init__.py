"""Local replicas of the three portals' supplier invoice flows, for the tests and the demo.

The real portals cannot be reached from a test run (and must never receive test
invoices), so each is replicated as closely as its public documentation allows
(../shared/portals.md): server-rendered HTML that a browser drives by label and role,
with the same sign-in steps, validations and failure modes. Each module's docstring lists
what it assumed where the documentation is silent.

One ASGI app serves all three under ``/coupa``, ``/ariba`` and ``/taulia`` (the URLs in
rules.yaml's example); :func:`serve` runs it with uvicorn in a thread on a loopback port.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI
from starlette.responses import HTMLResponse

from portal_uploaders.replicas import ariba, coupa, taulia
from portal_uploaders.replicas.common import (
    PortalState,
    ReplicaAccount,
    ReplicaInvoice,
    ReplicaPO,
    ReplicaPOLine,
)

__all__ = [
    "PortalState",
    "ReplicaAccount",
    "ReplicaInvoice",
    "ReplicaPO",
    "ReplicaPOLine",
    "ReplicaServer",
    "ReplicaWorld",
    "create_app",
    "free_port",
    "serve",
]


@dataclass(slots=True)
class ReplicaWorld:
    """The three portals' states; a test builds one, serves it, and inspects it after."""

    coupa: PortalState
    ariba: PortalState
    taulia: PortalState

    def portal(self, name: str) -> PortalState:
        """The state of portal ``name`` (coupa, ariba, taulia)."""
        state: PortalState = getattr(self, name)
        return state


def create_app(world: ReplicaWorld, *, ariba_blur_seconds: float = 0.4) -> FastAPI:
    """One app with the three replicas mounted under their names."""
    app = FastAPI(title="AP portal replicas", docs_url=None, redoc_url=None)
    app.mount("/coupa", coupa.create_app(world.coupa))
    app.mount("/ariba", ariba.create_app(world.ariba, blur_check_seconds=ariba_blur_seconds))
    app.mount("/taulia", taulia.create_app(world.taulia))

    @app.get("/", response_class=HTMLResponse)
    async def index() -> str:
        links = "".join(
            f'<li><a href="/{name}/">{name}</a></li>' for name in ("coupa", "ariba", "taulia")
        )
        return f"<html><body><h1>AP portal replicas</h1><ul>{links}</ul></body></html>"

    return app


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True, slots=True)
class ReplicaServer:
    """A running replica server."""

    url: str
    world: ReplicaWorld

    def portal_url(self, name: str) -> str:
        """The base URL of one portal (what rules.yaml's ``portals.<name>.url`` holds)."""
        return f"{self.url}/{name}"


@contextmanager
def serve(
    world: ReplicaWorld,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    ariba_blur_seconds: float = 0.4,
) -> Iterator[ReplicaServer]:
    """Serve the replicas in a background thread until the block ends.

    Raises:
        RuntimeError: the server did not start within ten seconds.
    """
    chosen = port or free_port(host)
    config = uvicorn.Config(
        create_app(world, ariba_blur_seconds=ariba_blur_seconds),
        host=host,
        port=chosen,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"portal-replicas:{chosen}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the portal replicas did not start on {host}:{chosen}")
        time.sleep(0.02)
    try:
        yield ReplicaServer(url=f"http://{host}:{chosen}", world=world)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
