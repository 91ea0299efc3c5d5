"""Entities, value objects, validation rules and the application state machine (pure Python)."""
