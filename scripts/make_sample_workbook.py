"""Generate the bundled sample workbook ``resources/sample/ree_candidate_facilities_sample.xlsx``.

Why this exists: the app ships with an example input so that a new user can load, score, stress-test and export a
realistic-looking set of candidate rare-earth processing facilities before they have assembled their own data, and
so that demos and screenshots show the same thing everywhere. The projects, sponsors and numbers are invented
(plausible orders of magnitude, not company figures); only the countries are real, and their risk comes from the
app's bundled reference table. Keeping the records here, rather than only in the binary .xlsx, makes the workbook
reproducible and reviewable: edit :data:`PROJECTS` and rerun ``python scripts/make_sample_workbook.py``.

The data also exercise the importer on purpose: countries are written in the styles analysts use ("USA",
"Viet Nam", "Korea, Rep.", "JP"), a few feed countries are blank (unknown), and exactly one is "TBD", which the
import report lists as a warning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "sample" / "ree_candidate_facilities_sample.xlsx"
GENERATED = "2026-11"
TITLE = "Candidate rare-earth processing facilities — ILLUSTRATIVE DATA (fictional projects, not company figures)"
NOTE = (
    "Invented sample for trying the REE Evaluator; see the About sheet for what it is, the units, and how to "
    "replace it with real data."
)
HEADER_ROW = 4


@dataclass(frozen=True)
class Project:
    """One candidate facility as it appears on the Projects sheet (units as in :data:`COLUMNS`)."""

    project_id: str
    name: str
    sponsor: str
    country: str  # written as an analyst might: name, variant or ISO code
    facility_type: str
    stage: str
    capacity_tpa: float  # t/y REO; magnet plants: REO-equivalent contained in magnets
    capex_musd: float
    opex_usd_per_kg: float
    feed_country: str  # "" = unknown
    elements: str
    start_year: int
    latitude: float
    longitude: float
    notes: str
    ranges: bool = True  # False: no low/high estimates given


# Low/high estimates as fractions of base, by stage: (capex low, capex high, opex low, opex high). Early studies
# carry wide, upward-skewed ranges (AACE-style), operating plants narrow symmetric ones.
STAGE_RANGES: dict[str, tuple[float, float, float, float]] = {
    "Concept": (-0.20, 0.50, -0.15, 0.35),
    "Scoping": (-0.15, 0.40, -0.15, 0.30),
    "PFS": (-0.15, 0.40, -0.10, 0.25),
    "DFS": (-0.10, 0.25, -0.10, 0.20),
    "Construction": (-0.05, 0.15, -0.10, 0.15),
    "Commissioning": (-0.05, 0.10, -0.10, 0.15),
    "Operating": (-0.10, 0.10, -0.10, 0.10),
}

# fmt: off
PROJECTS: tuple[Project, ...] = (
    # ---- separation (mixed concentrate → individual or grouped oxides) ----
    Project("SEP-AUS-1", "Pilbara Heavy Rare Earths Separation", "Pindan Critical Minerals Ltd", "Australia",
            "Separation", "DFS", 3_000, 620, 30, "Australia", "Nd, Pr, Dy, Tb, Y", 2028, -20.4, 118.6,
            "Xenotime-rich feed from own mine; heavy-oxide circuit drives capex."),
    Project("SEP-JPN-1", "Setouchi Oxide Separation Works", "Kasumi Rare Metals KK", "JP",
            "Separation", "Operating", 3_000, 180, 22, "Australia", "La, Ce, Pr, Nd", 2021, 34.5, 133.9,
            "Toll-separates imported mixed carbonate under a long-term offtake."),
    Project("SEP-MYS-1", "Terengganu Coast Separation Plant", "Semenanjung Rare Earth Processing Sdn Bhd", "Malaysia",
            "Separation", "Operating", 12_000, 650, 12, "Australia", "La, Ce, Pr, Nd, Sm", 2020, 4.3, 103.4,
            "Large light-REE plant; residue licence renewed to 2030."),
    Project("SEP-VNM-1", "Red River Delta Separation", "Song Hong Earth Materials JSC", "Viet Nam",
            "Separation", "Construction", 5_000, 210, 10, "Viet Nam", "La, Ce, Pr, Nd", 2027, 20.9, 106.7,
            "Low-cost bastnäsite feed from domestic mines; permitting history uneven."),
    Project("SEP-USA-1", "Gulf Coast NdPr Separation", "Bayou Critical Materials Inc.", "USA",
            "Separation", "Construction", 6_000, 480, 16, "USA", "NdPr", 2026, 30.2, -93.2,
            "Eligible for federal cost-share; NdPr oxide only."),
    Project("SEP-CAN-1", "Prairie Rare Earth Separation Facility", "Aspen Ridge Processing Corp.", "Canada",
            "Separation", "Commissioning", 2_500, 160, 24, "United States", "La, Ce, Pr, Nd", 2025, 52.1, -106.7,
            "Monazite concentrate trucked from US heavy-mineral-sand operations."),
    Project("SEP-BRA-1", "Goiás Ionic Clay Separation", "Cerrado Terras Raras S.A.", "Brazil",
            "Separation", "PFS", 3_500, 330, 19, "Brazil", "Nd, Pr, Dy, Tb, Y", 2029, -13.5, -48.2,
            "Ionic-clay heavy feed at low cost; licensing and water risk."),
    Project("SEP-IND-1", "Odisha Coastal Monazite Separation", "Kalinga Minerals Processing Ltd", "India",
            "Separation", "DFS", 8_000, 380, 14, "India", "La, Ce, Pr, Nd, Sm, Gd", 2027, 20.3, 86.6,
            "Beach-sand monazite; thorium stockpiled under state licence."),
    Project("SEP-EST-1", "Baltic Rare Earth Separation", "Narva Bay Metals OÜ", "Estonia",
            "Separation", "Operating", 3_000, 140, 26, "Canada", "La, Ce, Pr, Nd, Sm, Eu", 2020, 59.4, 27.4,
            "Brownfield solvent-extraction plant; imported feed."),
    Project("SEP-FRA-1", "Rhône Valley Magnet Recycling & Separation", "Rhodanienne de Terres Rares SAS", "France",
            "Separation", "DFS", 2_000, 230, 30, "", "Nd, Pr, Dy, Tb", 2027, 45.4, 4.8,
            "Feed is end-of-life magnets and swarf from many sources (feed country left blank)."),
    # ---- refining (oxides → high-purity oxides / salts) ----
    Project("REF-NOR-1", "Vestland Oxide Refinery", "Vestland Materials AS", "Norway",
            "Refining", "PFS", 1_500, 190, 24, "Sweden", "La, Ce, Pr, Nd", 2029, 60.4, 5.3,
            "REE from Nordic phosphate-fertiliser by-product streams."),
    Project("REF-KOR-1", "Ulsan High-Purity Oxide Refinery", "Hanbit Advanced Materials Co.", "Korea, Rep.",
            "Refining", "Construction", 2_000, 150, 18, "Viet Nam", "Nd, Pr", 2026, 35.5, 129.3,
            "Upgrades imported NdPr oxide to magnet-grade."),
    Project("REF-SAU-1", "Red Sea Rare Earth Refinery", "Najd Strategic Minerals Co.", "Saudi Arabia",
            "Refining", "Scoping", 3_000, 240, 15, "", "La, Ce, Pr, Nd", 2030, 24.0, 38.1,
            "Feed sourcing under negotiation (feed country left blank).", ranges=False),
    Project("REF-KAZ-1", "Irtysh Bauxite-Residue Scandium Refinery", "Irtysh Residue Metals LLP", "Kazakhstan",
            "Refining", "Scoping", 500, 140, 38, "Kazakhstan", "Sc, Y, La, Ce, Nd", 2030, 52.3, 77.0,
            "Sc and mixed REO from alumina-refinery residue; about 20 t/y of the capacity is Sc2O3."),
    Project("REF-PHL-1", "Batangas Bay Rare Earth Refinery", "Batangas Critical Metals Inc.", "Philippines",
            "Refining", "Concept", 1_200, 120, 20, "TBD", "Nd, Pr", 2032, 13.8, 121.0,
            "Early concept; feed source not yet chosen (written TBD on purpose)."),
    # ---- metal / alloy (oxides → metals and alloys) ----
    Project("MET-GBR-1", "Tees Valley Rare Earth Metals", "Teesmouth Rare Metals Ltd", "United Kingdom",
            "Metal/alloy", "Construction", 2_000, 140, 22, "Australia", "Nd, Pr, Sm", 2026, 54.6, -1.2,
            "NdPr metal, NdFeB strip-cast alloy and a small SmCo alloy line."),
    Project("MET-USA-1", "Blue Ridge Metals & Alloys", "Blue Ridge Alloys LLC", "United States",
            "Metal/alloy", "DFS", 1_500, 150, 28, "Canada", "Nd, Pr, Dy, Tb", 2028, 38.4, -81.6,
            "Includes DyFe and TbFe master-alloy lines."),
    Project("MET-JPN-1", "Genkai Metal Reduction Plant", "Genkai Metal Reduction KK", "Japan",
            "Metal/alloy", "Operating", 2_500, 110, 20, "Malaysia", "Nd, Pr", 2022, 33.9, 130.9,
            "Molten-salt electrolysis; long-term oxide supply contract.", ranges=False),
    # ---- magnets (capacity = REO-equivalent contained in magnets) ----
    Project("MAG-NOR-1", "Helgeland NdFeB Magnet Factory", "Northern Lights Magnetics AS", "Norway",
            "Magnet", "PFS", 1_200, 420, 55, "Sweden", "Nd, Pr, Dy, Tb", 2029, 66.3, 14.1,
            "About 4,000 t/y sintered magnets; hydropower."),
    Project("MAG-USA-1", "Lone Star Sintered Magnets", "Alamo Magnetics Corp.", "USA",
            "Magnet", "Commissioning", 1_500, 380, 48, "USA", "Nd, Pr", 2025, 29.4, -98.5,
            "About 5,000 t/y sintered NdFeB for EV motors."),
    Project("MAG-GBR-1", "Midlands SmCo Magnet Works", "Mercia Magnet Works Ltd", "UK",
            "Magnet", "DFS", 300, 85, 78, "China", "Sm", 2027, 52.5, -1.9,
            "Samarium-cobalt magnets for defence and aerospace; Sm oxide imported from China."),
    Project("MAG-KOR-1", "Gyeongnam Magnet Works", "Nakdong Magnetics Co.", "South Korea",
            "Magnet", "Operating", 900, 160, 42, "Viet Nam", "Nd, Pr", 2023, 35.2, 128.7,
            "Bonded and sintered magnets for appliances."),
    Project("MAG-SWE-1", "Norrland Magnet Works", "Norrland Magnet Works AB", "Sweden",
            "Magnet", "Scoping", 2_500, 650, 45, "", "Nd, Pr", 2030, 62.4, 17.3,
            "About 8,000 t/y magnets; alloy supplier not yet chosen (feed country left blank)."),
    # ---- integrated (mine or concentrate through to oxide, metal or magnet) ----
    Project("INT-TZA-1", "Southern Highlands Integrated Rare Earths", "Mbeya Rare Earths Ltd", "Tanzania",
            "Integrated", "DFS", 6_000, 720, 22, "Tanzania", "La, Ce, Pr, Nd", 2028, -8.9, 33.5,
            "Carbonatite mine with on-site cracking and separation."),
    Project("INT-MWI-1", "Shire Highlands Rare Earths", "Shire Valley Minerals Ltd", "Malawi",
            "Integrated", "PFS", 2_500, 380, 28, "Malawi", "Nd, Pr, Dy, Tb", 2029, -15.6, 35.3,
            "Mine to mixed oxide; heavy-REE-enriched carbonatite."),
    Project("INT-NAM-1", "Erongo Heavy Rare Earths", "Erongo Heavy Metals (Pty) Ltd", "Namibia",
            "Integrated", "Scoping", 2_000, 450, 36, "Namibia", "Dy, Tb, Y, Ho, Er", 2030, -21.5, 15.5,
            "Xenotime deposit; heavy oxides only."),
    Project("INT-ZAF-1", "Namaqualand Monazite Integrated Plant", "Namaqua Monazite (Pty) Ltd", "South Africa",
            "Integrated", "PFS", 2_700, 350, 26, "South Africa", "La, Ce, Pr, Nd", 2029, -29.7, 17.9,
            "High-grade monazite vein deposit; grid reliability a concern.", ranges=False),
    Project("INT-GRL-1", "Ammassalik Coast Rare Earths Project", "Ammassalik Resources A/S", "Greenland",
            "Integrated", "Concept", 4_000, 1_300, 38, "Greenland", "Nd, Pr, Dy, Tb, Y, Er, Yb, Lu", 2032, 65.8, -37.0,
            "Broad heavy-REE spectrum; Arctic logistics make it capital-intensive."),
    Project("INT-MNG-1", "Gobi Steppe Integrated Rare Earths", "Gobi Steppe Minerals LLC", "Mongolia",
            "Integrated", "Concept", 3_000, 500, 30, "Mongolia", "La, Ce, Pr, Nd, Y", 2031, 44.9, 110.1,
            "Landlocked; export route via Russia or China to be settled."),
    Project("INT-CHN-REF", "Reference: Northern China bastnäsite complex", "Reference only (not a candidate)",
            "China", "Integrated", "Operating", 12_000, 700, 15, "China", "La, Ce, Pr, Nd, Sm, Eu, Gd", 2020,
            40.6, 109.9,
            "REFERENCE POINT for the dominant supplier, not an investable candidate; figures are a stylised "
            "benchmark. Risk is 100 by method. Leave it out with --set exclude_countries=CHN."),
)
# fmt: on

# (header on the sheet, Project attribute or range key, width, number format, field the loader must map it to)
COLUMNS: tuple[tuple[str, str, float, str | None, str], ...] = (
    ("Project ID", "project_id", 13, None, "project_id"),
    ("Project name", "name", 44, None, "name"),
    ("Sponsor", "sponsor", 38, None, "sponsor"),
    ("Country", "country", 15, None, "country"),
    ("Facility type", "facility_type", 13, None, "facility_type"),
    ("Stage", "stage", 14, None, "stage"),
    ("Capacity (t/y REO)", "capacity_tpa", 12, "#,##0", "capacity_tpa"),
    ("Capex (USD m)", "capex_musd", 11, "#,##0.0", "capex_musd"),
    ("Opex (USD/kg)", "opex_usd_per_kg", 11, "#,##0.0", "opex_usd_per_kg"),
    ("Feed country", "feed_country", 14, None, "feed_country"),
    ("Elements", "elements", 30, None, "elements"),
    ("Capex low (USD m)", "capex_low", 11, "#,##0.0", "capex_low"),
    ("Capex high (USD m)", "capex_high", 11, "#,##0.0", "capex_high"),
    ("Opex low (USD/kg)", "opex_low", 11, "#,##0.0", "opex_low"),
    ("Opex high (USD/kg)", "opex_high", 11, "#,##0.0", "opex_high"),
    ("Start year", "start_year", 8, "0", "start_year"),
    ("Latitude", "latitude", 9, "0.00", "latitude"),
    ("Longitude", "longitude", 10, "0.00", "longitude"),
    ("Notes", "notes", 70, None, "notes"),
)

ABOUT: tuple[tuple[str, str], ...] = (
    (
        "What this is",
        "An illustrative input workbook for the REE Evaluator: candidate rare-earth processing facilities "
        "(separation, refining, metal/alloy, magnet and integrated plants) to try loading, scoring, sensitivity "
        "analysis and export before you have your own data.",
    ),
    (
        "Not real data",
        "Project names, sponsors and every number are invented: plausible orders of magnitude, not company "
        "figures. Any resemblance to a real company or project is coincidental. Do not use it for investment "
        "decisions. Only the countries are real; their risk comes from the app's bundled reference table.",
    ),
    ("Generated", f"{GENERATED}, by scripts/make_sample_workbook.py (edit the records there and rerun)."),
    ("Capacity (t/y REO)", "Nameplate capacity in tonnes of rare-earth oxide (REO) per year."),
    (
        "Magnet plants",
        "Capacity is the REO-equivalent contained in the magnets, not tonnes of magnets (sintered NdFeB is about "
        "30 % REO by mass: 1,000 t/y of magnets is about 300 t/y REO), so cost per kg REO is comparable across "
        "process steps.",
    ),
    ("Capex (USD m)", "Initial capital cost in US dollars, millions (real terms)."),
    ("Opex (USD/kg)", "Operating cost in US dollars per kg of REO produced (per kg REO-equivalent for magnets)."),
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
    ("Start year, location", "First (planned) production year; approximate site latitude/longitude in degrees."),
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
    value = getattr(project, key)
    return None if value == "" else value


def check_records(projects: tuple[Project, ...]) -> None:
    """Fail loudly if an edit breaks the sample's own rules (unique ids, low ≤ base ≤ high, known stages)."""
    ids = [p.project_id for p in projects]
    if len(set(ids)) != len(ids):
        raise ValueError("project ids must be unique")
    tbd = [p.project_id for p in projects if p.feed_country == "TBD"]
    if len(tbd) != 1:
        raise ValueError(f"exactly one feed country should be 'TBD' (the intended warning), found {tbd}")
    for p in projects:
        if p.stage not in STAGE_RANGES:
            raise ValueError(f"{p.project_id}: unknown stage {p.stage!r}")
        low, high = value_of(p, "capex_low"), value_of(p, "capex_high")
        if p.ranges and not (low <= p.capex_musd <= high):  # type: ignore[operator]
            raise ValueError(f"{p.project_id}: capex range out of order")
        low, high = value_of(p, "opex_low"), value_of(p, "opex_high")
        if p.ranges and not (low <= p.opex_usd_per_kg <= high):  # type: ignore[operator]
            raise ValueError(f"{p.project_id}: opex range out of order")


def check_headers() -> None:
    """Every header must map to the intended field of the app's loader (guards against alias drift)."""
    from evaluator.inputs.headers import read_header

    wrong = [(h, read_header(h).field) for h, _, _, _, field in COLUMNS if read_header(h).field != field]
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
    sheet.cell(row=2, column=1, value="ILLUSTRATIVE DATA — fictional projects, not company figures.").font = Font(
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
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT, help=f"default: {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args()
    written = build(args.output)
    print(f"Wrote {len(PROJECTS)} projects to {written}")


if __name__ == "__main__":
    main()
