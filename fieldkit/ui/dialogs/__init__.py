"""Dialogs opened from several pages: printing a receipt, verifying one."""
