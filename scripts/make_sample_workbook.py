"""Generate the bundled sample workbook ``resources/sample/ree_candidate_facilities_sample.xlsx``.

Why this exists: the app ships with an example input so that a new user can load, score, stress-test and export a
realistic-looking set of candidate rare-earth processing facilities before they have assembled their own data, and
so that demos and screenshots show the same thing everywhere. The projects, sponsors and numbers are invented
(plausible orders of magnitude, not company figures); only the countries are real, and their risk comes from the
app's bundled reference table. Keeping the records here, rather than only in the binary .xlsx, makes the workbook
reproducible and reviewable: edit :data:`PROJECTS` and rerun ``python scripts/make_sample_workbook.py``.

The set is shaped for the version-2 method (METHOD.md §1, §2.1, §2.3): every project states what it buys and
sells (``input_form``, ``output_form``) and, in element columns Sc … Lu, the t/y REO of each element it produces —
a light-REE separation plant is mostly La + Ce (about 70 %) with NdPr about 20–25 %; a few projects flag an element
with ``x`` (produced, tonnage unknown) so the method's estimate from typical shares is exercised. The chain is
covered end to end: a mixed-carbonate (intermediate) producer, separation and refining plants, metal and alloy
plants, magnet plants (capacity as REO contained in the magnets, magnet t × 0.35), a magnet recycler, integrated
mine-to-oxide projects, exactly one project on hold, and start years from 2020 to 2033 so that the 2030 target-year
rule bites. It is labelled everywhere as illustrative screening inputs, not investment advice.

The data also exercise the importer on purpose: countries are written in the styles analysts use ("USA",
"Viet Nam", "Korea, Rep.", "JP"), a few feed countries are blank (unknown), and exactly one is "TBD", which the
import report lists as a warning (the only warning the sample should produce).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from evaluator.base.atomic import write_atomically

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "sample" / "ree_candidate_facilities_sample.xlsx"
GENERATED = "2026-11"
LABEL = "ILLUSTRATIVE SCREENING INPUTS, not investment advice"
TITLE = f"Candidate rare-earth processing facilities — {LABEL} (fictional projects, not company figures)"
NOTE = (
    "Invented sample for trying the REE Evaluator; see the About sheet for what it is, the units, and how to "
    "replace it with real data."
)
HEADER_ROW = 4
ELEMENTS = ("Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu")
MAGNET_REO_SHARE = 0.35  # METHOD.md §1 magnet_reo_share
METAL_TO_OXIDE = 1.17  # METHOD.md §1: t/y metal × 1.17 = t/y REO
FLAG = "x"  # an element column saying "produced, tonnage unknown"
TONNAGE_TOLERANCE = 0.01  # the loader warns when element tonnages exceed capacity by more than 1 %


@dataclass(frozen=True)
class Project:
    """One candidate facility as it appears on the Projects sheet (units as in :data:`COLUMNS`)."""

    project_id: str
    name: str
    sponsor: str
    country: str  # written as an analyst might: name, variant or ISO code
    facility_type: str
    stage: str
    capacity_tpa: float  # t/y REO of the output; magnets: REO contained in the magnets (magnet t × 0.35)
    capex_musd: float
    opex_usd_per_kg: float  # conversion cost per kg REO, excluding purchased rare-earth feed
    output_form: str  # METHOD.md §1: concentrate, mixed, oxide, metal, alloy, magnet
    input_form: str  # METHOD.md §1: ore, concentrate, mixed, oxide, metal, alloy, scrap
    feed_country: str  # "" = unknown
    start_year: int
    latitude: float
    longitude: float
    notes: str
    tonnes: Mapping[str, float | str]  # element → t/y REO, or FLAG where produced but tonnage unknown
    ranges: bool = True  # False: no low/high estimates given


# Low/high estimates as fractions of base, by stage: (capex low, capex high, opex low, opex high). Early studies
# carry wide, upward-skewed ranges (AACE-style), operating plants narrow symmetric ones; a project on hold keeps
# the wide range of the study it stopped at.
STAGE_RANGES: dict[str, tuple[float, float, float, float]] = {
    "Concept": (-0.20, 0.50, -0.15, 0.35),
    "Scoping": (-0.15, 0.40, -0.15, 0.30),
    "PFS": (-0.15, 0.40, -0.10, 0.25),
    "DFS": (-0.10, 0.25, -0.10, 0.20),
    "Construction": (-0.05, 0.15, -0.10, 0.15),
    "Commissioning": (-0.05, 0.10, -0.10, 0.15),
    "Operating": (-0.10, 0.10, -0.10, 0.10),
    "On hold": (-0.15, 0.40, -0.10, 0.25),
}


def t(**tonnes: float | str) -> dict[str, float | str]:
    """Element columns of one project: t/y REO of each element, or ``"x"`` where produced but tonnage unknown."""
    return tonnes


def magnet_reo(tonnes_magnet: float) -> float:
    """t/y REO contained in ``tonnes_magnet`` of magnets (METHOD.md §1: ``magnet_reo_share`` 0.35)."""
    return round(tonnes_magnet * MAGNET_REO_SHARE)


def metal_reo(tonnes_metal: float) -> float:
    """t/y REO equivalent of ``tonnes_metal`` of rare-earth metal (METHOD.md §1: oxide/metal mass ratio 1.17)."""
    return round(tonnes_metal * METAL_TO_OXIDE)


# fmt: off
PROJECTS: tuple[Project, ...] = (
    # ---- separation (concentrate or mixed carbonate → individual oxides) ----
    Project("SEP-AUS-1", "Pilbara Heavy Rare Earths Separation", "Pindan Critical Minerals Ltd", "Australia",
            "Separation", "DFS", 3_000, 620, 28, "oxide", "concentrate", "Australia", 2028, -20.4, 118.6,
            "Xenotime-rich concentrate from own mine; the heavy-oxide (Dy, Tb, Y) circuit drives capex.",
            t(Y=900, La=150, Ce=300, Pr=230, Nd=700, Sm=60, Gd=100, Tb=30, Dy=180, Er=80)),
    Project("SEP-JPN-1", "Setouchi Oxide Separation Works", "Kasumi Rare Metals KK", "JP",
            "Separation", "Operating", 3_000, 180, 7, "oxide", "mixed", "Australia", 2021, 34.5, 133.9,
            "Toll-separates imported mixed carbonate under a long-term offtake; light-REE split.",
            t(La=900, Ce=1_350, Pr=160, Nd=480, Sm=30, Gd=20)),
    Project("SEP-MYS-1", "Terengganu Coast Separation Plant", "Semenanjung Rare Earth Processing Sdn Bhd", "Malaysia",
            "Separation", "Operating", 12_000, 650, 6, "oxide", "concentrate", "Australia", 2020, 4.3, 103.4,
            "Large light-REE plant cracking imported concentrate; residue licence renewed to 2030.",
            t(La=3_100, Ce=5_300, Pr=650, Nd=1_950, Sm=120, Gd=40, Dy=12, Tb=3)),
    Project("SEP-VNM-1", "Red River Delta Separation", "Song Hong Earth Materials JSC", "Viet Nam",
            "Separation", "Construction", 5_000, 210, 5, "oxide", "concentrate", "Viet Nam", 2027, 20.9, 106.7,
            "Low-cost bastnäsite concentrate from domestic mines; permitting history uneven.",
            t(La=1_300, Ce=2_350, Pr=260, Nd=800, Sm=50)),
    Project("SEP-USA-1", "Gulf Coast NdPr Separation", "Bayou Critical Materials Inc.", "USA",
            "Separation", "Construction", 4_000, 480, 14, "oxide", "concentrate", "USA", 2026, 30.2, -93.2,
            "Eligible for federal cost-share; sells NdPr oxide only (La and Ce go back to the concentrate supplier).",
            t(Pr=1_000, Nd=3_000)),
    Project("SEP-CAN-1", "Prairie Rare Earth Separation Facility", "Aspen Ridge Processing Corp.", "Canada",
            "Separation", "Commissioning", 2_500, 160, 9, "oxide", "concentrate", "United States", 2025, 52.1, -106.7,
            "Monazite concentrate trucked from US heavy-mineral-sand operations; Dy and Tb recovered, tonnage "
            "not yet reported (x).",
            t(Y=50, La=575, Ce=1_160, Pr=120, Nd=460, Sm=70, Gd=40, Tb="x", Dy="x")),
    Project("SEP-BRA-1", "Goiás Ionic Clay Separation", "Cerrado Terras Raras S.A.", "Brazil",
            "Separation", "PFS", 3_500, 330, 19, "oxide", "mixed", "Brazil", 2029, -13.5, -48.2,
            "Separates mixed carbonate leached from local ionic clays: heavy-rich, little Ce; licensing and water "
            "risk.",
            t(Y=900, La=800, Ce=150, Pr=220, Nd=770, Sm=120, Gd=130, Tb=20, Dy=120, Ho=20, Er=60, Yb=40)),
    Project("SEP-IND-1", "Odisha Coastal Monazite Separation", "Kalinga Minerals Processing Ltd", "India",
            "Separation", "DFS", 8_000, 380, 8, "oxide", "concentrate", "India", 2027, 20.3, 86.6,
            "Beach-sand monazite; thorium stockpiled under state licence.",
            t(La=1_850, Ce=3_600, Pr=380, Nd=1_500, Sm=200, Gd=120, Dy=20, Tb=4)),
    Project("SEP-EST-1", "Baltic Rare Earth Separation", "Narva Bay Metals OÜ", "Estonia",
            "Separation", "Operating", 3_000, 140, 9, "oxide", "mixed", "Canada", 2020, 59.4, 27.4,
            "Brownfield solvent-extraction plant on imported mixed carbonate; a small Eu stream, tonnage not "
            "reported (x).",
            t(La=780, Ce=1_420, Pr=165, Nd=540, Sm=60, Gd=25, Eu="x")),
    # ---- intermediate (concentrate → mixed rare-earth carbonate, not separated) ----
    Project("MRC-AUS-1", "Geraldton Mixed Carbonate Plant", "Midwest Cracking Pty Ltd", "Australia",
            "Intermediate", "Commissioning", 5_000, 250, 4, "mixed", "concentrate", "Australia", 2025, -28.8, 114.6,
            "Cracks and leaches monazite concentrate and sells mixed rare-earth carbonate (MREC) to separators; "
            "its elements still have to be separated elsewhere.",
            t(Y=60, La=1_150, Ce=2_300, Pr=250, Nd=900, Sm=100, Gd=60, Tb=5, Dy=25)),
    # ---- recycling (end-of-life magnets and swarf → oxides) ----
    Project("REC-FRA-1", "Rhône Valley Magnet Recycling", "Rhodanienne de Terres Rares SAS", "France",
            "Recycling", "DFS", 800, 230, 30, "oxide", "scrap", "", 2027, 45.4, 4.8,
            "Feed is end-of-life magnets and swarf from many sources (feed country left blank); hydrometallurgical "
            "recovery of NdPr, Dy and Tb oxides.",
            t(Pr=180, Nd=560, Tb=8, Dy=45)),
    # ---- refining (mixed products → high-purity oxides) ----
    Project("REF-NOR-1", "Vestland Oxide Refinery", "Vestland Materials AS", "Norway",
            "Refining", "PFS", 1_500, 190, 10, "oxide", "mixed", "Sweden", 2029, 60.4, 5.3,
            "REE from Nordic phosphate-fertiliser by-product streams (a mixed rare-earth precipitate).",
            t(Y=60, La=330, Ce=600, Pr=80, Nd=300, Sm=30, Gd=25, Dy=15)),
    Project("REF-KOR-1", "Ulsan High-Purity Oxide Refinery", "Hanbit Advanced Materials Co.", "Korea, Rep.",
            "Refining", "Construction", 2_000, 150, 10, "oxide", "mixed", "Viet Nam", 2026, 35.5, 129.3,
            "Refines imported mixed chloride into magnet-grade NdPr oxide only.",
            t(Pr=500, Nd=1_500)),
    Project("REF-KAZ-1", "Irtysh Bauxite-Residue Scandium Refinery", "Irtysh Residue Metals LLP", "Kazakhstan",
            "Refining", "Scoping", 500, 140, 38, "oxide", "ore", "Kazakhstan", 2030, 52.3, 77.0,
            "Sc and mixed REO leached from alumina-refinery residue (a waste with no market value, hence input "
            "ore); 20 t/y of the capacity is Sc2O3.",
            t(Sc=20, Y=60, La=120, Ce=220, Nd=60)),
    Project("REF-PHL-1", "Batangas Bay Rare Earth Refinery", "Batangas Critical Metals Inc.", "Philippines",
            "Refining", "Concept", 1_200, 120, 10, "oxide", "mixed", "TBD", 2032, 13.8, 121.0,
            "Early concept; feed source not yet chosen (written TBD on purpose).",
            t(Pr=300, Nd=900)),
    # ---- metal and alloy (oxides → metals → alloys) ----
    Project("MET-GBR-1", "Tees Valley Rare Earth Metals", "Teesmouth Rare Metals Ltd", "United Kingdom",
            "Metal", "Construction", metal_reo(1_000), 45, 3.5, "metal", "oxide", "Australia", 2026, 54.6, -1.2,
            "About 1,000 t/y NdPr metal by molten-salt electrolysis (capacity as oxide equivalent, × 1.17).",
            t(Pr=290, Nd=880)),
    Project("MET-JPN-1", "Genkai Metal Reduction Plant", "Genkai Metal Reduction KK", "Japan",
            "Metal", "Operating", metal_reo(2_100), 60, 3, "metal", "oxide", "Malaysia", 2022, 33.9, 130.9,
            "About 2,100 t/y NdPr metal; molten-salt electrolysis; long-term oxide supply contract.",
            t(Pr=610, Nd=1_840), ranges=False),
    Project("MET-USA-1", "Blue Ridge Alloys", "Blue Ridge Alloys LLC", "United States",
            "Alloy", "DFS", 1_200, 150, 6, "alloy", "metal", "Canada", 2028, 38.4, -81.6,
            "NdFeB strip-cast alloy plus DyFe and TbFe master-alloy lines; Dy and Tb split not yet fixed (x).",
            t(Pr=270, Nd=800, Tb="x", Dy="x")),
    # ---- magnets (capacity = REO contained in the magnets: magnet t/y × 0.35) ----
    Project("MAG-NOR-1", "Helgeland NdFeB Magnet Factory", "Northern Lights Magnetics AS", "Norway",
            "Magnet", "PFS", magnet_reo(4_000), 420, 45, "magnet", "alloy", "Sweden", 2029, 66.3, 14.1,
            "About 4,000 t/y sintered NdFeB magnets; hydropower.",
            t(Pr=330, Nd=1_000, Tb=12, Dy=50)),
    Project("MAG-USA-1", "Lone Star Sintered Magnets", "Alamo Magnetics Corp.", "USA",
            "Magnet", "Commissioning", magnet_reo(5_000), 380, 40, "magnet", "metal", "USA", 2025, 29.4, -98.5,
            "About 5,000 t/y sintered NdFeB for EV motors; casts its own alloy from purchased NdPr metal.",
            t(Pr=420, Nd=1_280, Tb=8, Dy=40)),
    Project("MAG-GBR-1", "Midlands SmCo Magnet Works", "Mercia Magnet Works Ltd", "UK",
            "Magnet", "DFS", magnet_reo(400), 85, 120, "magnet", "metal", "China", 2027, 52.5, -1.9,
            "About 400 t/y samarium-cobalt magnets for defence and aerospace; Sm metal imported from China.",
            t(Sm=140)),
    Project("MAG-KOR-1", "Gyeongnam Magnet Works", "Nakdong Magnetics Co.", "South Korea",
            "Magnet", "Operating", magnet_reo(3_000), 160, 38, "magnet", "alloy", "Viet Nam", 2023, 35.2, 128.7,
            "About 3,000 t/y bonded and sintered magnets for appliances.",
            t(Pr=255, Nd=770, Tb=4, Dy=20)),
    Project("MAG-SWE-1", "Norrland Magnet Works", "Norrland Magnet Works AB", "Sweden",
            "Magnet", "Scoping", magnet_reo(8_000), 650, 42, "magnet", "alloy", "", 2031, 62.4, 17.3,
            "About 8,000 t/y magnets; alloy supplier not yet chosen (feed country left blank).",
            t(Pr=680, Nd=2_050, Tb=12, Dy=55)),
    # ---- integrated (mine → oxide) ----
    Project("INT-TZA-1", "Southern Highlands Integrated Rare Earths", "Mbeya Rare Earths Ltd", "Tanzania",
            "Integrated", "DFS", 6_000, 720, 18, "oxide", "ore", "Tanzania", 2028, -8.9, 33.5,
            "Carbonatite mine with on-site cracking and separation.",
            t(Y=30, La=1_500, Ce=2_700, Pr=330, Nd=1_100, Sm=90, Gd=40, Tb=3, Dy=10)),
    Project("INT-MWI-1", "Shire Highlands Rare Earths", "Shire Valley Minerals Ltd", "Malawi",
            "Integrated", "PFS", 2_500, 380, 22, "oxide", "ore", "Malawi", 2029, -15.6, 35.3,
            "Mine to separated oxides; heavy-REE-enriched carbonatite.",
            t(Y=150, La=500, Ce=950, Pr=130, Nd=480, Sm=60, Gd=60, Tb=8, Dy=40)),
    Project("INT-NAM-1", "Erongo Heavy Rare Earths", "Erongo Heavy Metals (Pty) Ltd", "Namibia",
            "Integrated", "Scoping", 2_000, 450, 36, "oxide", "ore", "Namibia", 2030, -21.5, 15.5,
            "Xenotime deposit; heavy oxides only.",
            t(Y=1_150, Nd=80, Gd=120, Tb=30, Dy=180, Ho=40, Er=130, Tm=15, Yb=110, Lu=15)),
    Project("INT-ZAF-1", "Namaqualand Monazite Integrated Plant", "Namaqua Monazite (Pty) Ltd", "South Africa",
            "Integrated", "PFS", 2_700, 350, 20, "oxide", "ore", "South Africa", 2029, -29.7, 17.9,
            "High-grade monazite vein deposit; grid reliability a concern.",
            t(Y=40, La=560, Ce=1_150, Pr=140, Nd=560, Sm=60, Gd=40, Tb=3, Dy=15), ranges=False),
    Project("INT-GRL-1", "Ammassalik Coast Rare Earths Project", "Ammassalik Resources A/S", "Greenland",
            "Integrated", "Concept", 4_000, 1_300, 38, "oxide", "ore", "Greenland", 2033, 65.8, -37.0,
            "Broad heavy-REE spectrum; Arctic logistics make it capital-intensive.",
            t(Y=450, La=800, Ce=1_400, Pr=180, Nd=620, Sm=80, Gd=70, Tb=12, Dy=80, Er=50, Yb=30, Lu=5)),
    Project("INT-MNG-1", "Gobi Steppe Integrated Rare Earths", "Gobi Steppe Minerals LLC", "Mongolia",
            "Integrated", "On hold", 3_000, 500, 24, "oxide", "ore", "Mongolia", 2029, 44.9, 110.1,
            "ON HOLD since 2025: landlocked, and the export route via Russia or China is unsettled. Start year is "
            "the plan before the hold.",
            t(Y=60, La=750, Ce=1_400, Pr=170, Nd=500, Sm=40, Gd=20, Dy=10)),
    Project("INT-CHN-REF", "Reference: Northern China bastnäsite complex", "Reference only (not a candidate)",
            "China", "Integrated", "Operating", 12_000, 700, 12, "oxide", "ore", "China", 2020, 40.6, 109.9,
            "REFERENCE POINT for the dominant supplier, not an investable candidate; figures are a stylised "
            "benchmark. Risk is 100 by method. Leave it out with --set exclude_countries=CHN.",
            t(La=3_600, Ce=5_990, Pr=620, Nd=1_700, Sm=60, Eu=10, Gd=20)),
)
# fmt: on

# (header on the sheet, Project attribute, range key or element, width, number format, field the loader must map
# it to; None for an element column, which the loader must read as that element)
COLUMNS: tuple[tuple[str, str, float, str | None, str | None], ...] = (
    ("Project ID", "project_id", 13, None, "project_id"),
    ("Project name", "name", 44, None, "name"),
    ("Sponsor", "sponsor", 38, None, "sponsor"),
    ("Country", "country", 15, None, "country"),
    ("Facility type", "facility_type", 13, None, "facility_type"),
    ("Stage", "stage", 14, None, "stage"),
    ("Capacity (t/y REO)", "capacity_tpa", 12, "#,##0", "capacity_tpa"),
    ("Capex (USD m)", "capex_musd", 11, "#,##0.0", "capex_musd"),
    ("Opex (USD/kg)", "opex_usd_per_kg", 11, "#,##0.0", "opex_usd_per_kg"),
    ("Output form", "output_form", 11, None, "output_form"),
    ("Input form", "input_form", 11, None, "input_form"),
    ("Feed country", "feed_country", 14, None, "feed_country"),
    ("Capex low (USD m)", "capex_low", 11, "#,##0.0", "capex_low"),
    ("Capex high (USD m)", "capex_high", 11, "#,##0.0", "capex_high"),
    ("Opex low (USD/kg)", "opex_low", 11, "#,##0.0", "opex_low"),
    ("Opex high (USD/kg)", "opex_high", 11, "#,##0.0", "opex_high"),
    ("Start year", "start_year", 8, "0", "start_year"),
    ("Latitude", "latitude", 9, "0.00", "latitude"),
    ("Longitude", "longitude", 10, "0.00", "longitude"),
    *((symbol, symbol, 6.5, "#,##0", None) for symbol in ELEMENTS),
    ("Notes", "notes", 70, None, "notes"),
)

ABOUT: tuple[tuple[str, str], ...] = (
    (
        "What this is",
        f"{LABEL}. An illustrative input workbook for the REE Evaluator: candidate rare-earth facilities along "
        "the whole chain (a mixed-carbonate producer, separation, refining, metal, alloy, magnet, recycling and "
        "integrated mine-to-oxide plants) to try loading, scoring, sensitivity analysis and export before you "
        "have your own data.",
    ),
    (
        "Not real data",
        "Project names, sponsors and every number are invented: plausible orders of magnitude, not company "
        "figures. Any resemblance to a real company or project is coincidental. These are illustrative screening "
        "inputs, not investment advice: do not use them for investment decisions. Only the countries are real; "
        "their risk comes from the app's bundled reference table.",
    ),
    ("Generated", f"{GENERATED}, by scripts/make_sample_workbook.py (edit the records there and rerun)."),
    (
        "Capacity (t/y REO)",
        "Nameplate capacity in tonnes per year of rare-earth content of the output, as oxide equivalent (REO), "
        "whatever the product. Metal plants: t/y metal × 1.17.",
    ),
    (
        "Magnet plants",
        "Capacity is the REO contained in the magnets, not tonnes of magnets: magnet t/y × 0.35 (the method's "
        "magnet_reo_share; 4,000 t/y of sintered NdFeB is 1,400 t/y REO). The notes give the magnet tonnage.",
    ),
    ("Capex (USD m)", "Initial capital cost in US dollars, millions (real terms)."),
    (
        "Opex (USD/kg)",
        "Conversion cost in US dollars per kg of REO produced, excluding purchased rare-earth feed (the method "
        "values the feed through the input form).",
    ),
    (
        "Output / input form",
        "What the plant sells and what it buys: ore, concentrate, mixed (carbonate/chloride), oxide, metal, "
        "alloy, magnet, scrap. The method values both from the price of the element basket and the forms table, "
        "so a plant is credited with the value it adds.",
    ),
    (
        "Element columns Sc … Lu",
        "t/y REO of that element in the output, summing to at most the capacity (any remainder is unpriced). "
        "'x' = produced, tonnage not known: the method shares out the capacity not itemised by typical shares "
        "(flag tonnage_estimated). A light-REE separation plant is mostly La and Ce (about 70 %) with NdPr about "
        "20-25 %; heavy-REE feeds carry Dy, Tb and Y.",
    ),
    (
        "Stage",
        "Concept, scoping, PFS, DFS, construction, commissioning, operating, or on hold (one project, "
        "INT-MNG-1, is on hold: it is expected to deliver little).",
    ),
    (
        "Low / high columns",
        "P10/P90-style estimates in the same units as the base value, used by the Monte Carlo analysis; wider and "
        "skewed upwards for early stages (concept: capex -20 %/+50 %), narrow for operating plants (+/-10 %). "
        "A few projects have none.",
    ),
    (
        "Feed country",
        "Where the feedstock comes from. Blank = unknown (the method then assumes a feed risk); one row says 'TBD' "
        "on purpose, so the import report shows a warning.",
    ),
    (
        "Country spelling",
        "Written in the mixed styles analysts use ('USA', 'United States', 'Viet Nam', 'Korea, Rep.', 'UK', "
        "'JP', ...) to show that names, variants and ISO codes are all resolved.",
    ),
    (
        "China row",
        "INT-CHN-REF is a reference point for the dominant supplier, not a candidate. Exclude it with "
        "--set exclude_countries=CHN or the country filter in the app.",
    ),
    (
        "Start year, location",
        "First (planned) year at nameplate, 2020-2033; a project starting after the target year (2030) counts no "
        "tonnes against the supply gap. Approximate site latitude/longitude in degrees.",
    ),
    (
        "Use your own data",
        "Run 'ree-evaluator template my_projects.xlsx' for a blank, documented template (one row per facility, "
        "drop-down lists), fill it in, check it with 'ree-evaluator validate my_projects.xlsx', then score it with "
        "'ree-evaluator score my_projects.xlsx -o shortlist.xlsx' or open it in the desktop app.",
    ),
)

HEADER_FILL = PatternFill("solid", start_color="1F3B57", end_color="1F3B57")
HEADER_FONT = Font(bold=True, color="FFFFFF")


def value_of(project: Project, key: str) -> object:
    """The cell value for one column: an attribute, or a low/high estimate derived from the stage rule."""
    if key in {"capex_low", "capex_high", "opex_low", "opex_high"}:
        if not project.ranges:
            return None
        capex_lo, capex_hi, opex_lo, opex_hi = STAGE_RANGES[project.stage]
        factor = {"capex_low": capex_lo, "capex_high": capex_hi, "opex_low": opex_lo, "opex_high": opex_hi}[key]
        base = project.capex_musd if key.startswith("capex") else project.opex_usd_per_kg
        return round(base * (1.0 + factor), 1)
    if key in ELEMENTS:
        return project.tonnes.get(key)
    value = getattr(project, key)
    return None if value == "" else value


def check_project(p: Project) -> None:
    """Fail loudly if one record breaks the sample's rules: words the loader knows, element tonnages within
    capacity, low ≤ base ≤ high."""
    from evaluator.reference.vocabulary import FACILITY_TYPES, INPUT_FORMS, OUTPUT_FORMS, facility_type_of, form_of

    if p.stage not in STAGE_RANGES:
        raise ValueError(f"{p.project_id}: unknown stage {p.stage!r}")
    if facility_type_of(p.facility_type)[0] not in FACILITY_TYPES:
        raise ValueError(f"{p.project_id}: unknown facility type {p.facility_type!r}")
    if form_of(p.output_form, OUTPUT_FORMS) is None or form_of(p.input_form, INPUT_FORMS) is None:
        raise ValueError(f"{p.project_id}: unknown form {p.output_form!r} or {p.input_form!r}")
    if not 2020 <= p.start_year <= 2033:
        raise ValueError(f"{p.project_id}: start year {p.start_year} outside 2020-2033")
    if not p.tonnes or not set(p.tonnes) <= set(ELEMENTS):
        raise ValueError(f"{p.project_id}: element columns must name elements Sc … Lu")
    if any(v != FLAG and not (isinstance(v, int | float) and v > 0) for v in p.tonnes.values()):
        raise ValueError(f"{p.project_id}: an element column holds a positive t/y REO or {FLAG!r}")
    given = sum(v for v in p.tonnes.values() if not isinstance(v, str))
    if given > p.capacity_tpa * (1 + TONNAGE_TOLERANCE):
        raise ValueError(f"{p.project_id}: element tonnages {given} exceed capacity {p.capacity_tpa}")
    if p.ranges:
        for key, base in (("capex", p.capex_musd), ("opex", p.opex_usd_per_kg)):
            if not value_of(p, f"{key}_low") <= base <= value_of(p, f"{key}_high"):  # type: ignore[operator]
                raise ValueError(f"{p.project_id}: {key} range out of order")


def check_records(projects: tuple[Project, ...]) -> None:
    """Fail loudly if an edit breaks the sample's own rules: each record's (:func:`check_project`), unique ids,
    and the mix of facilities and quirks the docstring promises."""
    from evaluator.reference.vocabulary import facility_type_of, stage_of

    for p in projects:
        check_project(p)
    ids = [p.project_id for p in projects]
    if len(set(ids)) != len(ids):
        raise ValueError("project ids must be unique")
    tbd = [p.project_id for p in projects if p.feed_country == "TBD"]
    if len(tbd) != 1:
        raise ValueError(f"exactly one feed country should be 'TBD' (the intended warning), found {tbd}")
    on_hold = [p.project_id for p in projects if stage_of(p.stage) == "on_hold"]
    if len(on_hold) != 1:
        raise ValueError(f"exactly one project should be on hold, found {on_hold}")
    types = [facility_type_of(p.facility_type)[0] for p in projects]
    if not any(
        kind == "intermediate" and p.output_form == "mixed" and p.input_form == "concentrate"
        for kind, p in zip(types, projects, strict=True)
    ):
        raise ValueError("the sample needs an intermediate producer selling mixed carbonate from concentrate")
    wanted = {"separation": 2, "refining": 1, "metal": 1, "alloy": 1, "magnet": 2, "recycling": 1, "integrated": 2}
    short = {kind: n for kind, n in wanted.items() if types.count(kind) < n}
    if short:
        raise ValueError(f"too few projects of these facility types (type: at least): {short}")
    flagged = [p.project_id for p in projects if FLAG in p.tonnes.values()]
    if len(flagged) < 2:
        raise ValueError(f"at least two projects should flag an element {FLAG!r} (tonnage estimated), found {flagged}")
    if not any(p.start_year > 2030 for p in projects):
        raise ValueError("at least one project should start after the 2030 target year")


def check_headers() -> None:
    """Every header must map to the intended field (or element) of the app's loader (guards against alias drift)."""
    from evaluator.inputs.headers import read_header

    wrong = []
    for header, _, _, _, field in COLUMNS:
        cell = read_header(header)
        got = cell.field if field is not None else cell.element
        if got != (field if field is not None else header):
            wrong.append((header, got))
    if wrong:
        raise ValueError(f"headers the loader does not map as intended: {wrong}")


