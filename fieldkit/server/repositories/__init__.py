"""Queries of the server, one module per resource. They take a Session and return values."""
