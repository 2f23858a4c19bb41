"""Start the desktop app: ``ree-evaluator`` with no arguments, ``python -m ui``, or ``python -m ui FILE``;
``--self-test`` checks an installation headless instead (see :mod:`ui.selftest`).

The window appears first; matplotlib and the workbook load right after the first paint, so a first-time user sees
the window at once and the ranked sample a moment later. Set ``REE_EVALUATOR_STARTUP_PROBE=1`` to print the time
to first paint and quit, or ``=ready`` to also wait until the sample is ranked and charted (start-up benchmark).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Mapping, Sequence

_STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402 - the clock starts before Qt is imported
from PySide6.QtWidgets import QApplication  # noqa: E402


class _FirstPaint(QObject):
    """Calls back once, on the window's first paint event."""

    def __init__(self, callback) -> None:
        super().__init__()
        self.callback = callback
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, self.callback)
        return False


def display_problem(environ: Mapping[str, str], platform: str) -> str:
    """One sentence when a window cannot be shown here, else ''.

    Without a display Qt's xcb plugin aborts the whole process (exit 134, no message a user can act on; issue 8.6),
    so the app checks first. Platforms that need no display (offscreen, minimal, vnc…) pass through.
    """
    if not platform.startswith("linux"):
        return ""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip().lower()
    has_x, has_wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if chosen == "xcb":
        shown = has_x
    elif chosen.startswith("wayland"):
        shown = has_wayland
    elif not chosen:
        shown = has_x or has_wayland
    else:  # offscreen, minimal, vnc, eglfs, linuxfb…: no display server needed
        shown = True
    if shown:
        return ""
    return (
        "No display found: the desktop app needs an X11 or Wayland session. Start it from a desktop, or under a "
        "virtual display with `xvfb-run -a ree-evaluator`, or use the command line (`ree-evaluator --help`)."
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in arguments:
        from ui.selftest import run

        return run()
    if QApplication.instance() is None:
        problem = display_problem(os.environ, sys.platform)
        if problem:
            print(problem, file=sys.stderr)
            return 2  # the CLI's "cannot be used" code
    app = QApplication.instance() or QApplication([sys.argv[0], *arguments])
    app.setApplicationName("REE Evaluator")
    app.setOrganizationName("ree-evaluator")
    app.setApplicationVersion(_version())
    app.setWindowIcon(_icon())
    app.setDesktopFileName("ree-evaluator")  # lets desktops match the window to packaging/linux/ree-evaluator.desktop
    from ui import i18n

    i18n.install(i18n.chosen_language())

    from ui.errors import configure_logging, install_excepthook
    from ui.main_window import MainWindow
    from ui.settings import last_scenario

    windows: list[MainWindow] = []  # the window in use; a language change replaces it
    stopped_by = _close_on_stop_signals(app, windows)
    configure_logging()
    window = MainWindow()
    install_excepthook(window)
    windows.append(window)

    def replaced(successor: MainWindow) -> None:
        windows[0] = successor
        successor.replaced.connect(replaced)
        install_excepthook(successor)

    window.replaced.connect(replaced)
    remembered = last_scenario()
    if remembered is not None:
        window.state.set_parameters(remembered)
    files = [a for a in arguments if not a.startswith("-")]
    probe = os.environ.get("REE_EVALUATOR_STARTUP_PROBE", "")

    def after_first_paint() -> None:
        if probe:
            print(f"first-paint {time.perf_counter() - _STARTED:.3f}", flush=True)
            if probe != "ready":
                app.quit()
                return
            window.state.ranking_changed.connect(ranked)
        window.build_charts()
        if files:
            window.open_path(files[0])
        else:
            window.open_sample()

    def ranked() -> None:
        def report() -> None:
            print(f"ranked-and-charted {time.perf_counter() - _STARTED:.3f}", flush=True)
            app.quit()

        QTimer.singleShot(200, report)  # let the chart redraw (40 ms coalescing) and paint

    painted = _FirstPaint(after_first_paint)
    window.installEventFilter(painted)
    window.show()
    code = app.exec()
    return 128 + stopped_by[0] if stopped_by else code


def _close_on_stop_signals(app: QApplication, windows: Sequence[QObject]) -> list[int]:
    """SIGTERM (``kill``, a logout, a service manager) and Ctrl-C in the terminal close the window as the user
    would: the running task is cancelled and waited for (an export removes its temporary), the session is saved,
    and the app exits with 128 + the signal's number, as a shell reports it (issue 9.12: SIGTERM killed the app
    on the spot). Returns the list that receives the signal's number.

    Qt's event loop runs in C++, and Python runs a signal handler only at its next bytecode: the C handler's wakeup
    byte goes to a socket that Qt watches, so the Python handler runs at once, even while the window is idle.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QThreadPool

    received: list[int] = []
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread (an embedding host): leave the host's signal handling alone
        return received
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(BlockingIOError):
            reader.recv(64)

    notifier.activated.connect(drain)

    def close_everything() -> None:
        for window in windows:
            window.close()  # closeEvent: cancel the task, save geometry and the last scenario
        QThreadPool.globalInstance().waitForDone(60_000)
        app.quit()

    def stop(signum: int, _frame: object) -> None:
        if not received:
            received.append(signum)
            QTimer.singleShot(0, close_everything)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop)
    app._stop_signal_keepalive = (reader, writer, notifier)  # type: ignore[attr-defined]
    return received


def _icon():
    from PySide6.QtGui import QIcon

    from evaluator.base.paths import resources_dir

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"ree-evaluator-{size}.png"))
    return icon


def _version() -> str:
    from evaluator import __version__

    return __version__


if __name__ == "__main__":
    sys.exit(main())
