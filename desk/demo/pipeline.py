"""Making the customers' rows in a second process while this one writes them.

Making rows and writing them each take about half the time of a big demo store, and
the counter PC has at least two cores: above :data:`PARALLEL_FROM` customers one
worker process (``spawn``: safe beside Qt's threads) makes the chunks, in order, and
hands them over a bounded queue, while this process encrypts, hashes and writes. The
worker runs the very same :class:`CustomerMaker` as the inline path, so the rows are
identical either way. The ID-number key never leaves this process. (Threads would not
do: ``executemany`` gives up and takes back the GIL at every row, and beside a busy
thread a load ran 20 times slower.)

As with any ``spawn`` child, the program's entry script must keep its work under
``if __name__ == "__main__":``, and a frozen build (PyInstaller) must call
``multiprocessing.freeze_support()`` first thing. The worker stops by itself if this
process dies.
"""

from __future__ import annotations

import multiprocessing
import queue
import traceback
from collections.abc import Generator, Iterator
from typing import Any

from desk.demo.customers import Chunk, CustomerMaker, MakerSpec

PARALLEL_FROM = 100_000  # below this the worker's start-up (~1 s) is not worth it
CHUNK = 20_000  # customers a chunk: one progress line, one executemany per table
QUEUE_DEPTH = 3  # chunks waiting at most (memory: ~10 MB each)
_POLL_SECONDS = 1.0


def _ranges(total: int, size: int) -> Iterator[tuple[int, int]]:
    for first in range(0, total, size):
        yield first, min(total, first + size)


def _inline(spec: MakerSpec, size: int) -> Generator[Chunk, None, None]:
    maker = CustomerMaker(spec)
    for first, stop in _ranges(spec.customers, size):
        yield maker.make_chunk(first, stop)
    yield maker.make_stock()


def _put(out: Any, message: tuple[str, object]) -> bool:
    """Hand a message over; False if the parent is gone (killed: nobody will read)."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            out.put(message, timeout=_POLL_SECONDS)
            return True
        except queue.Full:
            if parent is not None and not parent.is_alive():
                return False


def _work(spec: MakerSpec, size: int, out: Any) -> None:
    """The worker process: every chunk in order, then the stock; or the error."""
    try:
        for item in _inline(spec, size):
            if not _put(out, ("item", item)):
                out.cancel_join_thread()  # else exit waits to flush into a pipe nobody reads
                return
        _put(out, ("done", None))
    except BaseException:
        _put(out, ("error", traceback.format_exc()))


def _parallel(spec: MakerSpec, size: int) -> Generator[Chunk, None, None]:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue(maxsize=QUEUE_DEPTH)
    worker = ctx.Process(target=_work, args=(spec, size, out), name="desk-demo-maker", daemon=True)
    worker.start()
    try:
        while True:
            try:
                tag, payload = out.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if not worker.is_alive():
                    raise RuntimeError(
                        f"the demo-data worker stopped (exit code {worker.exitcode})"
                    ) from None
                continue
            if tag == "done":
                break
            if tag == "error":
                raise RuntimeError(f"the demo-data worker failed:\n{payload}")
            yield payload
        worker.join()
    finally:
        if worker.is_alive():
            worker.terminate()
            worker.join()
        out.close()
        out.cancel_join_thread()


def make_rows(spec: MakerSpec, size: int | None = None) -> Generator[Chunk, None, None]:
    """Every :class:`Chunk` of customers in order, then one with the SIM stock."""
    size = size or CHUNK
    if spec.customers >= PARALLEL_FROM:
        return _parallel(spec, size)
    return _inline(spec, size)
