"""Benchmarks: scripts that print a figure next to its target. Not timed tests."""
