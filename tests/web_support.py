"""A populated review app for the web tests: the demo world, two users, a private rules file."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from inbox_agent.config.active import active_rules
from inbox_agent.demo.run import run_demo
from inbox_agent.settings import Settings
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.web.app import create_app
from inbox_agent.web.security import hash_password
from inbox_agent.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
PASSWORDS = {"rita": "reviewer-pass-1", "adam": "admin-pass-123"}


@dataclass
class ReviewWorld:
    """The app and where it keeps things."""

    app: FastAPI
    settings: Settings
    rules_path: Path


_TEMPLATE: dict[str, Path] = {}


def _template(tmp_root: Path) -> Path:
    """One demo workspace with users per test session (SQLite), copied for each test."""
    if "home" not in _TEMPLATE:
        settings = Settings(home=tmp_root / "template-ws", database_url=None)
        run_demo(settings, active_rules(REPO / "rules.yaml"))
        workspace = open_workspace(settings)
        with session_scope(workspace.engine) as session:
            for name, role in (("rita", "reviewer"), ("adam", "admin")):
                repo.add_user(
                    session, name=name, role=role, password_hash=hash_password(PASSWORDS[name])
                )
        workspace.engine.dispose()
        _TEMPLATE["home"] = settings.home
    return _TEMPLATE["home"]


def build_world(tmp_path: Path) -> ReviewWorld:
    """A private copy of the demo workspace with a reviewer and an admin, and its app."""
    home = tmp_path / "ws"
    template = _template(tmp_path.parent / "review-template")
    shutil.copytree(template, home)
    settings = Settings(home=home, database_url=None)
    rules_path = tmp_path / "rules.yaml"
    shutil.copy(REPO / "rules.yaml", rules_path)
    return ReviewWorld(create_app(settings, rules_path=rules_path), settings, rules_path)


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def login(client: TestClient, name: str) -> None:
    """Sign in through the real form."""
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": name, "password": PASSWORDS[name], "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run the app with uvicorn in a thread; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the review app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
