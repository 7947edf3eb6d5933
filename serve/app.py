"""The web application: pages rendered on the server from Jinja2 templates (autoescaped), no
build step and nothing from the network. Work runs in a pool of threads off the request."""

from __future__ import annotations

import contextlib
import hmac
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from hattatsu.errors import HattatsuError
from hattatsu.sections import SEVERITY_NAMES

from . import downloads, pages
from .editing import apply, validate
from .jobs import Limits, Reader, UploadError, is_archive, unpack
from .workspace import Workspace, new_id, valid_id

HERE = Path(__file__).parent
WS_COOKIE = "hattatsu_ws"
TOKEN_COOKIE = "hattatsu_token"


class Guard(BaseHTTPMiddleware):
    """A token when the server listens beyond this machine; a workspace cookie for each browser."""

    def __init__(self, app, token: str | None) -> None:
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next):
        set_token = False
        if self.token:
            given = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or \
                request.headers.get("x-hattatsu-token") or ""
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                return PlainTextResponse("アクセスにはトークンが必要です（起動時に表示されたアドレスを開いてください）",
                                         status_code=403)
            set_token = request.query_params.get("token") is not None
        ws_id = request.cookies.get(WS_COOKIE)
        fresh = not valid_id(ws_id)
        request.state.ws_id = new_id() if fresh else ws_id
        response = await call_next(request)
        if fresh:
            response.set_cookie(WS_COOKIE, request.state.ws_id, httponly=True, samesite="strict")
        if set_token:
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
        return response


