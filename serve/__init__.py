"""`hattatsu serve`: a local web page that does the whole job — open plans and reports, see the
data beside the source, check, correct, download the forms, draft the next plan, batch-check.

Starlette under uvicorn; pages rendered on the server from Jinja2 templates; no build step and
nothing loaded from the network, so it works offline and on an office server.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path

from .app import create_app
from .jobs import Limits

__all__ = ["Limits", "create_app", "default_data_dir", "is_loopback", "run"]


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "hattatsu"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(host: str, port: int, data_dir: Path, token: str | None, echo=print) -> None:
    """Serve until interrupted. Beyond this machine a token is always required (one is made
    when none is given) and printed in the address to open."""
    import uvicorn

    if not is_loopback(host) and not token:
        token = secrets.token_urlsafe(16)
    app = create_app(data_dir, token=token)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown if host not in ('0.0.0.0', '::') else '127.0.0.1'}:{port}/"
    echo(f"hattatsu serve: {url}{'?token=' + token if token else ''} を開いてください（終了は Ctrl+C）")
    echo(f"作業場所: {data_dir}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
