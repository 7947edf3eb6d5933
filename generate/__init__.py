"""The generator: a plan (extracted, drafted or written by hand) into the Word forms
概要 and 別表1–4, filled with docxtpl from the templates in ``templates/``.

``render_plan(plan)`` gives the .docx bytes and warnings; ``libreoffice.to_pdf``
prints a .docx to PDF when LibreOffice is installed.
"""

from __future__ import annotations

from .render import render_plan

__all__ = ["render_plan"]
