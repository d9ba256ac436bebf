#!/usr/bin/env bash
# Runs its arguments inside a throw-away HOME with an unlocked gnome-keyring on the session bus
# that dbus-run-session gave us. Called by ./dev test; never touches the real user's keyring.
set -euo pipefail
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
export XDG_RUNTIME_DIR=$HOME/run XDG_DATA_HOME=$HOME/data XDG_CONFIG_HOME=$HOME/config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # The unlock password is a throw-away for this temporary keyring only.
    eval "$(printf 'ci-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export CASEDESK_TEST_SECRET_SERVICE=1
fi
"$@"
