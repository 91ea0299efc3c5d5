"""fieldkit.sync (not built yet; see the open issues)."""
