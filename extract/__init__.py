"""The extractor: plan and evaluation files (text, PDF, Word) into the contract's model.

``extract_file(path)`` reads a file, detects its format from its content, and
returns the documents it holds. Readers produce blocks; ``documents`` splits
them; ``segment`` and the section parsers fill the model.
"""

from __future__ import annotations

from .api import DATA_SUFFIXES, extract_bytes, extract_file, preload, read_documents
from .readers import ReadOptions
from .readers.pdfium_lock import PDFIUM_LOCK

__all__ = ["DATA_SUFFIXES", "PDFIUM_LOCK", "ReadOptions", "extract_bytes", "extract_file", "preload", "read_documents"]
