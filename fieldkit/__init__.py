"""fieldkit: offline-first NIB outreach registration for DPMPTSP field officers."""

__version__ = "0.1.0"
