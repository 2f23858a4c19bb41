"""The currencies capex and opex may be given in, how analysts write them, and the rates that convert them (issue 8.9).

Money stays in the currency its header names until scoring, which divides by the rate in force (METHOD.md §2 cost
is in US dollars). The rates come from one bundled, sourced table (``resources/reference/fx.csv``: the Federal
Reserve's G.5A annual averages), which supplies the defaults of the ``fx_<currency>_per_usd`` parameters; a
workbook's ``FX`` or ``Settings`` sheet and ``--set fx_eur_per_usd=…`` override them like any other parameter.

This module reads the table with the standard library only: the parameters import it, and the CLI must start fast.
"""

from __future__ import annotations

import csv
from functools import cache

from evaluator.base.paths import reference_file

BASE = "USD"
#: Every currency a money column may be in, the base first.
CURRENCIES: tuple[str, ...] = ("USD", "JPY", "AUD", "CAD", "EUR", "GBP", "CNY", "KRW")

#: Symbols and words in headers, longest first where one contains another (``US$`` before ``$``), → code.
HEADER_WORDS: tuple[tuple[str, str], ...] = (
    ("us$", "usd"),
    ("au$", "aud"),
    ("a$", "aud"),
    ("ca$", "cad"),
    ("c$", "cad"),
    ("cn¥", "cny"),
    ("rmb", "cny"),
    ("$", "usd"),
    ("€", "eur"),
    ("£", "gbp"),
    ("₩", "krw"),
    ("¥", "jpy"),
    ("￥", "jpy"),
    ("円", "jpy"),
    ("元", "cny"),
    ("yen", "jpy"),
    ("yuan", "cny"),
    ("euros", "eur"),
    ("euro", "eur"),
    ("dollars", "usd"),
)

#: Marks a money *cell* may carry when it is in its column's currency (``A$450m`` in an AUD column).
CELL_MARKS: dict[str, tuple[str, ...]] = {
    "USD": ("US$", "USD", "$"),
    "JPY": ("JPY", "¥", "￥", "円"),
    "AUD": ("AU$", "A$", "AUD"),
    "CAD": ("CA$", "C$", "CAD"),
    "EUR": ("EUR", "€"),
    "GBP": ("GBP", "£"),
    "CNY": ("CNY", "RMB", "CN¥", "¥", "元"),
    "KRW": ("KRW", "₩"),
}


def fx_parameter(currency: str) -> str:
    """The parameter holding a currency's rate: ``EUR`` → ``fx_eur_per_usd``."""
    return f"fx_{currency.lower()}_per_usd"


FX_PARAMETERS: tuple[str, ...] = tuple(fx_parameter(code) for code in CURRENCIES if code != BASE)


@cache
def bundled_rates() -> dict[str, float]:
    """Units of each currency per US dollar from the bundled table (inverting the release's USD-per-unit quotes)."""
    rates: dict[str, float] = {}
    with reference_file("fx.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            published = float(row["published_rate"])
            rates[row["currency"].strip().upper()] = 1.0 / published if row["quote"] == "usd_per_unit" else published
    missing = [code for code in CURRENCIES if code != BASE and code not in rates]
    if missing:
        raise ValueError(f"fx.csv lacks the currencies {', '.join(missing)}")
    return rates


def bundled_rate(currency: str) -> float:
    """One default rate, rounded as a person would type it (four significant decimals of the unit)."""
    return round(bundled_rates()[currency], 4)


def currency_of_code(text: str) -> str | None:
    """The ISO code for a currency as written in an FX sheet (``eur``, ``€``, ``A$``), or None."""
    folded = text.strip().lower()
    if folded.upper() in CURRENCIES:
        return folded.upper()
    for word, code in HEADER_WORDS:
        if folded == word:
            return code.upper()
    return None
