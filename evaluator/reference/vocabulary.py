"""The words analysts use for project stage and facility type, mapped to the method's categories (METHOD.md §1)."""

from __future__ import annotations

import re
from functools import lru_cache

from evaluator.base.i18n import translate

#: Chain order (the table sorts by it); ``on_hold`` last: METHOD.md v2 §1, a project halted at any stage.
STAGES: tuple[str, ...] = (
    "concept", "scoping", "pfs", "dfs", "construction", "commissioning", "operating", "on_hold",
)  # fmt: skip
FACILITY_TYPES: tuple[str, ...] = ("separation", "refining", "metal", "magnet", "integrated")

_STAGE_WORDS: dict[str, str] = {
    "concept": "concept", "conceptual": "concept", "idea": "concept", "earlystage": "concept",
    "exploration": "concept", "proposed": "concept", "announced": "concept",
    "scoping": "scoping", "scopingstudy": "scoping", "pea": "scoping", "preliminaryeconomicassessment": "scoping",
    "pilot": "pfs", "pilotplant": "pfs", "pilotscale": "pfs", "demonstration": "pfs", "demo": "pfs",
    "demonstrationplant": "pfs", "demoplant": "pfs",
    "fidpending": "dfs", "awaitingfid": "dfs", "prefid": "dfs", "feed": "dfs", "feedstudy": "dfs",
    "frontendengineeringdesign": "dfs", "frontendengineering": "dfs",
    "pfs": "pfs", "prefeasibility": "pfs", "prefeasibilitystudy": "pfs", "prefeas": "pfs",
    "dfs": "dfs", "bfs": "dfs", "fs": "dfs", "feasibility": "dfs", "feasibilitystudy": "dfs",
    "definitivefeasibility": "dfs", "definitivefeasibilitystudy": "dfs", "bankablefeasibility": "dfs",
    "bankablefeasibilitystudy": "dfs",
    "construction": "construction", "underconstruction": "construction", "fid": "construction",
    "building": "construction", "inconstruction": "construction",
    "commissioning": "commissioning", "rampup": "commissioning", "rampingup": "commissioning",
    "startup": "commissioning", "commissioned": "commissioning",
    "operating": "operating", "operational": "operating", "operation": "operating", "production": "operating",
    "producing": "operating", "inproduction": "operating", "running": "operating", "operate": "operating",
    "onhold": "on_hold", "hold": "on_hold", "suspended": "on_hold", "paused": "on_hold", "cancelled": "on_hold",
    "canceled": "on_hold", "mothballed": "on_hold", "careandmaintenance": "on_hold", "halted": "on_hold",
}  # fmt: skip

_TYPE_WORDS: dict[str, str] = {
    "separation": "separation", "separations": "separation", "sx": "separation", "solventextraction": "separation",
    "separationplant": "separation", "separator": "separation", "cracking": "separation",
    "refining": "refining", "refinery": "refining", "purification": "refining", "refine": "refining",
    "metal": "metal", "metals": "metal", "metallisation": "metal", "metallization": "metal", "alloy": "metal",
    "alloys": "metal", "metalalloy": "metal", "metalandalloy": "metal", "reduction": "metal",
    "magnet": "magnet", "magnets": "magnet", "ndfeb": "magnet", "smco": "magnet", "magnetmanufacturing": "magnet",
    "magnetplant": "magnet",
    "integrated": "integrated", "minetomagnet": "integrated", "fullchain": "integrated",
    "verticallyintegrated": "integrated",
}  # fmt: skip


def category_label(value: str) -> str:
    """A stage or facility type as shown to people, in their language (the stored value stays the English code)."""
    labels = {
        "concept": translate("Vocabulary", "concept"),
        "scoping": translate("Vocabulary", "scoping"),
        "pfs": translate("Vocabulary", "PFS"),
        "dfs": translate("Vocabulary", "DFS"),
        "construction": translate("Vocabulary", "construction"),
        "commissioning": translate("Vocabulary", "commissioning"),
        "operating": translate("Vocabulary", "operating"),
        "on_hold": translate("Vocabulary", "on hold"),
        "separation": translate("Vocabulary", "separation"),
        "refining": translate("Vocabulary", "refining"),
        "metal": translate("Vocabulary", "metal"),
        "magnet": translate("Vocabulary", "magnet"),
        "integrated": translate("Vocabulary", "integrated"),
    }
    return labels.get(value, value)


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@lru_cache(maxsize=1024)
def stage_of(text: str) -> str | None:
    """The method's stage for a written stage (``"Pre-feasibility"`` → ``"pfs"``), or None if not recognised."""
    return _STAGE_WORDS.get(_fold(text))


@lru_cache(maxsize=1024)
def facility_type_of(text: str) -> tuple[str | None, bool]:
    """(facility type, combined) for a written type; ``"separation + metal"`` is integrated, flagged combined."""
    whole = _TYPE_WORDS.get(_fold(text))
    if whole:
        return whole, False
    parts = {_TYPE_WORDS.get(_fold(p)) for p in re.split(r"[,;/&+]|\band\b|\s+", text.lower()) if _fold(p)}
    parts.discard(None)
    if len(parts) == 1:
        return parts.pop(), False
    if len(parts) > 1:
        return "integrated", True
    return None, False
