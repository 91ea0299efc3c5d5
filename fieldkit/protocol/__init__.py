"""Sync protocol v1: the wire schemas shared by the laptop's sync engine and the central server."""

from fieldkit.protocol.version import PROTOCOL_HEADER, PROTOCOL_VERSION

__all__ = ["PROTOCOL_HEADER", "PROTOCOL_VERSION"]
