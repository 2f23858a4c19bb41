"""The ``ree-evaluator`` command: the desktop app or a command of the CLI, decided here (issue 10.2).

No argument, a lone FILE (a desktop's "Open with" passes one) or ``--self-test`` opens the app; anything else is
a command of :mod:`evaluator.cli`. The core never imports the window (an import contract in pyproject.toml holds
it to that): this module sits above both and imports PySide6 only when the app is wanted, so without PySide6 the
commands still work and the app's wish gets the CLI's help.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def wants_the_app(arguments: Sequence[str]) -> bool:
    """No argument, ``--self-test``, or one argument that names a file (``scores`` is a mistyped command)."""
    from evaluator.cli import names_a_file

    return not arguments or list(arguments) == ["--self-test"] or (len(arguments) == 1 and names_a_file(arguments[0]))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ree-evaluator`` console script and of the frozen bundle."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not wants_the_app(arguments):
        from evaluator.cli import main as command_line

        return command_line(arguments)
    try:
        import PySide6.QtWidgets  # noqa: F401  (the optional "gui" extra)
    except ImportError:
        from evaluator.cli import print_help_without_the_app

        return print_help_without_the_app(arguments)
    # Only Qt's absence is "no app here": an import error inside the app itself (a module missing from a bundle)
    # is a bug and must say so, not pass for a machine without the GUI.
    from ui.app import main as app_main

    return int(app_main(arguments) or 0)


if __name__ == "__main__":
    sys.exit(main())
