"""The words analysts use for stage, facility type and product form, mapped to the method's categories (METHOD.md
v2 §1)."""

from __future__ import annotations

import re
from functools import lru_cache

from evaluator.base.i18n import translate

#: Chain order (the table sorts by it); ``on_hold`` last: METHOD.md v2 §1, a project halted at any stage.
STAGES: tuple[str, ...] = (
    "concept", "scoping", "pfs", "dfs", "construction", "commissioning", "operating", "on_hold",
)  # fmt: skip
#: Along the chain (METHOD.md v2 §1): cracking/leaching to a mixed product, separation, refining, metal, alloy,
#: magnet; recycling and integrated (mine to oxide or beyond) last.
FACILITY_TYPES: tuple[str, ...] = (
    "intermediate", "separation", "refining", "metal", "alloy", "magnet", "recycling", "integrated",
)  # fmt: skip
#: What a plant sells (``output_form``) and what it buys (``input_form``), from least to most processed.
OUTPUT_FORMS: tuple[str, ...] = ("concentrate", "mixed", "oxide", "metal", "alloy", "magnet")
INPUT_FORMS: tuple[str, ...] = ("ore", "concentrate", "mixed", "oxide", "metal", "alloy", "scrap")
#: The forms a facility type sells and buys when the workbook does not say (METHOD.md v2 §1).
DEFAULT_OUTPUT_FORM: dict[str, str] = {
    "intermediate": "mixed", "separation": "oxide", "refining": "oxide", "integrated": "oxide", "metal": "metal",
    "alloy": "alloy", "magnet": "magnet", "recycling": "oxide",
}  # fmt: skip
#: The stage of the chain whose gap an output form closes: separated-oxide supply, metal supply, magnet supply
#: (METHOD.md v2 §2.3).
CHAIN_STAGE: dict[str, str] = {
    "concentrate": "oxide", "mixed": "oxide", "oxide": "oxide", "metal": "metal", "alloy": "metal", "magnet": "magnet",
}  # fmt: skip
CHAIN_STAGES: tuple[str, ...] = ("oxide", "metal", "magnet")
DEFAULT_INPUT_FORM: dict[str, str] = {
    "integrated": "ore", "intermediate": "concentrate", "separation": "concentrate", "refining": "mixed",
    "metal": "oxide", "alloy": "metal", "magnet": "alloy", "recycling": "scrap",
}  # fmt: skip

_FORM_WORDS: dict[str, str] = {
    "ore": "ore", "rom": "ore", "runofmine": "ore", "mined": "ore", "mineore": "ore",
    "concentrate": "concentrate", "mineralconcentrate": "concentrate", "monazite": "concentrate",
    "bastnaesite": "concentrate", "bastnasite": "concentrate", "xenotime": "concentrate", "ionicclay": "concentrate",
    "mixed": "mixed", "carbonate": "mixed", "mixedcarbonate": "mixed", "mrec": "mixed", "chloride": "mixed",
    "mixedchloride": "mixed", "mixedrareearthcarbonate": "mixed", "mreo": "mixed", "mixedoxide": "mixed",
    "oxide": "oxide", "oxides": "oxide", "separatedoxide": "oxide", "separatedoxides": "oxide", "ndproxide": "oxide",
    "metal": "metal", "metals": "metal", "ndprmetal": "metal",
    "alloy": "alloy", "alloys": "alloy", "ndfeballoy": "alloy", "dyfe": "alloy", "stripcastalloy": "alloy",
    "magnet": "magnet", "magnets": "magnet", "ndfeb": "magnet", "ndfebmagnet": "magnet", "sintered": "magnet",
    "bonded": "magnet", "smco": "magnet",
    "scrap": "scrap", "swarf": "scrap", "endoflife": "scrap", "eol": "scrap", "magnetscrap": "scrap",
    "recycled": "scrap", "waste": "scrap", "endoflifemagnets": "scrap", "eolmagnets": "scrap",
    "magnetswarf": "scrap", "productionscrap": "scrap", "manufacturingscrap": "scrap",
}  # fmt: skip

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
    "separationplant": "separation", "separator": "separation",
    "intermediate": "intermediate", "cracking": "intermediate", "leaching": "intermediate",
    "crackingandleaching": "intermediate", "crackleach": "intermediate", "mrec": "intermediate",
    "mixedcarbonate": "intermediate", "hydrometallurgy": "intermediate", "concentrator": "intermediate",
    "refining": "refining", "refinery": "refining", "purification": "refining", "refine": "refining",
    "metal": "metal", "metals": "metal", "metallisation": "metal", "metallization": "metal",
    "metalalloy": "metal", "metalandalloy": "metal", "reduction": "metal",
    "alloy": "alloy", "alloys": "alloy", "stripcast": "alloy", "stripcasting": "alloy", "alloying": "alloy",
    "recycling": "recycling", "recycler": "recycling", "recycle": "recycling", "recycled": "recycling",
    "urbanmining": "recycling", "magnetrecycling": "recycling",
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
        "intermediate": translate("Vocabulary", "intermediate"),
        "alloy": translate("Vocabulary", "alloy"),
        "recycling": translate("Vocabulary", "recycling"),
        "ore": translate("Vocabulary", "ore"),
        "concentrate": translate("Vocabulary", "concentrate"),
        "mixed": translate("Vocabulary", "mixed"),
        "oxide": translate("Vocabulary", "oxide"),
        "scrap": translate("Vocabulary", "scrap"),
    }
    return labels.get(value, value)


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@lru_cache(maxsize=1024)
def stage_of(text: str) -> str | None:
    """The method's stage for a written stage (``"Pre-feasibility"`` → ``"pfs"``), or None if not recognised."""
    return _STAGE_WORDS.get(_fold(text))


@lru_cache(maxsize=1024)
def form_of(text: str, forms: tuple[str, ...] = OUTPUT_FORMS) -> str | None:
    """The method's form for a written product (``"MREC"`` → ``"mixed"``) if it is one of ``forms``, else None."""
    form = _FORM_WORDS.get(_fold(text))
    return form if form in forms else None


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
