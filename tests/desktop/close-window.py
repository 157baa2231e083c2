#!/usr/bin/python3
"""Ask the windows named NAME to close, as a window manager's close button does: send each
the WM_DELETE_WINDOW client message of the ICCCM (Xvfb runs no window manager to do it).
Prints how many windows were asked; exits 1 when none is named NAME. Run by Debian's own
/usr/bin/python3, which has python3-xlib (make test-deps installs it)."""
import sys

from Xlib import X, display, protocol


def named(win, name, wm_delete, found):
    """Collect the windows under `win` named `name` that take WM_DELETE_WINDOW."""
    try:
        if win.get_wm_name() == name and wm_delete in (win.get_wm_protocols() or []):
            found.append(win)
        for child in win.query_tree().children:
            named(child, name, wm_delete, found)
    except Exception:  # a window can go away while the tree is read
        pass
    return found


def main():
    name = sys.argv[1]
    d = display.Display()
    wm_protocols = d.intern_atom("WM_PROTOCOLS")
    wm_delete = d.intern_atom("WM_DELETE_WINDOW")
    windows = named(d.screen().root, name, wm_delete, [])
    for win in windows:
        event = protocol.event.ClientMessage(
            window=win,
            client_type=wm_protocols,
            data=(32, [wm_delete, X.CurrentTime, 0, 0, 0]),
        )
        win.send_event(event, event_mask=X.NoEventMask)
    d.flush()
    print(len(windows))
    sys.exit(0 if windows else 1)


if __name__ == "__main__":
    main()
