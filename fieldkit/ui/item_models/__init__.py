"""Qt item models over service results (lazy, paged)."""
