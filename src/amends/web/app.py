"""The HTTP application: the read-only inbox page, the REST API (with the live reply checker), the webhook."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from amends import __version__
from amends.analytics.service import counts
from amends.api.schemas import CaseDetailOut, CaseOut, CasePage, CheckOut, CheckRequest, FindingOut
from amends.cases import repository as cases
from amends.channels.webhooks import receive_delivery
from amends.config import Settings, get_settings
from amends.db import Database
from amends.kit.crypto import load_key
from amends.models import Case
from amends.respond import service as respond
from amends.respond.checker import check_reply
from amends.respond.context import Fault, Purpose, Visibility
from amends.respond.outbox import OutboxWorker, connector_factory
from amends.respond.settings import checker_settings

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.globals["timeline"] = cases.timeline
PAGE_SIZE = 25


def _session(request: Request) -> Iterator[Session]:
    db: Database = request.app.state.db
    with db.session() as s:
        yield s


SessionDep = Annotated[Session, Depends(_session)]


def create_app(
    settings: Settings | None = None, database: Database | None = None, *, outbox_worker: bool = False
) -> FastAPI:
    """The app; with `outbox_worker` it also sends queued replies in a background thread (embedded mode)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = database or Database(settings)
        app.state.db = db
        app.state.key = load_key(settings)
        worker = OutboxWorker(db, connector_factory(settings)) if outbox_worker else None
        if worker is not None:
            worker.start()
        yield
        if worker is not None:
            worker.stop()
        if database is None:
            db.dispose()

    app = FastAPI(title="Amends", version=__version__, lifespan=lifespan)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/", response_class=HTMLResponse)
    def inbox(
        request: Request,
        s: SessionDep,
        page: Annotated[int, Query(ge=1)] = 1,
        order: Annotated[str, Query(pattern="^(activity|priority)$")] = "activity",
    ) -> HTMLResponse:
        rows = cases.list_cases(s, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, order=order)
        total = cases.count_cases(s)
        return TEMPLATES.TemplateResponse(
            request,
            "inbox.html",
            {"cases": rows, "page": page, "total": total, "pages": max(1, -(-total // PAGE_SIZE)), "order": order},
        )

    @app.get("/api/v1/stats")
    def stats(s: SessionDep) -> dict[str, int]:
        return counts(s)

    @app.get("/api/v1/cases")
    def list_cases(
        s: SessionDep,
        status: Annotated[str | None, Query(pattern="^(open|closed)$")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
        order: Annotated[str, Query(pattern="^(activity|priority)$")] = "activity",
    ) -> CasePage:
        rows = cases.list_cases(s, status=status, limit=limit, offset=offset, order=order)
        return CasePage(
            total=cases.count_cases(s, status=status),
            items=[CaseOut.from_case(c) for c in rows],
        )

    @app.get("/api/v1/cases/{case_id}")
    def get_case(case_id: int, s: SessionDep) -> CaseDetailOut:
        case = cases.get_case(s, case_id)
        if case is None:
            raise HTTPException(404, f"no case {case_id}")
        return CaseDetailOut.from_case(case)

    @app.post("/api/v1/replies/check")
    def check_reply_api(body: CheckRequest, s: SessionDep) -> CheckOut:
        """The reply checker, live: the same findings the send path enforces. Changes nothing."""
        try:
            visibility, purpose, fault = Visibility(body.visibility), Purpose(body.purpose), Fault(body.at_fault)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        if body.case_id is not None:
            case = s.get(Case, body.case_id)
            if case is None:
                raise HTTPException(404, f"no case {body.case_id}")
            ctx = respond.reply_context(s, case, visibility=visibility, purpose=purpose, user=None, at_fault=fault)
        elif body.mention_text is not None:
            ctx = respond.standalone_context(
                s, body.mention_text, platform=body.platform, visibility=visibility, purpose=purpose, user=None,
                at_fault=fault,
            )  # fmt: skip
        else:
            raise HTTPException(422, "give case_id, or mention_text with the customer's post")
        result = check_reply(body.text, ctx, checker_settings(s))
        return CheckOut(passed=result.passed, findings=[FindingOut(**f.to_dict()) for f in result.findings])

    @app.post("/api/v1/webhooks/{channel}")
    async def webhook(channel: str, request: Request) -> JSONResponse:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.webhook_max_body_bytes:
            return JSONResponse({"error": "body too large"}, status_code=413)
        body = await request.body()
        if len(body) > settings.webhook_max_body_bytes:
            return JSONResponse({"error": "body too large"}, status_code=413)
        db: Database = request.app.state.db
        remote = request.client.host if request.client else None
        # The response is built only after the commit: a 2xx means the mentions are durable.
        with db.session() as s:
            result = receive_delivery(
                s,
                settings,
                request.app.state.key,
                channel,
                request.headers,
                body,
                now=time.time(),
                remote=remote,
            )
        return JSONResponse(result.body, status_code=result.status_code)

    return app
