"""One lock for every call into PDFium. The library is not thread-safe, not even across
documents: pypdfium2's documentation says calls from two threads at once crash or corrupt the
process, and they did (a segmentation fault with three readers in threads, as `serve` runs them).
Work between the calls (lines, tables, paragraphs) runs outside it."""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
