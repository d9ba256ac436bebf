"""`write_private`: plaintext case data the user asked for, written owner-only and atomically.

Failures are real ones where the file system can give them (a folder in the way, a missing
folder, a file-size limit in a child process); only the fsync failure is injected, on the
standard library's `os.fsync`.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.services.errors import InvalidInput
from desktop.services.private_files import PrivateWriteError, check_private_destination, write_private

ROOT = Path(__file__).resolve().parent.parent


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_new_file_is_owner_only_and_whole(tmp_path: Path) -> None:
    target = tmp_path / "package.asice"
    assert write_private(target, b"signed bytes") == target
    assert target.read_bytes() == b"signed bytes"
    assert _mode(target) == 0o600
    assert _names(tmp_path) == ["package.asice"]  # no temporary file left beside it


def test_overwriting_a_world_readable_file_does_not_keep_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "almanac.csv"
    target.write_bytes(b"an older, longer export that anyone on the machine could read")
    target.chmod(0o644)
    old_inode = target.stat().st_ino
    write_private(str(target), b"new")
    assert target.read_bytes() == b"new"  # replaced whole, not truncated or appended
    assert _mode(target) == 0o600
    assert target.stat().st_ino != old_inode  # a new file renamed over it, not the old one rewritten
    assert _names(tmp_path) == ["almanac.csv"]


def test_a_symlink_at_the_destination_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"untouched")
    link = tmp_path / "code.txt"
    link.symlink_to(elsewhere)
    write_private(link, b"recovery code")
    assert not link.is_symlink() and link.read_bytes() == b"recovery code"
    assert elsewhere.read_bytes() == b"untouched"


def test_a_missing_folder_is_one_sentence_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "x.asice"
    with pytest.raises(PrivateWriteError) as raised:
        write_private(target, b"data")
    assert isinstance(raised.value, InvalidInput)
    assert str(raised.value) == f"The file {target} could not be written (No such file or directory)."
    assert raised.value.reason == "No such file or directory"
    assert _names(tmp_path) == []


def test_a_failed_rename_removes_the_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "package.asice"
    folder.mkdir()
    (folder / "inside").write_bytes(b"x")  # a non-empty folder cannot be renamed over
    with pytest.raises(PrivateWriteError, match=r"could not be written \("):
        write_private(folder, b"data")
    assert _names(tmp_path) == ["package.asice"] and _names(folder) == ["inside"]


def test_a_failed_fsync_removes_the_temporary_file_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.txt"
    target.write_bytes(b"the previous copy")

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(PrivateWriteError) as raised:
        write_private(target, b"the new copy")
    assert raised.value.reason == os.strerror(errno.ENOSPC)
    assert target.read_bytes() == b"the previous copy"  # atomic: the old file or the new, never half
    assert _names(tmp_path) == ["copy.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_cut_short_by_the_file_size_limit_leaves_nothing_half_written(tmp_path: Path) -> None:
    """A real short write: the child process may not write files over 1 KiB."""
    target = tmp_path / "big.bin"
    target.write_bytes(b"old")
    script = textwrap.dedent(
        f"""
        import resource, signal
        from desktop.services.private_files import PrivateWriteError, write_private
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        try:
            write_private({str(target)!r}, b"x" * 100_000)
        except PrivateWriteError as error:
            print(error.reason)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == os.strerror(errno.EFBIG)
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["big.bin"]


def test_the_check_refuses_what_the_write_would_refuse_and_leaves_nothing(tmp_path: Path) -> None:
    check_private_destination(tmp_path / "fine.asice")
    assert _names(tmp_path) == []
    with pytest.raises(PrivateWriteError, match="No such file or directory"):
        check_private_destination(tmp_path / "gone" / "x.asice")
    with pytest.raises(PrivateWriteError, match="Is a directory"):
        check_private_destination(tmp_path)
    with pytest.raises(PrivateWriteError, match="File name too long"):
        check_private_destination(tmp_path / ("n" * 300))
    with pytest.raises(PrivateWriteError, match="File name too long"):
        write_private(tmp_path / ("n" * 300), b"data")
    assert _names(tmp_path) == []
