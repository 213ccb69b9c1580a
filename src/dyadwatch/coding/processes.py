"""Many documents over several processes: each worker holds its own copy of a pipeline.

The parse is most of the coder's cost and runs in one thread, so a second core only helps
from a second process.  A document is the unit of work because the coder's memories (names
learned, the last-named state an epithet points back to) live for one document and no longer.

Workers are forked: they inherit the loaded pipeline (spaCy model included) without pickling
it or loading it again.  Where a process cannot be forked (Windows) the documents are coded
in this process, the same events in the same order, only slower.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

_WORKER: Any = None  # the pipeline a worker process inherited


def resolve(n_process: int) -> int:
    """``n_process``: a count of processes, or -1 for one per core (as spaCy's ``nlp.pipe`` takes it)."""
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        from dyadwatch.errors import UsageError

        raise UsageError(f"--jobs {n_process}: give a number of processes of 1 or more, or -1 for one per core")
    return n_process


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def imap(pipeline, docs: Iterable[tuple[str, date | None]], n_process: int, chunksize: int = 4) -> Iterator:
    """``pipeline(text, date)`` for each document, in order, over ``n_process`` forked workers.  A bad
    ``n_process`` is refused here, not when the first result is asked for."""
    n = resolve(n_process)
    if n == 1 or not can_fork():
        return (pipeline(text, when) for text, when in docs)
    return _forked(pipeline, docs, n, chunksize)


def _forked(pipeline, docs, n: int, chunksize: int) -> Iterator:
    with multiprocessing.get_context("fork").Pool(n, initializer=_adopt, initargs=(pipeline,)) as pool:
        # imap keeps the input's order and reads it lazily: a long feed is never held whole
        yield from pool.imap(_code, docs, chunksize)


def _adopt(pipeline) -> None:
    global _WORKER
    _WORKER = pipeline


def _code(doc: tuple[str, date | None]):
    text, when = doc
    return _WORKER(text, when)
