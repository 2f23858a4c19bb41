"""``python -m ui [FILE]`` opens the desktop app."""

import sys

from ui.app import main

sys.exit(main())
