"""A user-space TCP proxy on 127.0.0.1 that behaves like a rural link (kernel netem is not
available): a bandwidth cap per direction shared by all connections, one-way latency, and
outages at seeded random moments (every connection reset, new ones refused for a while).

It can also answer HTTP requests with an error status (500/503) or stall answers, to test
recovery from a sick server. Bytes are counted per direction, for the wire/payload ratio.

    with FlakyLink(("127.0.0.1", server_port), rate_bps=4_000_000, latency=0.05) as link:
        requests.get(link.url + "/api/v1/info")
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

_READ = 8 * 1024
_QUEUE_BYTES = 64 * 1024


@dataclass
class Outages:
    """Outages of ``duration`` seconds; gaps between them uniform in [min_gap, max_gap]."""

    min_gap: float
    max_gap: float
    duration: float
    seed: int = 0


@dataclass
class _Direction:
    rate_bps: float | None
    free_at: float = 0.0
    bytes: int = 0

    def schedule(self, n: int, now: float) -> float:
        """When the last bit of ``n`` bytes leaves the link (shared FIFO of all connections)."""
        self.bytes += n
        if not self.rate_bps:
            return now
        start = max(now, self.free_at)
        self.free_at = start + n * 8 / self.rate_bps
        return self.free_at


@dataclass(eq=False)
class _Conn:
    writers: list[asyncio.StreamWriter] = field(default_factory=list)

    def abort(self) -> None:
        for w in self.writers:
            with contextlib.suppress(Exception):
                w.transport.abort()


class FlakyLink:
    def __init__(
        self,
        target: tuple[str, int],
        *,
        rate_bps: float | None = None,
        down_rate_bps: float | None = None,
        latency: float = 0.0,
        outages: Outages | None = None,
    ) -> None:
        self.target = target
        self.latency = latency
        self.up = _Direction(rate_bps)
        self.down = _Direction(down_rate_bps if down_rate_bps is not None else rate_bps)
        self.outages = outages
        self.is_down = False
        self.outage_count = 0
        self.http_fault: int | None = None  # answer every new request with this status
        self.stall: float = 0.0  # extra delay on every answer byte burst (slow server)
        self._conns: set[_Conn] = set()
        self._all: set[_Conn] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self._outage_task: asyncio.Task[None] | None = None
        self.port = 0

    # --- life cycle ------------------------------------------------------------------------

    def start(self) -> FlakyLink:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        async def _stop() -> None:
            if self._server is not None:
                self._server.close()
            self._abort_all()
            if self._outage_task is not None:
                self._outage_task.cancel()
            # Connection tasks end by themselves once aborted (cancelling them would make
            # asyncio's stream callback log the CancelledError).
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            await asyncio.wait(tasks, timeout=5)
            self._abort_all()
            for _ in range(3):
                await asyncio.sleep(0)  # let the aborted transports close their sockets
            if self._server is not None:
                await self._server.wait_closed()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(_stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> FlakyLink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def bytes_total(self) -> int:
        return self.up.bytes + self.down.bytes

    def reset_counters(self) -> None:
        self.up.bytes = 0
        self.down.bytes = 0

    # --- control from the test thread ----------------------------------------------------------

    def cut(self, seconds: float) -> None:
        """An outage now: reset every connection, refuse new ones for ``seconds``."""
        self._loop.call_soon_threadsafe(self._begin_outage, seconds)

    @contextlib.contextmanager
    def failing(self, status: int) -> Iterator[None]:
        self.http_fault = status
        self._loop.call_soon_threadsafe(self._abort_all)
        try:
            yield
        finally:
            self.http_fault = None

    @contextlib.contextmanager
    def stalled(self, seconds: float) -> Iterator[None]:
        self.stall = seconds
        try:
            yield
        finally:
            self.stall = 0.0

    # --- internals -------------------------------------------------------------------------------

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        if self.outages is not None:
            self._outage_task = asyncio.get_running_loop().create_task(
                self._outage_loop(self.outages)
            )

    async def _outage_loop(self, plan: Outages) -> None:
        rng = random.Random(plan.seed)
        while True:
            await asyncio.sleep(rng.uniform(plan.min_gap, plan.max_gap))
            self._begin_outage(plan.duration)
            await asyncio.sleep(plan.duration)

    def _begin_outage(self, seconds: float) -> None:
        self.is_down = True
        self.outage_count += 1
        self._abort_all()
        self._loop.call_later(seconds, self._end_outage)

    def _end_outage(self) -> None:
        self.is_down = False

    def _abort_all(self) -> None:
        for conn in list(self._conns) + list(self._all):
            conn.abort()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.is_down:
            writer.transport.abort()
            writer.close()
            return
        if self.http_fault is not None:
            await self._answer_fault(reader, writer, self.http_fault)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            writer.close()
            return
        conn = _Conn([writer, up_writer])
        self._conns.add(conn)
        self._all.add(conn)
        try:
            await asyncio.gather(
                self._pump(reader, up_writer, self.up, conn, is_answer=False),
                self._pump(up_reader, writer, self.down, conn, is_answer=True),
            )
        except Exception:  # any failure of either side ends the connection
            conn.abort()
        finally:
            self._conns.discard(conn)
            for w in conn.writers:
                with contextlib.suppress(Exception):
                    w.close()
                    await w.wait_closed()
            self._all.discard(conn)

    async def _answer_fault(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, status: int
    ) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            body = b'{"code":"test.fault","detail":"injected"}'
            writer.write(
                f"HTTP/1.1 {status} Fault\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        writer.transport.abort()
        writer.close()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        direction: _Direction,
        conn: _Conn,
        *,
        is_answer: bool,
    ) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        in_flight = [0]
        room = asyncio.Event()
        room.set()

        async def deliver() -> None:
            with contextlib.suppress(ConnectionError, OSError):
                await deliver_all()

        async def deliver_all() -> None:
            while True:
                item = await queue.get()
                if item is None:
                    with contextlib.suppress(Exception):
                        writer.write_eof()
                    return
                at, data = item
                delay = at - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
                in_flight[0] -= len(data)
                if in_flight[0] < _QUEUE_BYTES:
                    room.set()

        delivery = loop.create_task(deliver())
        try:
            while True:
                await room.wait()
                data = await reader.read(_READ)
                if not data:
                    await queue.put(None)
                    break
                if self.is_down:
                    raise ConnectionResetError
                sent = direction.schedule(len(data), loop.time())
                extra = self.stall if is_answer else 0.0
                await queue.put((sent + self.latency + extra, data))
                in_flight[0] += len(data)
                if in_flight[0] >= _QUEUE_BYTES:
                    room.clear()
            await delivery
        finally:
            if not delivery.done():
                delivery.cancel()


def wait_until(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(predicate) and predicate():
            return True
        time.sleep(0.05)
    return False
