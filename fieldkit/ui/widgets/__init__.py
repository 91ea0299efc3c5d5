"""Reusable widgets: field with message, pickers, document panel."""
