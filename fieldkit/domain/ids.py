"""Identifiers: UUIDv7 (time-ordered, generated offline on any laptop) and typed id aliases."""

from __future__ import annotations

import os
import threading
import time
import uuid
from typing import NewType

ApplicationId = NewType("ApplicationId", str)
VisitId = NewType("VisitId", str)
OfficerId = NewType("OfficerId", str)
OfficeId = NewType("OfficeId", str)

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A RFC 9562 version 7 UUID.

    Within one millisecond a 12-bit counter in ``rand_a`` keeps ids from this
    process strictly increasing (method 1 of RFC 9562 section 6.2); the other
    62 bits are random, so ids from different laptops do not collide.
    """
    global _last_ms, _counter  # noqa: PLW0603 - process-wide monotonic state is the point
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= _counter << 64
        value |= 0b10 << 62
        value |= rand_b
        return uuid.UUID(int=value)


def new_id() -> str:
    """A new UUIDv7 as its canonical string, the form stored everywhere."""
    return str(uuid7())


def uuid7_time_ms(value: uuid.UUID | str) -> int:
    """The Unix time in milliseconds a UUIDv7 was made at."""
    u = uuid.UUID(str(value))
    return u.int >> 80
