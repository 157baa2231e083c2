#!/usr/bin/env bash
# Open the real desktop window under a virtual display and save a screenshot of it.
#   screenshot.sh DESKTOP_BIN OUT.png   (the notebook is CLIPLINE_DB, or a fresh one)
set -euo pipefail
bin=${1:?usage: screenshot.sh DESKTOP_BIN OUT.png}
out=${2:?usage: screenshot.sh DESKTOP_BIN OUT.png}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for n in $(seq 90 140); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1280x840x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY="$display" CLIPLINE_DB="${CLIPLINE_DB:-$work/notebook.db}"
export WEBKIT_DISABLE_DMABUF_RENDERER=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1
"$bin" >"$work/app.log" 2>&1 &
pids+=($!)
# Wait until a window named Clipline is mapped, then give the UI a moment to render.
for _ in $(seq 100); do xwininfo -root -tree 2>/dev/null | grep -q '"Clipline"' && break; sleep 0.2; done
sleep "${SETTLE_SECONDS:-4}"
mkdir -p "$(dirname "$out")"
/usr/bin/import -window root -display "$display" "$out"
echo "saved $out"
