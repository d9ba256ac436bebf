"""Bench: time from launching the desktop program to its unlock screen on the display.

    xvfb-run -a -s "-screen 0 1280x800x24 -noreset" .venv/bin/python bench/bench_startup.py \
        [--bundle dist/casedesk] [--runs 7]

`-noreset` matters: by default Xvfb resets when its last client leaves, and a program started
during the reset cannot connect.

Measured from outside, as a person would see it: the clock starts when the process is spawned
and stops when X reports a visible top-level window with the expected title (`xdotool search
--onlyvisible`, polled every 10 ms; Debian package `xdotool`). The program is given a demo case
file, so the first window it maps is that file's unlock screen. Each program runs `--runs` times
with its own empty settings (HOME in a temporary folder) and is then terminated; the median is
printed beside the fastest and slowest run.

Then, with one instance running, the time a second start takes to hand a package to it and exit
(`casedesk-gui PACKAGE`, what a double-click in the file manager does), beside the same through
the window module itself (`python -m desktop.ui.app PACKAGE`, which imports the whole window
first): the light entry point desktop/ui/start.py is what makes the difference.

Baselines measured in the same run, on the same display:
- a bare PySide6 QWidget window from the same venv (the floor any PySide6 program pays);
- `casedesk-gui` from the source venv (Python importing the modules from site-packages);
- `casedesk-gui` from the PyInstaller bundle, when `--bundle` names a built one
  (`pyinstaller --noconfirm installer/casedesk.spec`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = (
    "from PySide6.QtWidgets import QApplication, QLabel;"
    "app = QApplication([]); w = QLabel('baseline'); w.setWindowTitle('bench-baseline-window');"
    "w.resize(400, 300); w.show(); app.exec()"
)
TIMEOUT_S = 60.0


def _visible(title: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True, check=False, timeout=10
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def _time_to_window(command: list[str], title: str, home: Path) -> float:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("QT_QPA_PLATFORM", None)
    started = time.perf_counter()
    log = (home / "stderr.txt").open("wb")
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        while not _visible(title):
            if process.poll() is not None:
                errors = (home / "stderr.txt").read_text(errors="replace")[-2000:]
                raise SystemExit(
                    f"{command[0]} exited ({process.returncode}) before showing a window:\n{errors}"
                )
            if time.perf_counter() - started > TIMEOUT_S:
                raise SystemExit(f"{command[0]} showed no window in {TIMEOUT_S:.0f} s")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _measure(label: str, command: list[str], title: str, runs: int, scratch: Path) -> None:
    times = []
    for run in range(runs):
        home = Path(tempfile.mkdtemp(prefix=f"home-{run}-", dir=scratch))
        times.append(_time_to_window(command, title, home))
    print(
        f"{label:<34} median {statistics.median(times) * 1000:7.0f} ms   "
        f"fastest {min(times) * 1000:6.0f}   slowest {max(times) * 1000:6.0f}   ({runs} runs)"
    )


def _measure_forward(label: str, command: list[str], runs: int) -> None:
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    print(
        f"{label:<34} median {statistics.median(times) * 1000:7.0f} ms   "
        f"fastest {min(times) * 1000:6.0f}   slowest {max(times) * 1000:6.0f}   ({runs} runs)"
    )


def _second_starts(venv: Path, demo: Path, package: Path, scratch: Path, runs: int) -> None:
    home = Path(tempfile.mkdtemp(prefix="home-running-", dir=scratch))
    runtime = Path(tempfile.mkdtemp(prefix="runtime-", dir=scratch))
    runtime.chmod(0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("QT_QPA_PLATFORM", None)
    running = subprocess.Popen(
        [str(venv / "casedesk-gui"), str(demo)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.perf_counter() + TIMEOUT_S
        while not _visible(demo.name) and time.perf_counter() < deadline:
            time.sleep(0.05)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)  # the second starts find the same socket
        os.environ["HOME"] = str(home)
        print("A second start handing a package to the running window, until it exits")
        _measure_forward("casedesk-gui PACKAGE (start.py)", [str(venv / "casedesk-gui"), str(package)], runs)
        _measure_forward(
            "python -m desktop.ui.app PACKAGE", [sys.executable, "-m", "desktop.ui.app", str(package)], runs
        )
    finally:
        running.terminate()
        running.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="a built dist/casedesk folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("bench_startup: no DISPLAY; run it under xvfb-run", file=sys.stderr)
        return 2
    if shutil.which("xdotool") is None:
        print("bench_startup: xdotool is missing (apt install xdotool)", file=sys.stderr)
        return 2
    venv = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="casedesk-startup-") as folder:
        scratch = Path(folder)
        demo = scratch / "startup.casedesk"
        packages = scratch / "packages"
        subprocess.run(
            [
                str(venv / "casedesk"),
                "demo",
                str(demo),
                "--cases",
                "3",
                "--requests",
                "10",
                "--packages",
                str(packages),
            ],
            env={**os.environ, "CASEDESK_PASSPHRASE": "demo"},
            check=True,
            capture_output=True,
            timeout=300,
        )
        title = "startup.casedesk"  # the window title names the file on its unlock screen
        print(f"Time from launch to a visible window (Xvfb {os.environ['DISPLAY']}, {os.cpu_count()} CPUs)")
        _measure(
            "bare PySide6 window (baseline)",
            [sys.executable, "-c", BARE],
            "bench-baseline-window",
            args.runs,
            scratch,
        )
        _measure(
            "casedesk-gui, source venv",
            [str(venv / "casedesk-gui"), "--new-instance", str(demo)],
            title,
            args.runs,
            scratch,
        )
        if args.bundle is not None:
            program = args.bundle / "casedesk-gui"
            _measure(
                "casedesk-gui, PyInstaller bundle",
                [str(program), "--new-instance", str(demo)],
                title,
                args.runs,
                scratch,
            )
        package = next(packages.glob("answer-*.asice"))
        _second_starts(venv, demo, package, scratch, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
