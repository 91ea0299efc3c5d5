"""The program's target for a village visit.

The jemput bola program asks for *more than* 15 applicants per village (DESIGN: "the program's
target is more than 15 per village"); a visit's ``target`` is that number, 15 unless the
office sets another. So a visit reaches its target when it served more than ``target``
applicants: 15 of 15 is one short, 16 is reached. Every count, bar and verdict (the laptop's
counter, the daily report, the server's reports and monthly summary) uses these functions.
"""

from __future__ import annotations


def reaches_target(served: int, target: int) -> bool:
    """Whether ``served`` applicants are more than ``target``."""
    return served > target


def still_needed(served: int, target: int) -> int:
    """How many more applicants the visit needs to reach its target (0 once reached)."""
    return max(0, target + 1 - served)


def target_label(target: int) -> str:
    """The target as reports print it: "> 15" (more than 15)."""
    return f"> {target}"
