"""Which laptop times can be true: the rule the sync engine flags by and reports trust by.

A laptop whose clock was reset (to 1970) or runs far ahead stamps impossible times on what
it records. The laptop flags such records when it learns the server's time; the server
judges the same times against the moment it received them. Both use this one rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

# fieldkit did not exist before this: an earlier time means the laptop's clock was reset.
EARLIEST_PLAUSIBLE: Final = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
# How far ahead of the server's time a record may be (clock drift, time zones set wrong).
FUTURE_TOLERANCE: Final = dt.timedelta(days=1)


def plausible_window(server_now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Times a laptop record may carry: not before fieldkit existed, not ahead of the server."""
    return EARLIEST_PLAUSIBLE, server_now + FUTURE_TOLERANCE


def time_flag(at: dt.datetime, server_now: dt.datetime) -> str:
    """ "" when ``at`` is possible; "past" or "future" when it cannot be true."""
    earliest, latest = plausible_window(server_now)
    if at < earliest:
        return "past"
    if at > latest:
        return "future"
    return ""
