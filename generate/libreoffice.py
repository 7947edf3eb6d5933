"""LibreOffice headless: Word to PDF, found and started only on the paths that need it.

The forms name the fonts Japanese offices use (ＭＳ 明朝, ＭＳ ゴシック); on machines
without them, ``fonts.conf`` beside this module maps them to Noto Serif/Sans CJK JP
so that the PDF keeps 明朝 body text and ゴシック headings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from hattatsu.errors import InputError

FONTS_CONF = Path(__file__).with_name("fonts.conf")
INSTALL_HINT = ("LibreOffice が見つかりません。PDF にするにはインストールしてください"
                "（Debian/Ubuntu: sudo apt-get install libreoffice-writer fonts-noto-cjk、"
                "macOS: brew install --cask libreoffice、Windows: https://ja.libreoffice.org/ から）")


@cache
def soffice() -> str | None:
    """Path of the LibreOffice program, looked up once per process."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    mac = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    return str(mac) if mac.exists() else None


def require() -> str:
    found = soffice()
    if not found:
        raise InputError("--pdf", INSTALL_HINT)
    return found


def to_pdf(docx: Path, outdir: Path, export: str = "pdf", timeout: int = 300) -> Path:
    """Convert docx into outdir/<stem>.pdf (its own profile, so parallel runs never collide)."""
    program = require()
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if FONTS_CONF.exists() and "FONTCONFIG_FILE" not in env:
        env["FONTCONFIG_FILE"] = str(FONTS_CONF)
    with tempfile.TemporaryDirectory(prefix="hattatsu-lo-") as profile:
        done = subprocess.run([program, f"-env:UserInstallation=file://{profile}", "--headless",
                               "--convert-to", export, "--outdir", str(outdir), str(docx)],
                              capture_output=True, timeout=timeout, env=env)
    pdf = outdir / f"{docx.stem}.pdf"
    if done.returncode != 0 or not pdf.exists():
        detail = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
        why = detail[-1] if detail else done.returncode
        raise InputError(str(docx), f"LibreOffice で PDF にできませんでした（{why}）")
    return pdf
