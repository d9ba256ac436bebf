"""Damage in the database's write-ahead log (case.db-wal), found before SQLite reads it.

After a crash the WAL holds committed transactions not yet copied into case.db. SQLite replays
its frames up to the first one whose checksum fails and silently ignores the rest: one flipped
byte in the middle of the log would drop every change committed after it, without a word. This
module reads the log as SQLite does (https://sqlite.org/fileformat.html#the_write_ahead_log) and
tells such damage apart from a torn last write, which a crash can leave and which held nothing
committed: damage is a frame SQLite would reject followed by the commit of a *later* transaction
of the same log generation whose own checksum is intact (valid against the frame before it as
stored).

Why a later one: the transaction holding the bad frame may be one SQLite never finished. When a
transaction outgrows the page cache, SQLite rewrites a page it already logged in place and writes
the commit frame before it repairs the checksum chain and syncs (walRewriteChecksums in wal.c); a
crash in between leaves exactly a bad frame followed by an intact commit of the same transaction.
Refusing that would send the user to a backup for a transaction that was never committed. The
price: damage inside the log's last transaction is not told apart from that, and SQLite drops
that one transaction, as it would after a torn write.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path

_MAGICS = {0x377F0682: "<", 0x377F0683: ">"}  # low bit set: checksums over big-endian words
_HEADER, _FRAME_HEADER = 32, 24


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for x0, x1 in zip(words[0::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def wal_damage(wal_path: Path) -> int | None:
    """The 0-based index of the first damaged frame (-1: the log's header), or None when SQLite
    will replay every committed frame of the log (or there is no log).

    Checksums are computed only where they decide something: along the chain SQLite replays, and
    for committing frames of the same generation after a break; older frames are skipped cheaply."""
    try:
        with wal_path.open("rb") as file:
            if os.fstat(file.fileno()).st_size < _HEADER:
                return None
            with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as raw:
                return _first_damaged_frame(raw)
    except FileNotFoundError:
        return None


def _first_damaged_frame(raw: mmap.mmap) -> int | None:
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", raw[:_HEADER])
    order = _MAGICS.get(magic)
    frame_size = _FRAME_HEADER + page_size
    if order is None or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        # Not a header SQLite accepts: damage only if whole frames follow that chain from it.
        return -1 if len(raw) >= _HEADER + _FRAME_HEADER + 512 else None
    frames = (len(raw) - _HEADER) // frame_size
    header_valid = _checksum(raw[:24], order, 0, 0) == (c1, c2)
    if not header_valid and frames:  # the salts may be what was damaged: take the first frame's
        salt1, salt2 = struct.unpack(">2I", raw[_HEADER + 8 : _HEADER + 16])
    previous = (c1, c2)  # the chain as stored, frame after frame
    first_bad: int | None = None if header_valid else -1
    damaged_transaction_ended = False  # the commit frame of the bad frame's own transaction passed
    for index in range(frames):
        start = _HEADER + index * frame_size
        header = raw[start : start + _FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", header)
        same_generation = (f_salt1, f_salt2) == (salt1, salt2)
        if first_bad is None or (same_generation and commit):
            locally_valid = same_generation and _checksum(
                raw[start + _FRAME_HEADER : start + frame_size],
                order,
                *_checksum(header[:8], order, *previous),
            ) == (f1, f2)
            if first_bad is None and not locally_valid:
                first_bad = index
                damaged_transaction_ended = bool(commit) and same_generation
            elif first_bad is not None and commit and same_generation:
                if damaged_transaction_ended and locally_valid:
                    return first_bad  # a later transaction, committed, that SQLite would drop
                damaged_transaction_ended = True
        previous = (f1, f2)
    return None
