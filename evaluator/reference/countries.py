"""Country names and codes as analysts write them → ISO 3166-1 alpha-3.

``USA``, ``United States of America``, ``US``, ``Viet Nam``, ``Korea, Rep.`` and ``Türkiye`` must all resolve, so
this leans on ``country_converter`` (coco), whose regular expressions cover World Bank, UN, IMF and everyday
spellings. Two things are added around it:

- coco's bundled table is read here with ``keep_default_na=False``: under pandas 3 its own loader turns Namibia's
  ISO2 code ``NA`` into a missing value and fails to start (coco 1.3.2).
- a few abbreviations that coco's ISO3 guesser takes for codes (``UAE``, ``DRC``, ``PRC``) are mapped first.

Resolution is cached per distinct spelling: a 10,000-row column holds a few dozen.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

_ABBREVIATIONS: dict[str, str] = {
    "uae": "ARE", "drc": "COD", "prc": "CHN", "rok": "KOR", "dprk": "PRK", "ksa": "SAU", "roc": "TWN",
    "holland": "NLD", "usa": "USA", "us": "USA", "uk": "GBR", "eu": "", "tbd": "", "tba": "", "na": "",
    "n/a": "", "unknown": "", "various": "", "multiple": "", "none": "", "-": "",
}  # fmt: skip
# "na" is Namibia's ISO2 code, but in a spreadsheet it means "not available" far more often; write "Namibia".


@cache
def _converter() -> Any:
    import country_converter as coco
    import pandas as pd

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    data_path = Path(coco.__file__).with_name("country_data.tsv")
    table = pd.read_csv(data_path, sep="\t", encoding="utf-8", dtype=str, keep_default_na=False, na_values=[""])
    integer_columns = ["ISOnumeric", "UNcode", "FAOcode", "GBDcode", "EURO", "UN", "UNmember", "obsolete", "GEOnumeric"]
    present = [c for c in integer_columns if c in table.columns]
    table = table.astype(dict.fromkeys(present, "float")).astype(dict.fromkeys(present, "Int64"))
    table = table[table["obsolete"].isna()].reset_index(drop=True)
    return coco.CountryConverter(country_data=table)


@cache
def _iso3_codes() -> frozenset[str]:
    return frozenset(_converter().data["ISO3"].dropna())


def means_not_known(text: str) -> bool:
    """Whether a country cell says "not known" (``TBD``, ``various``, ``n/a``…) rather than naming a country."""
    return _ABBREVIATIONS.get(" ".join(str(text).split()).strip(" .").lower()) == ""


#: Longest text read as a country name: the longest official short names are under 60 characters.
MAX_COUNTRY_TEXT = 80


@lru_cache(maxsize=8192)
def resolve_country(text: str) -> str | None:
    """ISO3 code for a written country (name, ISO2 or ISO3 code, common variant), or None if not a country.

    Pure numbers are refused (coco would read ``12`` as Algeria's UN code; in a workbook it is a typing slip).
    Text longer than :data:`MAX_COUNTRY_TEXT` is not a country and never reaches the converter, whose patterns
    take time with the square of the length (4 cells of 32,000 characters took 173 s, issue 9.5).
    """
    if len(str(text)) > MAX_COUNTRY_TEXT:
        return None
    cleaned = " ".join(str(text).split()).strip(" .")
    if not cleaned or re.fullmatch(r"[\d\s.,-]+", cleaned):
        return None
    folded = cleaned.lower()
    if folded in _ABBREVIATIONS:
        return _ABBREVIATIONS[folded] or None
    converter = _converter()
    if re.fullmatch(r"[A-Za-z]{3}", cleaned) and cleaned.upper() in _iso3_codes():
        return cleaned.upper()
    if re.fullmatch(r"[A-Za-z]{2}", cleaned):
        found = converter.convert(cleaned.upper(), src="ISO2", to="ISO3", not_found=None)
        return found if found in _iso3_codes() else None
    found = converter.convert(cleaned, src="regex", to="ISO3", not_found=None)
    return found if isinstance(found, str) and found in _iso3_codes() else None


@cache
def _short_names() -> dict[str, str]:
    data = _converter().data[["ISO3", "name_short"]].dropna()
    return dict(zip(data["ISO3"], data["name_short"], strict=True))


def country_name(iso3: str) -> str:
    """Short English name for an ISO3 code (``KOR`` → ``South Korea``); the code itself if unknown."""
    return _short_names().get(iso3, iso3) if iso3 else ""


_LIST_SEPARATORS = re.compile(r"\s*(?:/|,|;|&|\+|\band\b)\s*", re.IGNORECASE)
_SHARE = re.compile(r"\(?\s*(\d+(?:\.\d+)?)\s*%\s*\)?")
#: Shares summing to 100 ± this many points are rescaled silently (rounding); beyond it, with a warning.
SHARE_TOLERANCE = 1.0


@dataclass(frozen=True)
class FeedSources:
    """Several feed countries read from one cell: ISO3 codes, shares summing to 1, and how they were written."""

    codes: tuple[str, ...]
    shares: tuple[float, ...]
    stated: bool  # shares were written ("70%"); else equal shares were assumed
    written_total: float  # the stated shares' sum in percent (100 when equal shares were assumed)

    @property
    def rescaled(self) -> bool:
        return self.stated and abs(self.written_total - 100.0) > SHARE_TOLERANCE


def feed_sources(text: str) -> FeedSources | None:
    """The countries of a list such as ``U.S./Brazil/Madagascar`` (equal shares) or ``Australia 70%, Madagascar 30%``.

    None unless the text splits into two or more parts that are each a recognised country (shares dropped): a
    single country whose name holds a separator (``Bosnia and Herzegovina``) is not a list. Shares are used when
    every part states one; a list where only some do is read with equal shares (the written ones are ambiguous).
    Shares are rescaled to sum to 1 (METHOD.md v2 §1: off by more than one point is reported by the caller).
    """
    if len(text) > 200 or resolve_country(text):  # a list of sources is short; long text is not one
        return None
    parts = [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    found = [_SHARE.search(part) for part in parts]
    codes = [resolve_country(_SHARE.sub(" ", part).strip()) for part in parts]
    if not all(codes):
        return None
    stated = all(found)
    written = [float(match.group(1)) for match in found if match] if stated else [100.0 / len(parts)] * len(parts)
    total = sum(written)
    if total <= 0:
        stated, written, total = False, [100.0 / len(parts)] * len(parts), 100.0
    shares = tuple(share / total for share in written)
    merged: dict[str, float] = {}
    for code, share in zip(codes, shares, strict=True):  # "Australia 50%, Australia 50%" is one source
        merged[str(code)] = merged.get(str(code), 0.0) + share
    return FeedSources(tuple(merged), tuple(merged.values()), stated, total if stated else 100.0)


def several_countries(text: str) -> tuple[str, ...]:
    """The country names of a feed list (see :func:`feed_sources`), empty when ``text`` is not one."""
    sources = feed_sources(text)
    return tuple(country_name(code) for code in sources.codes) if sources else ()
