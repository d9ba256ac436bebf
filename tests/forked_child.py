"""Run one step of a test in a forked child under a condition the parent must not share (a file
size limit that makes the disk look full), and bring back what the step raised."""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import traceback
from collections.abc import Callable


def limit_file_size(limit: int) -> None:
    """From now on no file of this process may grow past `limit` bytes: a write past it returns
    EFBIG (the signal that would kill the process is ignored), as a full disk does."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def refused_in_child(
    step: Callable[[], object], hook: Callable[[str, tuple[object, ...]], None]
) -> dict[str, object]:
    """Fork; in the child install `hook` as a Python audit hook (it only watches), run `step()` and
    report what it raised as one JSON line: {"refused": class name or None, "sentence",
    "template", "values"}. The child exits without closing anything (closing a case file would
    checkpoint, which a size limit may refuse)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read_end)
            sys.addaudithook(hook)
            try:
                step()
                line: dict[str, object] = {"refused": None}
            except Exception as error:  # what the user would be shown
                line = {
                    "refused": type(error).__name__,
                    "sentence": str(error),
                    "template": getattr(error, "template", None),
                    "values": {k: str(v) for k, v in getattr(error, "values", {}).items()},
                }
            os.write(write_end, (json.dumps(line) + "\n").encode())
        except BaseException:
            traceback.print_exc()
            code = 70
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as reported:
        lines = [json.loads(line) for line in reported]
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert len(lines) == 1
    return lines[0]
