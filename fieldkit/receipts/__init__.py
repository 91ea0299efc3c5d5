"""fieldkit.receipts (not built yet; see the open issues)."""
