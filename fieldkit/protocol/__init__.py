"""fieldkit.protocol (not built yet; see the open issues)."""
