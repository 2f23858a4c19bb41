"""``python -m evaluator`` runs the command line."""

import sys

from evaluator.cli import main

sys.exit(main())
