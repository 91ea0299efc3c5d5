"""What the public status page may show of a person: initials and a masked NIK."""

from __future__ import annotations

from fieldkit.domain.privacy import mask_nik

__all__ = ["mask_name", "mask_nik"]


def mask_name(name: str) -> str:
    """Each word's first letter and a star per further letter: ``S*** R*********``."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())
