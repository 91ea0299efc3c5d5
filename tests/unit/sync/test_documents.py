"""Upload scheduling and pacing: which document goes next, and how fast bytes may leave."""

from __future__ import annotations

import pytest

from fieldkit.sync.documents import (
    PACE_BURST_BYTES,
    PACE_STRETCH_SECONDS,
    Pacer,
    UploadQueue,
)
from fieldkit.sync.transport import PacedBody


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_fresh_documents_go_first_after_a_cut_and_one_resume_at_a_time() -> None:
    queue = UploadQueue(["a", "b", "c"])
    assert queue.take() == ("a", False)
    queue.put_back("a", resume=True)  # its request broke mid-body
    # Right after a cut a worker wants bytes flowing at once: a fresh document.
    assert queue.take(prefer_resume=False) == ("b", False)
    queue.put_back("b", resume=False)  # failed at once: still fresh, and first again
    assert queue.take(prefer_resume=False) == ("b", False)
    # Otherwise the resume goes first, but only one offset query at a time.
    assert queue.take() == ("a", True)
    queue.put_back("b", resume=True)
    assert queue.take() == ("c", False)
    queue.done(resume=True)  # "a" finished
    assert queue.take() == ("b", True)
    assert queue.take() is None


def test_resumes_are_taken_when_no_fresh_document_is_left() -> None:
    queue = UploadQueue(["a"])
    assert queue.take() == ("a", False)
    queue.put_back("a", resume=True)
    assert queue.take() == ("a", True)
    queue.put_back("a", resume=True)
    queue.done(resume=True)
    # Even with another resume running, a lone resume is not held back.
    assert queue.take(prefer_resume=False) == ("a", True)


def test_pacer_sends_unpaced_until_a_stretch_measured_the_link() -> None:
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.sending()
    for _ in range(4):
        clock.now += 1.0
        pacer.acked(400_000)
    assert pacer.rate is None  # 4 s is not a stretch yet
    clock.now += 1.0
    pacer.acked(400_000)
    assert pacer.rate == pytest.approx(2_000_000 / PACE_STRETCH_SECONDS)
    pacer.broken()  # a cut ends the stretch; the best rate so far stays
    pacer.acked(10_000_000)  # confirmations outside a stretch do not count
    assert pacer.rate == pytest.approx(400_000)
    pacer.sending()
    for _ in range(6):
        clock.now += 1.0
        pacer.acked(100_000)  # a slower stretch does not lower the estimate
    assert pacer.rate == pytest.approx(400_000)


def test_pacer_lets_a_burst_go_then_makes_the_sender_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.pace(10_000_000)  # not measured yet: nothing waits
    pacer.sending()
    for _ in range(5):
        clock.now += 1.0
        pacer.acked(500_000)
    assert pacer.rate == pytest.approx(500_000)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    monkeypatch.setattr("fieldkit.sync.documents.time.sleep", sleep)
    pacer.pace(PACE_BURST_BYTES)
    assert slept == []
    started = clock.now
    for _ in range(10):
        pacer.pace(50_000)
    # 500 kB at about 500 kB/s (the gain cycle moves it a little either way).
    assert 0.7 < clock.now - started < 1.3


def test_paced_body_hands_out_pieces_only_when_allowed() -> None:
    data = bytes(range(256)) * 200
    asked: list[int] = []
    body = PacedBody(data, asked.append)
    assert len(body) == len(data)
    pieces = []
    while piece := body.read(8192):
        pieces.append(piece)
    assert b"".join(pieces) == data
    assert asked == [len(p) for p in pieces]
    assert body.read(8192) == b""


def test_documents_interrupted_in_an_earlier_pass_start_as_resumes() -> None:
    queue = UploadQueue(["a", "b", "c"], resume=frozenset({"b"}))
    assert queue.take(prefer_resume=False) == ("a", False)
    assert queue.take() == ("b", True)
    assert queue.take() == ("c", False)
    assert queue.take() is None
