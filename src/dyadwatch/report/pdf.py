"""PDF output with WeasyPrint, optionally in a second process (kept free of heavy imports)."""

from __future__ import annotations

from pathlib import Path


def _import_weasyprint():
    import logging

    try:
        import weasyprint
    except OSError as e:  # WeasyPrint loads Pango through ctypes
        from dyadwatch.errors import DyadwatchError

        raise DyadwatchError(f"PDF output needs the Pango library ({e}); "
                             "install it with: apt-get install libpango-1.0-0 libpangoft2-1.0-0") from None

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return weasyprint


def render_pdf(html: str, path: Path) -> None:
    _import_weasyprint().HTML(string=html).write_pdf(str(path))


class PdfWorker:
    """Renders the PDF in a second process that imports WeasyPrint while the brief is evaluated.

    WeasyPrint's import and layout are pure Python; on a two-core machine the import overlaps
    with evaluation and charts.  Where ``fork`` is unavailable, rendering stays in-process.
    """

    def __init__(self):
        import multiprocessing

        self.pool = None
        if "fork" in multiprocessing.get_all_start_methods():
            self.pool = multiprocessing.get_context("fork").Pool(1, initializer=_import_weasyprint)

    def render(self, html: str, path: Path) -> None:
        if self.pool is None:
            render_pdf(html, path)
        else:
            self.pool.apply(render_pdf, (html, path))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()

    def __enter__(self) -> "PdfWorker":
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None and self.pool is not None:
            self.pool.terminate()
        self.close()
