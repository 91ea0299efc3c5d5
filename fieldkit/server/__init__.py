"""The central server (FastAPI) of an office: sync protocol v1, back office, status page.

Start it with ``fieldkit-server run``; ``fieldkit.server.app.create_app(settings)`` builds
the application. See fieldkit/server/cli.py for the admin commands.
"""