def write_projects(sheet: Worksheet, projects: tuple[Project, ...]) -> None:
    sheet.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14)
    sheet.cell(row=2, column=1, value=NOTE).font = Font(italic=True, color="595959")
    for column, (header, key, width, number_format, _) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
        for row, project in enumerate(projects, start=HEADER_ROW + 1):
            data = sheet.cell(row=row, column=column, value=value_of(project, key))
            if number_format:
                data.number_format = number_format
    sheet.row_dimensions[HEADER_ROW].height = 32
    last = HEADER_ROW + len(projects)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)  # header and id/name stay visible
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"


def write_about(sheet: Worksheet) -> None:
    sheet.cell(row=1, column=1, value="About this workbook").font = Font(bold=True, size=14)
    sheet.cell(row=2, column=1, value=f"{LABEL} — fictional projects, not company figures.").font = Font(
        bold=True, color="C00000"
    )
    for row, (label, text) in enumerate(ABOUT, start=4):
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=text).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=1).alignment = Alignment(vertical="top")
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 110


def build(path: Path) -> Path:
    """Write the sample workbook to ``path`` (atomically: a temporary file, then a rename) and return it."""
    check_records(PROJECTS)
    check_headers()
    workbook = Workbook()
    projects = workbook.active
    projects.title = "Projects"
    write_projects(projects, PROJECTS)
    write_about(workbook.create_sheet("About"))
    workbook.properties.title = "REE candidate facilities — illustrative sample"
    workbook.properties.creator = "scripts/make_sample_workbook.py"
    workbook.properties.created = dt.datetime(2026, 11, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(path, workbook.save)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT, help=f"default: {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args()
    written = build(args.output)
    print(f"Wrote {len(PROJECTS)} projects to {written}")


if __name__ == "__main__":
    main()
