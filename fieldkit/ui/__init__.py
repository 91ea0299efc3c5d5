"""PySide6 windows, dialogs and item models: thin views over fieldkit.services."""
