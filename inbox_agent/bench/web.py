"""``inbox-agent bench web``: the review app at 100,000 proposals.

Fills a fresh SQLite workspace (or ``INBOX_AGENT_DATABASE_URL``) with remittances,
proposals and allocations by bulk insert, then times, through the real app and HTTP stack
(Starlette's test client, no network), the queue's first page and single approvals.
Targets from the issue: first page under 200 ms, one approval under 100 ms.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import insert
from sqlmodel import Session

from inbox_agent.settings import Settings
from inbox_agent.store import repo
from inbox_agent.store.models import Allocation, MatchProposal, Remittance
from inbox_agent.store.types import utcnow
from inbox_agent.web.security import hash_password
from inbox_agent.workspace import open_workspace

BATCH = 5_000


def _fill(session: Session, count: int, seed: int) -> None:
    rng = random.Random(seed)
    now = utcnow()
    for start in range(0, count, BATCH):
        ids = range(start + 1, min(count, start + BATCH) + 1)
        session.execute(
            insert(Remittance),
            [
                {
                    "id": i,
                    "source": f"bench:{i}.pdf",
                    "payer_name": f"Payer {i % 5000}",
                    "customer_id": f"C{i % 50000:05d}",
                    "currency": "AUD",
                    "method": "table",
                    "warnings": [],
                    "created_at": now,
                    "payment_reference": f"EFT {i}",
                }
                for i in ids
            ],
        )
        session.execute(
            insert(MatchProposal),
            [
                {
                    "id": i,
                    "remittance_id": i,
                    "customer_id": f"C{i % 50000:05d}",
                    "customer_confidence": 0.97,
                    "status": rng.choice(["auto", "review", "review"]),
                    "unallocated": Decimal("0.00"),
                    "review_state": "pending",
                    "version": 1,
                    "confidence": round(rng.uniform(0.6, 0.99), 2),
                    "amount": Decimal(rng.randint(100, 10_000_000)) / 100,
                    "created_at": now,
                }
                for i in ids
            ],
        )
        session.execute(
            insert(Allocation),
            [
                {
                    "proposal_id": i,
                    "position": 0,
                    "invoice_number": f"INV-{i:07d}",
                    "customer_id": f"C{i % 50000:05d}",
                    "amount": Decimal("100.00"),
                    "confidence": 0.97,
                    "status": "review",
                    "reason": "bench",
                    "kind": "match",
                }
                for i in ids
            ],
        )
        session.commit()


def _token(html: str) -> str:
    return html.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(samples) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def run_bench(proposals: int, repeats: int, seed: int) -> None:
    """Fill, then time the pages through the real app."""
    from fastapi.testclient import TestClient

    from inbox_agent.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(home=Path(tmp) / "ws")
        workspace = open_workspace(settings)
        started = time.perf_counter()
        with Session(workspace.engine) as session:
            _fill(session, proposals, seed)
            repo.add_user(
                session, name="bench", role="reviewer", password_hash=hash_password("bench-pass")
            )
            session.commit()
        typer.echo(f"filled {proposals:,} proposals in {time.perf_counter() - started:.1f} s")
        client = TestClient(create_app(settings))
        login_token = _token(client.get("/login").text)
        client.post(
            "/login", data={"username": "bench", "password": "bench-pass", "csrf": login_token}
        )
        token = _token(client.get("/queue").text)  # signing in starts a new session
        for label, url, target in (
            ("queue, first page", "/queue", "   (target < 200 ms)"),
            (
                "queue, filtered and sorted",
                "/queue?status=review&min_confidence=0.8&sort=-amount",
                "",
            ),
            ("queue, page 1000", "/queue?page=1000", ""),
        ):
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - t0)
                assert response.status_code == 200
            typer.echo(f"{label:<30} {_ms(times)}{target}")
        times = []
        for proposal_id in random.Random(seed).sample(range(1, proposals + 1), repeats):
            t0 = time.perf_counter()
            response = client.post(
                f"/proposals/{proposal_id}/approve",
                data={"version": "1", "csrf": token},
                follow_redirects=False,
            )
            times.append(time.perf_counter() - t0)
            assert response.status_code == 303
        typer.echo(f"{'approve one proposal':<30} {_ms(times)}   (target < 100 ms)")


def register(bench_app: typer.Typer) -> None:
    """Add ``bench web``."""

    @bench_app.command("web")
    def web(
        proposals: Annotated[int, typer.Option(help="Proposals to create.")] = 100_000,
        repeats: Annotated[int, typer.Option(help="Timed requests per measure.")] = 30,
        seed: Annotated[int, typer.Option(help="Random seed.")] = 7,
    ) -> None:
        """Time the review app's queue and approvals at 100,000 proposals."""
        run_bench(proposals, repeats, seed)
