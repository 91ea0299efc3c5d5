"""Receipts (tanda terima): device keys and certificates, signed QR payloads, PDF layouts."""
