"""``python -m evaluator`` runs the command line (never the app: ``ree-evaluator`` or ``python -m ui`` opens it)."""

import sys

from evaluator.cli import main

sys.exit(main())
