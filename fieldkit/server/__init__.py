"""The central server (FastAPI): not built yet; see the open server issue."""
