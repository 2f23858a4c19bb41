"""The columns of the Projects sheet (METHOD.md §1): each field's name, whether it is required, the header
texts it is known by, and the kind of unit its header may carry.

The spec of the input columns, read by the header matcher (:mod:`evaluator.inputs.headers`), the import choices
(a column can be mapped to any of these) and the template. It lives below the inputs because the import choices a
:class:`~evaluator.model.dataset.Dataset` records name these fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A column mapped to this target is left out on purpose (import choices, issue 8.7): no "not used" warning.
IGNORE = "ignore"


@dataclass(frozen=True)
class Field:
    """One input column of the Projects sheet."""

    name: str
    required: bool
    aliases: tuple[str, ...]
    unit_kind: str | None = None  # "money_m" (capex), "money_per_kg" (opex), "capacity"


FIELDS: tuple[Field, ...] = (
    Field("project_id", False, ("id", "projectid", "ref", "reference", "projectref", "code", "projectcode")),
    Field("name", True, ("name", "project", "projectname", "facility", "facilityname", "plant", "plantname", "asset")),
    Field("sponsor", False, ("sponsor", "company", "owner", "developer", "operator", "proponent", "sponsors")),
    Field(
        "country",
        True,
        ("country", "hostcountry", "location", "sitecountry", "host", "countryofsite", "plantcountry", "jurisdiction"),
    ),
    Field("facility_type", False, ("facilitytype", "type", "processstep", "step", "facility type", "category")),
    Field("stage", False, ("stage", "status", "projectstage", "developmentstage", "phase", "projectstatus")),
    # METHOD.md v2 §1: what the plant sells and buys (default by facility type).
    Field(
        "output_form",
        False,
        ("outputform", "productform", "formofoutput", "outputproduct", "productsold", "saleableproduct", "producttype"),
    ),
    Field(
        "input_form",
        False,
        ("inputform", "feedform", "formoffeed", "feedtype", "inputproduct", "feedmaterial", "rawmaterialform"),
    ),
    Field(
        "capacity_tpa",
        True,
        (
            "capacitytpa",
            "capacity",
            "nameplatecapacity",
            "nameplate",
            "throughput",
            "productioncapacity",
            "capacityreo",
            "capacitytreo",
            "annualcapacity",
            "designcapacity",
        ),
        "capacity",
    ),
    Field(
        "capex_musd",
        True,
        (
            "capexmusd",
            "capex",
            "capitalcost",
            "capitalexpenditure",
            "initialcapex",
            "capitalcosts",
            "investment",
            "capexusdm",
            "totalcapex",
            "initialcapitalcost",
            "upfrontcapex",
        ),
        "money_m",
    ),
    Field(
        "opex_usd_per_kg",
        True,
        ("opexusdperkg", "opex", "operatingcost", "opexperkg", "cashcost", "unitcost", "operatingcosts", "opexusdkg"),
        "money_per_kg",
    ),
    Field(
        "feed_country",
        False,
        (
            "feedcountry",
            "feedsource",
            "feedstockcountry",
            "feedorigin",
            "feedstock",
            "feedstocksource",
            "sourceoffeed",
            "feed",
            "feedstockorigin",
            # as analysts write them (issue 8.7): "Feedstock from" held the feed countries and was ignored
            "feedstockfrom",
            "feedcountries",
            "feedstockcountries",
            "feedsourcecountry",
            "feedorigincountry",
            "sourcecountry",
            "concentratesource",
            "concentrateorigin",
            "oresource",
            "rawmaterialsource",
            "rawmaterialorigin",
        ),
    ),
    Field(
        "elements",
        False,
        (
            "elements",
            "products",
            "elementsproduced",
            "productelements",
            "ree",
            "reeproduced",
            "outputs",
            "product",
            "elementlist",
        ),
    ),
    Field("capex_low", False, ("capexlow", "capexp10", "capexmin", "lowcapex", "capitalcostlow", "capexlo"), "money_m"),
    Field(
        "capex_high", False, ("capexhigh", "capexp90", "capexmax", "highcapex", "capitalcosthigh", "capexhi"), "money_m"
    ),
    Field(
        "opex_low",
        False,
        ("opexlow", "opexp10", "opexmin", "lowopex", "operatingcostlow", "opexlo", "opexlowusdperkg"),
        "money_per_kg",
    ),
    Field(
        "opex_high",
        False,
        ("opexhigh", "opexp90", "opexmax", "highopex", "operatingcosthigh", "opexhi", "opexhighusdperkg"),
        "money_per_kg",
    ),
    Field(
        "start_year",
        False,
        (
            "startyear",
            "start",
            "firstproduction",
            "cod",
            "year",
            "startup",
            "commissioningyear",
            "firstproductionyear",
            "productionstart",
            "startofproduction",
            "firstoutput",
        ),
    ),
    Field("latitude", False, ("latitude", "lat")),
    Field("longitude", False, ("longitude", "lon", "long", "lng")),
    Field("notes", False, ("notes", "note", "comments", "comment", "remarks", "remark")),
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


def fold(text: object) -> str:
    """Header key: lower case, letters and digits only (``"Project_ID "`` → ``"projectid"``)."""
    return re.sub(r"[^0-9a-z]", "", str(text).lower())
