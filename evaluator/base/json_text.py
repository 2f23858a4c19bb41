"""JSON read from a person's file, with every malformed case a :class:`json.JSONDecodeError` (issue 9.13).

``json.loads`` has two failures that are not ``JSONDecodeError``: nesting deeper than the interpreter's recursion
limit raises ``RecursionError`` (100,000 ``[`` in a scenario escaped as an "unexpected error"), and an integer of
more than 4,300 digits raises ``ValueError`` (CPython's guard against quadratic int parsing). Scenario, mapping and
remembered-import readers catch one exception and say one sentence with its line.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

#: A run of digits longer than CPython converts to an int (``sys.get_int_max_str_digits``, 4,300 by default).
_LONG_DIGITS = re.compile(rf"\d{{{(sys.get_int_max_str_digits() or 4300) + 1},}}")


def loads_bounded(text: str) -> Any:
    """``json.loads(text)``; too deep a nesting or too long an integer is a ``JSONDecodeError`` at its place."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None
    except json.JSONDecodeError:
        raise
    except ValueError:
        long = _LONG_DIGITS.search(text)
        position = long.start() if long else 0
        raise json.JSONDecodeError("a number with more digits than any setting has", text, position) from None
