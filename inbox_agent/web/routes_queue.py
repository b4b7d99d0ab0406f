"""The match queue: what banking staff work through all day."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from inbox_agent.review import service
from inbox_agent.review.errors import ReviewError
from inbox_agent.web.deps import CsrfChecked, CurrentUser, SessionDep, flash, render
from inbox_agent.web.queue import SORTS, QueueFilter, queue_page

router = APIRouter()


@router.get("/")
def home() -> Response:
    """The queue is the start page."""
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """One page of proposals with the filters in the query string."""
    params = dict(request.query_params)
    flt = QueueFilter.from_query(params)
    page = queue_page(session, flt)
    keep = {k: v for k, v in params.items() if k != "page" and v}
    return render(  # type: ignore[no-any-return]
        request,
        "queue.html",
        user=user,
        page=page,
        flt=flt,
        sorts=list(SORTS),
        query=urlencode(keep),
    )


@router.post("/queue/bulk-approve", dependencies=[CsrfChecked])
def bulk_approve(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    min_confidence: Annotated[float, Form()],
) -> Response:
    """Approve every pending, fully allocated proposal at or above the confidence."""
    try:
        approved = service.bulk_approve(session, min_confidence=min_confidence, actor=user.name)
    except ReviewError as exc:
        flash(request, str(exc), "error")
        return RedirectResponse("/queue", status_code=303)
    session.commit()
    flash(request, f"Approved {len(approved)} proposal(s) at confidence ≥ {min_confidence:.2f}.")
    return RedirectResponse("/queue", status_code=303)
