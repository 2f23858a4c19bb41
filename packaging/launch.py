"""Entry point of the frozen app: the ``ree-evaluator`` command (no arguments opens the window)."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
