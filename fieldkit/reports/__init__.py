"""fieldkit.reports (not built yet; see the open issues)."""
