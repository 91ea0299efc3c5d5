"""``fieldkit audit verify``: check the laptop's audit log chain from the command line.

Exit codes: 0 the chain is intact, 1 it is broken (the first bad entry is named), 2 the laptop
is not set up yet, 5 an unexpected error, 6 the laptop's data could not be unlocked (as for
``fieldkit sync``, whose unlocking it shares).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final, TextIO

from fieldkit.domain.audit import verdict_text
from fieldkit.services.audit import verify_log
from fieldkit.store.local import LocalStore, default_data_dir, open_local_store
from fieldkit.store.schema import DatabaseTooNewError
from fieldkit.sync_cli import unlock_key

EXIT_INTACT: Final = 0
EXIT_BROKEN: Final = 1
EXIT_ERROR: Final = 5

EPILOG = """\
kode keluar (exit codes):
  0  catatan audit utuh (the audit log is intact)
  1  catatan audit rusak; nomor entri pertama yang rusak dicetak
     (the audit log is broken; the first bad entry's number is printed)
  2  laptop ini belum diatur (this laptop is not set up yet)
  5  kesalahan tak terduga (unexpected error)
  6  data laptop tidak bisa dibuka (the laptop's data could not be unlocked)
"""


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="fieldkit audit",
        description="Periksa catatan audit laptop ini (rantai hash) tanpa membuka aplikasi.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    verify = sub.add_parser("verify", help="periksa apakah ada entri yang diubah atau dihapus")
    verify.add_argument("--data-dir", type=Path, default=None, help="folder data laptop")
    verify.add_argument("--officer", default=None, help="nama petugas yang membuka data laptop")
    return parser.parse_args(list(argv))


def run_verify(store: LocalStore, *, out: TextIO) -> int:
    verdict = verify_log(store.sessions)
    print(str(verdict_text(verdict)), file=out, flush=True)
    return EXIT_INTACT if verdict.is_intact else EXIT_BROKEN


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    key = unlock_key(data_dir, args.officer, out=sys.stdout, ask=getpass.getpass)
    if isinstance(key, int):
        return key
    try:
        store = open_local_store(data_dir, data_key=key)
    except DatabaseTooNewError as exc:
        print(f"fieldkit: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return run_verify(store, out=sys.stdout)
    except Exception as exc:  # the exit code says "unexpected"; the trace goes to stderr
        print(f"fieldkit audit: kesalahan tak terduga: {exc!r}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
