"""Entry point of the frozen desktop app (PyInstaller runs this file, see build_installer.spec)."""

from fieldkit.app import main

raise SystemExit(main())
