"""`casedesk-gui [--new-instance] [PATH]`, the installed entry point: forward fast, or start.

A file manager starts a new process for every double-click. When the application already runs,
this process only has to hand PATH to it (`desktop.ui.instance.forward`) and exit, so it loads
QtCore and QtNetwork and nothing else: the window and the case-file code (about 1.6 s of imports)
are loaded only when no instance answers and this process becomes the window
(`desktop.ui.app.main`, which makes the same check again in case another instance started
meanwhile).
"""

from __future__ import annotations

import sys

from desktop.ui.instance import forward, parse_arguments, server_name


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    options = parse_arguments(arguments[1:])
    if not options.new_instance and forward(server_name(), options.path):
        return 0  # the running window took the path and came to the front
    from desktop.ui.app import main as run_window

    return run_window(arguments)


if __name__ == "__main__":
    sys.exit(main())
