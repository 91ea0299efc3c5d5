"""The program's target is "more than 15 per village": 15 of 15 is one short."""

from __future__ import annotations

import pytest

from fieldkit.domain.target import reaches_target, still_needed, target_label


@pytest.mark.parametrize(
    ("served", "target", "reached", "needed"),
    [
        (0, 15, False, 16),
        (14, 15, False, 2),
        (15, 15, False, 1),
        (16, 15, True, 0),
        (40, 15, True, 0),
    ],
)
def test_a_visit_reaches_its_target_with_more_than_the_target(
    served: int, target: int, reached: bool, needed: int
) -> None:
    assert reaches_target(served, target) is reached
    assert still_needed(served, target) == needed


def test_the_target_prints_as_more_than() -> None:
    assert target_label(15) == "> 15"
