#!/usr/bin/env bash
# The desktop smoke test: start a virtual display and tauri-driver (which drives the real
# Clipline window through WebKitWebDriver), run smoke.test.mjs and unopened.test.mjs, and
# always stop both.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DESKTOP_BIN="${DESKTOP_BIN:-$root/target/debug/clipline-desktop}"
[ -x "$DESKTOP_BIN" ] || { echo "desktop smoke: $DESKTOP_BIN is not built (make build)"; exit 1; }
command -v tauri-driver >/dev/null || { echo "desktop smoke: tauri-driver is missing (make test-deps)"; exit 1; }
for tool in xdotool xclip; do
  command -v "$tool" >/dev/null || { echo "desktop smoke: $tool is missing (make test-deps)"; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A display number nobody uses.
for n in $(seq 90 140); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY="$display"

# The window opens on a fresh notebook of its own.
export CLIPLINE_DB="$work/notebook.db"
# Downloads from the window land in a Downloads folder of its own (XDG's user-dirs file).
export DOWNLOADS_DIR="$work/downloads" XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME"
printf 'XDG_DOWNLOAD_DIR="%s"\n' "$DOWNLOADS_DIR" > "$XDG_CONFIG_HOME/user-dirs.dirs"
# Links out of the app go to the system browser through xdg-open: a stand-in records them.
mkdir -p "$work/bin"
export OPENED_LOG="$work/opened.txt"
printf '#!/bin/sh\necho "$1" >> "%s"\n' "$OPENED_LOG" > "$work/bin/xdg-open"
chmod +x "$work/bin/xdg-open"
export PATH="$work/bin:$PATH"
# WebKitGTK under Xvfb has no GPU: render in software.
export WEBKIT_DISABLE_DMABUF_RENDERER=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1
# The app's loopback server for the browser extension, on a port of its own.
export CLIPLINE_PORT; CLIPLINE_PORT=$(free_port)
export TAURI_DRIVER_PORT; TAURI_DRIVER_PORT=$(free_port)
native_port=$(free_port)
tauri-driver --port "$TAURI_DRIVER_PORT" --native-port "$native_port" >"$work/tauri-driver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$TAURI_DRIVER_PORT/status" >/dev/null 2>&1 && break
  sleep 0.1
done

cd "$here"
status=0
# One window at a time: the smoke test's, then one on a notebook it cannot open.
node --test --test-concurrency=1 --test-reporter=tap smoke.test.mjs unopened.test.mjs \
  | tee "$work/tap.txt" || status=$?
# Node exits 0 if a test's promise is left pending with nothing to wait on: demand a pass.
grep -q '^# pass [1-9]' "$work/tap.txt" && grep -q '^# fail 0' "$work/tap.txt" || status=1
if [ "$status" -ne 0 ]; then
  echo "--- tauri-driver log"; tail -n 40 "$work/tauri-driver.log" || true
fi
exit "$status"
