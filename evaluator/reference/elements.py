"""The 17 rare-earth elements and how analysts write them (METHOD.md §1, element list and element columns).

This is chemistry, not a judgement: symbols, names and atomic numbers are fixed here. Criticality weights and
prices are reference data (``resources/reference/elements.csv``) that a workbook may override.
"""

from __future__ import annotations

import re
from functools import lru_cache

from evaluator.base.i18n import translate

#: The rare earths in the order every matrix, chart and export uses: scandium, yttrium, then the lanthanides.
SYMBOLS: tuple[str, ...] = (
    "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
)  # fmt: skip

NAMES: dict[str, str] = {
    "Sc": "Scandium", "Y": "Yttrium", "La": "Lanthanum", "Ce": "Cerium", "Pr": "Praseodymium",
    "Nd": "Neodymium", "Pm": "Promethium", "Sm": "Samarium", "Eu": "Europium", "Gd": "Gadolinium",
    "Tb": "Terbium", "Dy": "Dysprosium", "Ho": "Holmium", "Er": "Erbium", "Tm": "Thulium",
    "Yb": "Ytterbium", "Lu": "Lutetium",
}  # fmt: skip

ATOMIC_NUMBERS: dict[str, int] = {
    "Sc": 21, "Y": 39, "La": 57, "Ce": 58, "Pr": 59, "Nd": 60, "Pm": 61, "Sm": 62, "Eu": 63, "Gd": 64,
    "Tb": 65, "Dy": 66, "Ho": 67, "Er": 68, "Tm": 69, "Yb": 70, "Lu": 71,
}  # fmt: skip

INDEX: dict[str, int] = {symbol: i for i, symbol in enumerate(SYMBOLS)}


def element_name(symbol: str) -> str:
    """The element's name in the user's language (English without a translator)."""
    names = {
        "Sc": translate("Elements", "Scandium"), "Y": translate("Elements", "Yttrium"),
        "La": translate("Elements", "Lanthanum"), "Ce": translate("Elements", "Cerium"),
        "Pr": translate("Elements", "Praseodymium"), "Nd": translate("Elements", "Neodymium"),
        "Pm": translate("Elements", "Promethium"), "Sm": translate("Elements", "Samarium"),
        "Eu": translate("Elements", "Europium"), "Gd": translate("Elements", "Gadolinium"),
        "Tb": translate("Elements", "Terbium"), "Dy": translate("Elements", "Dysprosium"),
        "Ho": translate("Elements", "Holmium"), "Er": translate("Elements", "Erbium"),
        "Tm": translate("Elements", "Thulium"), "Yb": translate("Elements", "Ytterbium"),
        "Lu": translate("Elements", "Lutetium"),
    }  # fmt: skip
    return names.get(symbol, symbol)


#: Group names an analyst may write instead of listing the elements one by one. "NdPr" is the magnet-feed
#: oxide most separation plants sell; LREE/HREE follow the split used in the bundled element table.
GROUPS: dict[str, tuple[str, ...]] = {
    "ndpr": ("Nd", "Pr"),
    "didymium": ("Nd", "Pr"),
    "lree": ("La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu"),
    "hree": ("Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y"),
    "dytb": ("Dy", "Tb"),
    "tbdy": ("Dy", "Tb"),
    "all": SYMBOLS,
    "allree": SYMBOLS,
}


def _token_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for symbol in SYMBOLS:
        table[symbol.lower()] = symbol
        table[NAMES[symbol].lower()] = symbol
    # Common oxide spellings an analyst copies from a price sheet.
    oxides = {"Sc": "sc2o3", "Y": "y2o3", "La": "la2o3", "Ce": "ceo2", "Pr": "pr6o11", "Nd": "nd2o3",
              "Sm": "sm2o3", "Eu": "eu2o3", "Gd": "gd2o3", "Tb": "tb4o7", "Dy": "dy2o3", "Ho": "ho2o3",
              "Er": "er2o3", "Tm": "tm2o3", "Yb": "yb2o3", "Lu": "lu2o3"}  # fmt: skip
    for symbol, oxide in oxides.items():
        table[oxide] = symbol
    table["yttria"] = "Y"
    table["ceria"] = "Ce"
    return table


_TOKENS = _token_table()
_SPLIT = re.compile(r"[,;/|+&\n\t]+|\s+and\s+|\s+")


def symbol_for(token: str) -> str | None:
    """The element symbol for one written token (``"nd"``, ``"Neodymium"``, ``"Nd2O3"``) or None."""
    return _TOKENS.get(token.strip().strip(".()[]").lower())


#: Words that describe the product's form or origin in an element list; skipped without a word.
DESCRIPTIVE_WORDS = frozenset(
    {"oxide", "oxides", "metal", "metals", "alloy", "alloys", "recycled", "carbonate", "concentrate", "mixed",
     "separated", "salts", "chloride", "fluoride", "magnet", "magnets", "reo", "treo", "ree", "feed", "only", "e.g"}
)  # fmt: skip
_GROUP_WITH_LIST = re.compile(r"(?P<group>[A-Za-z]+)\s*[(\[](?P<members>[^)\]]+)[)\]]")


@lru_cache(maxsize=4096)
def parse_element_list(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split an element list such as ``"Nd, Pr; Dy/Tb"`` into (symbols found, tokens not recognised).

    Separators are commas, semicolons, slashes, pipes, plus, ampersand, "and" and white space; group words
    (NdPr, LREE, HREE) expand. Cached because a column of 10,000 rows holds a few dozen distinct lists.
    """
    found: list[str] = []
    unknown: list[str] = []
    listed = _GROUP_WITH_LIST.fullmatch(text.strip())
    if listed and GROUPS.get(re.sub(r"[^a-z]", "", listed.group("group").lower())):
        # "LREE (La, Ce, NdPr)": the brackets say which of the group's elements; the group name adds nothing.
        text = listed.group("members")
    for raw in _SPLIT.split(text.strip()):
        token = raw.strip().strip(".()[]")
        if not token:
            continue
        symbol = symbol_for(token)
        if symbol:
            found.append(symbol)
            continue
        group = GROUPS.get(re.sub(r"[^a-z]", "", token.lower()))
        if group:
            found.extend(group)
            continue
        if token.lower() in DESCRIPTIVE_WORDS:
            continue  # "NdPr oxide", "Nd metal", "recycled Dy": the form, not an element (issue 8.8)
        unknown.append(token)
    ordered = tuple(s for s in SYMBOLS if s in set(found))
    return ordered, tuple(unknown)
