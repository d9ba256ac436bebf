"""The long run of tests/test_wal_tamper.py: random bit flips anywhere in a killed writer's WAL.

    .venv/bin/python tests/stress/wal_flips.py --flips 300 --seed 1

A forked writer commits notes to a fresh case file (minimum key-derivation cost, in a temporary
folder) and is killed with SIGKILL, leaving its commits in case.db-wal. Each trial flips one random
bit of a copy of that log and opens the copy. Outcomes: refused (a VaultError sentence, the damage
was detected), intact (opened, check passed, every committed note there), check-failed (opened,
`check` reports the damage), lost-last (the flip hit the last transaction's frames, which SQLite
cannot tell from a write torn by a power cut: that transaction is dropped — the one known gap) and
lost (anything else dropped silently: a bug). Exit status 1 when anything was lost outside the
last transaction.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import struct
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select

from desktop.models import Note
from desktop.models.enums import CaseKind, Role
from desktop.services.casefile import create_case_file, open_case_file
from desktop.services.check import check_case_file
from desktop.services.facade import Services
from desktop.vault import KdfParams, VaultError

PASSPHRASE = "wal flips passphrase"


def _killed_writer(path: Path, notes: int) -> list[int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            services = Services(open_case_file(path, PASSPHRASE, member="Sam"))
            reference = services.cases.create(CaseKind.INFORMATION_EXCHANGE, "WAL carrier").reference
            for number in range(notes):
                os.write(write_end, f"{services.cases.add_note(reference, f'note {number}')}\n".encode())
            os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(70)
    os.close(write_end)
    with os.fdopen(read_end) as reported:
        committed = [int(line) for line in reported]
    os.waitpid(pid, 0)
    return committed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flips", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--notes", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base.casedesk"
        case_file, _ = create_case_file(
            base, member_name="Sam", role=Role.SUPERVISOR, passphrase=PASSPHRASE, kdf=KdfParams.minimum()
        )
        case_file.close()
        committed = _killed_writer(base, args.notes)
        raw = (base / "case.db-wal").read_bytes()
        frame_size = 24 + struct.unpack(">I", raw[8:12])[0]
        frames = (len(raw) - 32) // frame_size
        commits = [i for i in range(frames) if struct.unpack(">I", raw[32 + i * frame_size + 4 :][:4])[0]]
        last_transaction = 32 + (commits[-2] + 1) * frame_size
        for trial in range(args.flips):
            copy = Path(folder) / f"trial-{trial}.casedesk"
            shutil.copytree(base, copy)
            offset = rng.randrange(len(raw))
            damaged = bytearray(raw)
            damaged[offset] ^= 1 << rng.randrange(8)
            (copy / "case.db-wal").write_bytes(bytes(damaged))
            try:
                opened = open_case_file(copy, PASSPHRASE, member="Sam")
            except VaultError:
                outcomes["refused"] += 1
            else:
                try:
                    with opened.reading() as session:
                        notes = list(session.scalars(select(Note.id).order_by(Note.id)))
                    healthy = check_case_file(opened).ok
                finally:
                    opened.close()
                if not healthy:
                    outcomes["check-failed"] += 1
                elif notes == committed:
                    outcomes["intact"] += 1
                elif offset >= last_transaction:
                    outcomes["lost-last"] += 1
                else:
                    outcomes["lost"] += 1
                    print(
                        f"LOST: flip at byte {offset} dropped {len(committed) - len(notes)} committed notes"
                    )
            shutil.rmtree(copy)
    print(
        f"log: {len(raw)} bytes, {frames} frames, {len(commits)} commits; last transaction from byte "
        f"{last_transaction}"
    )
    print(
        f"flips: {args.flips}; "
        + ", ".join(f"{k}: {outcomes[k]}" for k in ("refused", "check-failed", "intact", "lost-last", "lost"))
    )
    return 1 if outcomes["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