def create_app(data_dir: Path, token: str | None = None, limits: Limits | None = None, nlp: bool = True,
               workers: int = 2) -> Starlette:
    """The app over a data folder (workspaces live under it)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    limits = limits or Limits()
    reader = Reader(workers, limits, nlp)
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape

    from hattatsu.report.pages import TEMPLATES as SHARED  # the one layout every HTML page extends

    templates = Jinja2Templates(env=Environment(
        loader=ChoiceLoader([FileSystemLoader(str(HERE / "templates")), FileSystemLoader(str(SHARED))]),
        autoescape=select_autoescape(default=True)))
    templates.env.globals.update(severity_label=SEVERITY_NAMES, item_title=pages.item_title,
                                 section_label=pages.section_label, libreoffice=downloads.libreoffice_available)

    def ws(request: Request) -> Workspace:
        return Workspace(data_dir, request.state.ws_id)

    def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def problem(request: Request, message: str, status: int = 400) -> Response:
        return render(request, "message.html", status, message=message)

    def document(request: Request) -> tuple[Workspace, Any, int, dict[str, Any]]:
        w = ws(request)
        entry = w.get(request.path_params["entry"])
        n = int(request.path_params["n"])
        docs = w.documents(entry.id)
        if not 0 <= n < len(docs):
            raise KeyError(n)
        return w, entry, n, docs[n]

    async def home(request: Request) -> Response:
        entries = [e for e in ws(request).entries() if e.batch is None]
        return render(request, "open.html", entries=entries, limits=limits)

    async def upload(request: Request) -> Response:
        batch = request.query_params.get("batch") == "1"
        try:
            files = await _files(request, limits)
        except UploadError as e:
            return problem(request, str(e), 413)
        w = ws(request)
        batch_id = new_id() if batch else None
        created = []
        for name, data in files:
            items = unpack(name, data, limits) if is_archive(data) else [(name, data, None)]
            for label, content, error in items:
                entry = w.add(label, content or b"", batch=batch_id)
                if error or content is None:
                    entry.status, entry.error = "error", error
                    w.save(entry)
                else:
                    reader.submit(w, entry)
                created.append(entry.id)
        if request.headers.get("accept", "").startswith("application/json"):
            return JSONResponse({"entries": created, "batch": batch_id})
        return RedirectResponse(f"/batch/{batch_id}" if batch_id else "/", status_code=303)

    async def status(request: Request) -> Response:
        w = ws(request)
        batch = request.query_params.get("batch")
        return JSONResponse([{"id": e.id, "name": e.name, "status": e.status, "error": e.error, "kinds": e.kinds}
                             for e in w.entries(batch)])

    async def view(request: Request) -> Response:
        w, entry, n, doc = document(request)
        lines = None
        fmt = (doc.get("source") or {}).get("format")
        if entry.origin == "upload" and fmt in ("text", "docx"):
            try:
                lines = pages.source_lines(w.source(entry.id), entry.name, fmt)
            except HattatsuError:
                lines = None
        return render(request, "document.html", entry=entry, n=n, doc=doc, lines=lines, fmt=fmt,
                      years=pages.fiscal_years(doc), report=pages.findings(doc, entry.name),
                      pdf_pages=(doc.get("source") or {}).get("pages") if fmt == "pdf" else None)

    async def page_image(request: Request) -> Response:
        w, entry, _, doc = document(request)
        if (doc.get("source") or {}).get("format") != "pdf":
            return problem(request, "PDF ではありません", 404)
        from starlette.concurrency import run_in_threadpool

        try:
            png = await run_in_threadpool(pages.page_png, w.source(entry.id), int(request.path_params["page"]),
                                          request.query_params.get("find"))
        except pages.PageTooLarge as e:
            return problem(request, str(e), 422)
        except (IndexError, ValueError):
            return problem(request, "そのページはありません", 404)
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})

    async def findings_page(request: Request) -> Response:
        _, entry, n, doc = document(request)
        severity = request.query_params.get("severity")
        report = pages.findings(doc, entry.name)
        shown = [f for f in report.findings if severity in (None, "", f.severity)]
        return render(request, "findings.html", entry=entry, n=n, doc=doc, report=report, shown=shown,
                      severity=severity)

    async def edit(request: Request) -> Response:
        w, entry, n, doc = document(request)
        problems: dict[str, str] = {}
        form: dict[str, str] = {}
        saved = False
        if request.method == "POST":
            form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
            new, problems = apply(doc, form)
            if not problems:
                problems = validate(new, entry.name)
            if not problems:
                docs = w.documents(entry.id)
                docs[n] = new
                w.save_documents(entry.id, docs)
                doc, saved = new, True
            else:
                doc = new
        report = pages.findings(doc, entry.name) if not problems else None
        return render(request, "edit.html", 422 if problems else 200, entry=entry, n=n, doc=doc,
                      years=pages.fiscal_years(doc), problems=problems, saved=saved, report=report,
                      typed=form)

    async def download(request: Request) -> Response:
        w, entry, n, doc = document(request)
        fmt = request.path_params["fmt"]
        try:
            body, media, name = await downloads.make(doc, entry, fmt, w, n)
        except HattatsuError as e:
            return problem(request, str(e), 422)
        except KeyError:
            return problem(request, "その形式では書き出せません", 404)
        return Response(body, media_type=media, headers=downloads.attachment(name))

    async def draft(request: Request) -> Response:
        w, entry, n, doc = document(request)
        others = [(e, i, d) for e in w.entries() if e.status == "done"
                  for i, d in enumerate(w.documents(e.id)) if d.get("kind") == "evaluation"]
        if request.method == "GET":
            return render(request, "draft.html", entry=entry, n=n, doc=doc, evaluations=others, error=None)
        form = await request.form()
        chosen = {str(v) for v in form.getlist("evaluation")}
        evaluations = [d for e, i, d in others if f"{e.id}:{i}" in chosen]
        try:
            new_entry = downloads.draft_into(w, entry, doc, evaluations, str(form.get("start_fy", "")))
        except (HattatsuError, ValueError) as e:
            return render(request, "draft.html", 422, entry=entry, n=n, doc=doc, evaluations=others,
                          error=str(e))
        return RedirectResponse(f"/doc/{new_entry.id}/0/edit", status_code=303)

    async def delete(request: Request) -> Response:
        w = ws(request)
        target = request.path_params.get("entry")
        if target:
            w.delete(target)
        else:
            w.delete_all()
        return RedirectResponse(request.query_params.get("next") or "/", status_code=303)

    async def batch_form(request: Request) -> Response:
        return render(request, "batch_open.html", limits=limits)

    async def batch(request: Request) -> Response:
        w = ws(request)
        batch_id = request.path_params["batch"]
        if not valid_id(batch_id):
            return problem(request, "その一括検査はありません", 404)
        rows = downloads.batch_rows(w, batch_id)
        return render(request, "batch.html", batch=batch_id, rows=rows,
                      pending=any(r["entry"].status in ("queued", "reading") for r in rows))

    async def batch_download(request: Request) -> Response:
        w = ws(request)
        batch_id, fmt = request.path_params["batch"], request.path_params["fmt"]
        if not valid_id(batch_id) or fmt not in ("csv", "xlsx"):
            return problem(request, "その形式では書き出せません", 404)
        body, media = downloads.batch_findings(w, batch_id, fmt)
        return Response(body, media_type=media, headers=downloads.attachment(f"findings.{fmt}"))

    async def not_found(request: Request, exc: Exception) -> Response:
        return problem(request, "見つかりません（削除されたか、別のブラウザで開いたファイルです）", 404)

    async def failure(request: Request, exc: Exception) -> Response:
        return problem(request, f"内部エラー（{type(exc).__name__}）: 処理できませんでした", 500)

    routes = [
        Route("/", home),
        Route("/upload", upload, methods=["POST"]),
        Route("/status", status),
        Route("/doc/{entry}/{n:int}", view),
        Route("/doc/{entry}/{n:int}/page/{page:int}.png", page_image),
        Route("/doc/{entry}/{n:int}/findings", findings_page),
        Route("/doc/{entry}/{n:int}/edit", edit, methods=["GET", "POST"]),
        Route("/doc/{entry}/{n:int}/download/{fmt}", download),
        Route("/doc/{entry}/{n:int}/draft", draft, methods=["GET", "POST"]),
        Route("/delete/{entry}", delete, methods=["POST"]),
        Route("/delete", delete, methods=["POST"]),
        Route("/batch", batch_form),
        Route("/batch/{batch}", batch),
        Route("/batch/{batch}/findings.{fmt}", batch_download),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Guard, token=token)],
                    exception_handlers={KeyError: not_found, 404: not_found, Exception: failure},
                    lifespan=_lifespan(reader))
    app.state.reader = reader
    return app


def _lifespan(reader: Reader):
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        reader.shutdown()

    return lifespan


async def _files(request: Request, limits: Limits) -> list[tuple[str, bytes]]:
    """The uploaded files, refusing a request larger than the limit before reading it."""
    size = request.headers.get("content-length")
    if size is None or not size.isdigit():
        raise UploadError("大きさの分からないアップロードは受け付けません")
    if int(size) > limits.upload_bytes:
        raise UploadError(f"アップロードが上限 {limits.upload_bytes // 1_000_000} MB を超えています")
    form = await request.form(max_files=limits.zip_members, max_part_size=limits.upload_bytes)
    out = []
    for value in form.getlist("files"):
        if hasattr(value, "read"):
            out.append((value.filename or "無題", await value.read()))
    if not out:
        raise UploadError("ファイルが選ばれていません")
    return out

