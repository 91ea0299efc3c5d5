"""The protocol version: one named constant per version, each with a dated note.

A laptop sends its version in the ``Fieldkit-Protocol`` header; the server refuses
a version it does not speak with the stable error code ``protocol.unsupported``, so
an old laptop is told to update instead of half-syncing.
"""

from __future__ import annotations

from typing import Final

# 2026-11: v1. Push of outbox entries (visit.upsert, application.create/update/status) with
# per-entry outcomes; content-addressed documents with resumable chunked upload; pull of
# server changes (status, NIB, needs-fix reasons, possible duplicates, device revocation)
# after an integer cursor. Bodies are JSON, optionally gzip-compressed on the way up.
PROTOCOL_V1: Final = 1
# 2026-11: v2. Receipt trust. Enrolment may send the laptop's receipt-signing public key and
# then answers with the office public key and the office's certificate of that key; a laptop
# enrolled under v1 sends its key once to POST /api/v1/device/certificate. Pull carries the
# office public key and "device.certified" changes (every device's certificate, so a laptop
# verifies other laptops' receipts offline), and "device.revoked" changes name the device's
# tracking prefix. The server still serves v1 laptops: their answers leave all of this out.
PROTOCOL_V2: Final = 2
# 2026-11: v3. Office reports. A "visit.upsert" payload also names the officers present (id,
# name, role) and the documents the office required at the visit, so the server's reports
# carry the same header and missing-document counts as the laptop's. A laptop asks
# GET /api/v1/info first (it checks no version) and then speaks the lower of the two
# versions, leaving the v3 keys out for a v2 server. The server still takes v1/v2 visits.
PROTOCOL_V3: Final = 3

PROTOCOL_VERSION: Final = PROTOCOL_V3
SUPPORTED_VERSIONS: Final = frozenset({PROTOCOL_V1, PROTOCOL_V2, PROTOCOL_V3})
PROTOCOL_HEADER: Final = "Fieldkit-Protocol"
