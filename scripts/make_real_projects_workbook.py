"""Generate the bundled workbook of real projects ``resources/sample/ree_real_projects_2025.xlsx`` (issue 11.8).

Why this exists: the first bundled sample (``scripts/make_sample_workbook.py``) is invented, which is right for
trying the app but says nothing about the projects a screening committee actually looks at. This second workbook
holds publicly announced rare-earth processing projects outside China — separation, refining, metal, alloy,
magnet, recycling, integrated and intermediate (mixed-carbonate) plants — with every figure traced to a public page
on its ``Sources`` sheet, with a confidence mark and a basis (quoted, derived or estimate). Where a figure is not
public (most conversion costs, some capital costs, start years, site coordinates), the value is a marked estimate,
never an invented "fact". Both bundled workbooks are ILLUSTRATIVE SCREENING INPUTS, not investment advice.

Conventions (METHOD.md §1): capacity is t/y of rare-earth content as oxide equivalent (REO) whatever the product —
magnet tonnes × 0.35 and metal tonnes × 1.17, converted here and stated in the notes and on Sources; element
columns hold t/y REO of that element when known (NdPr split 75:25 Nd:Pr) or ``x`` when produced but not itemised;
opex is conversion cost per kg REO excluding purchased rare-earth feed; capex/opex low and high are P10/P90 (±30 %
of base, marked estimate, where no public range exists). Money is converted to US dollars at the fixed rates in
:data:`FX` (stated on the About sheet).

Keeping the records here, rather than only in the binary .xlsx, makes the workbook reproducible and reviewable:
edit :data:`PROJECTS` and rerun ``python scripts/make_real_projects_workbook.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from evaluator.base.atomic import write_atomically

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "sample" / "ree_real_projects_2025.xlsx"
GENERATED = "2026-12"
RETRIEVED = "2026-12-03"
TITLE = "ILLUSTRATIVE SCREENING INPUTS — public figures, not investment advice"
NOTE = (
    "Real, publicly announced rare-earth processing projects outside China. Every figure is traced on the Sources "
    "sheet (confidence high/medium/low; basis quoted, derived or estimate). See the About sheet for units and "
    "conversions."
)
HEADER_ROW = 4

#: US dollars per unit of currency, fixed for this workbook (illustrative 2025 averages, rounded).
FX: dict[str, float] = {"AUD": 0.65, "EUR": 1.10, "GBP": 1.28, "CAD": 0.72}
#: METHOD.md §1: REO content of sintered NdFeB magnets (and of NdFeB alloy) by mass, and oxide/metal mass ratio.
MAGNET_REO_SHARE = 0.35
METAL_TO_OXIDE = 1.17
#: Spread used for a P10/P90 where no public range exists: ±30 % of the base value.
DEFAULT_SPREAD = 0.30

ELEMENTS = ("Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu")
FACILITY_TYPES = frozenset(
    {"separation", "refining", "metal", "alloy", "magnet", "recycling", "integrated", "intermediate"}
)
OUTPUT_FORMS = frozenset({"concentrate", "mixed", "oxide", "metal", "alloy", "magnet"})
INPUT_FORMS = frozenset({"ore", "concentrate", "mixed", "oxide", "metal", "alloy", "scrap"})
STAGES = frozenset({"concept", "scoping", "pfs", "dfs", "construction", "commissioning", "operating", "on_hold"})
CONFIDENCE = frozenset({"high", "medium", "low"})


def usd(amount: float, currency: str) -> float:
    """``amount`` (millions, or per kg) of ``currency`` in US dollars at the workbook's fixed rate, rounded."""
    return round(amount * FX[currency], 1)


def magnet_reo(tonnes_magnet: float) -> float:
    """t/y REO contained in ``tonnes_magnet`` of NdFeB magnets (or NdFeB alloy)."""
    return round(tonnes_magnet * MAGNET_REO_SHARE, 1)


def metal_reo(tonnes_metal: float) -> float:
    """t/y REO equivalent of ``tonnes_metal`` of rare-earth metal."""
    return round(tonnes_metal * METAL_TO_OXIDE, 1)


def ndpr(tonnes: float) -> dict[str, float]:
    """NdPr oxide split 75:25 into Nd and Pr (the workbook's stated convention)."""
    return {"Nd": round(tonnes * 0.75, 2), "Pr": round(tonnes * 0.25, 2)}


def flags(*symbols: str) -> dict[str, str]:
    """Elements produced whose tonnage is not public (``x`` on the sheet)."""
    return dict.fromkeys(symbols, "x")


@dataclass(frozen=True)
class Page:
    """A public page a figure comes from."""

    title: str
    url: str
    published: str  # ISO date, year-month when the day is not shown, or "n.d."


@dataclass(frozen=True)
class Cite:
    """Where one figure comes from and how far to trust it."""

    page: Page
    confidence: str
    basis: str  # starts with "quoted", "derived" or "estimate"


@dataclass(frozen=True)
class Project:
    """One facility as it appears on the Projects sheet (units as in :data:`COLUMNS`)."""

    project_id: str
    name: str
    sponsor: str
    country: str
    facility_type: str
    stage: str
    capacity_tpa: float  # t/y REO equivalent of the output
    capex_musd: float
    opex_usd_per_kg: float
    output_form: str
    input_form: str
    feed_country: str  # "" = unknown
    start_year: int | None
    latitude: float
    longitude: float
    notes: str
    elements: Mapping[str, float | str]
    # Keys: stage, capacity_tpa, capex_musd, opex_usd_per_kg, start_year, location, elements, feed_country and,
    # when capex_range is given, capex_range.
    cites: Mapping[str, Cite]
    capex_range: tuple[float, float] | None = None  # public P10/P90-like range; None: ±30 % estimate
    extra: tuple[tuple[str, object, Cite], ...] = field(default=())  # further (field, value, cite) rows


# ------------------------------------------------------------------------------------------------ public pages
# fmt: off
LYC_SCALE = Page("Lynas Rare Earths: Scale Achieved — Now for Sustainable Returns (Rare Earth Exchanges)",
                 "https://rareearthexchanges.com/news/lynas-rare-earths-scale-achieved-now-for-sustainable-returns",
                 "2025-09-23")
LYC_HRE = Page("Lynas to produce dysprosium, terbium oxide in Malaysia (Fastmarkets)",
               "https://fastmarkets.com/insights/lynas-to-produce-dysprosium-terbium-oxide-in-malaysia", "2024-06-27")
LYC_KAL = Page("Lynas opens Kalgoorlie Rare Earths Processing Facility (Process Online)",
               "https://www.processonline.com.au/content/business/news/"
               "lynas-opens-kalgoorlie-rare-earths-processing-facility-477360092", "2024-11-11")
LYC_KAL_MREC = Page("Lynas opens Australia's first rare earths processing plant (SEAISI, after Kallanish)",
                    "https://seaisi.org/details/25722?type=news-rooms", "2024-11-11")
LYC_TX_2021 = Page("Lynas Texas light rare earths separation plant, 5,000 t/y (WAtoday)",
                   "https://www.watoday.com.au/business/markets/asx-to-slip-apple-helps-nasdaq-hit-record-highs-"
                   "20210122-p56w1q.html", "2021-01-21")
LYC_TX_258 = Page("DOD to invest $258M in Texas REE plant (Metal Tech News)",
                  "https://www.metaltechnews.com/story/2023/08/02/tech-metals/dod-to-invest-258m-in-texas-ree-plant/"
                  "1402.html", "2023-08-02")
LYC_TX_UNC = Page("Lynas flags Texas rare earths plant uncertainty (The Northern Miner)",
                  "https://secure.northernminer.com/news/lynas-flags-texas-rare-earths-plant-uncertainty/1003882176",
                  "2025-08-28")
LYC_TX_AGM = Page("Lynas Texas rare earths plant scrapped (The Oz Post)",
                  "https://www.theozpost.com/business/mining/lynas-texas-rare-earths-plant-scrapped.html", "2025-11")
MP_ADAMAS = Page("October Site Visit: MP Materials' Mountain Pass mine and processing facilities (Adamas Intelligence)",
                 "https://www.adamasintel.com/mountain-pass-visit-october-2022/", "2022-11")
MP_METAL = Page("MP Materials produces rare earth metal in Texas (MineListings)",
                "https://minelistings.com/mine-news/mp-materials-produces-rare-earth-metal-in-texas", "2025-01-22")
MP_PMR = Page("MP Materials begins US rare earth magnet production at Texas facility (PM Review)",
              "https://www.pm-review.com/mp-materials-begins-us-rare-earth-magnet-production-at-texas-facility/",
              "2025-01-27")
MP_700 = Page("Rare earth metals: MP Materials Fort Worth construction, part of a $700 million investment "
              "(Industrial Heating)", "https://www.industrialheating.com/keywords/4314-rare-earth-metals", "2022-07")
ILU_WA = Page("Australia's first integrated rare earths refinery (Government of Western Australia)",
              "https://wa.gov.au/government/announcements/australias-first-integrated-rare-earths-refinery", "2022-04")
ILU_CAPEX = Page("Iluka and government agree to fund $1.7bn rare earths refinery (AuManufacturing)",
                 "https://www.aumanufacturing.com.au/iluka-and-government-agree-to-fund-1-7bn-rare-earths-refinery",
                 "2024-12")
ILU_SITE = Page("Eneabba rare earths project (NS Energy)",
                "https://www.nsenergybusiness.com/projects/eneabba-rare-earths-mining/", "n.d.")
EF_CAP = Page("Energy Fuels achieves commercial production of separated rare earths at White Mesa (Engineering News)",
              "https://engineeringnews.co.za/print-version/energy-fuels-achieves-commercial-production-of-separated-"
              "rare-earths-at-white-mesa-2024-06-11", "2024-06-11")
EF_COST = Page("Energy Fuels begins commercial production of separated rare earths at White Mesa (MINING.COM)",
               "https://mining.com/?p=1152552", "2024-06-10")
ARU_2021 = Page("Arafura aims for Nolans FID in 2022 (Mining Weekly)",
                "https://www.miningweekly.com/print-version/arafura-aims-for-nolans-fid-in-2022-2021-05-11",
                "2021-05-11")
ARU_2024 = Page("Arafura pursues FID on Nolans project (Business News)",
                "https://www.businessnews.com.au/article/Arafura-pursues-FID-on-Nolans-project?amp", "2024-04-29")
ARU_SITE = Page("Nolans project (Arafura Rare Earths)", "https://www.arultd.com/projects/nolans/", "n.d.")
NEO_AW = Page("Neo opens Estonia rare earth plant to cut EU reliance on China (Automotive World)",
              "https://www.automotiveworld.com/articles/neo-opens-estonia-rare-earth-plant-to-cut-eu-reliance-on-china/",
              "2025-09-19")
NEO_ERR = Page("Gallery: Canadian company opens new magnet factory in Narva (ERR News mirror)",
               "https://estonianews.pages.dev/1609807509/gallery-canadian-company-opens-new-magnet-factory-in-narva",
               "2025-09-19")
NEO_IIE = Page("Estonia celebrates groundbreaking for a revolutionary magnet plant in Narva (Invest in Estonia)",
               "https://investinestonia.com/estonia-celebrates-groundbreaking-for-a-revolutionary-magnet-plant-in-narva/",
               "2023-06")
NEO_FEED = Page("Neo opens Europe's first rare earth magnet plant in Estonia (Chat News TV)",
                "https://chatnewstv.com/neo-opens-europes-first-rare-earth-magnet-plant-in-estonia-creating-500000-"
                "plus-jobs/", "2025-09-19")
NEO_RAMP = Page("Neo Performance Materials Narva sintered NdFeB plant: Phase 1 2,000 t/y, ramp-up 2026 (Earths Book)",
                "http://www.earths-book.com/index-1075.html", "2026-01")
SOL_AW = Page("Solvay advances European rare earths production through capacity expansion (Automotive World)",
              "https://www.automotiveworld.com/news-releases/solvay-advances-european-rare-earths-production-through-"
              "capacity-expansion/", "2025-04-09")
SOL_2030 = Page("Solvay inaugurates rare earths line in La Rochelle (24 Brussels)", "https://24brussels.online/?p=13798",
                "2025-04")
SOL_SPEC = Page("Solvay resumes rare earth production (Speciality Chemicals Magazine)",
                "https://specchemonline.com/node/10107", "2025-04")
USAR_LAB = Page("USA Rare Earth produces first batch of magnets at Oklahoma plant (MineListings)",
                "https://minelistings.com/mine-news/usa-rare-earth-produces-first-batch-of-magnets-at-oklahoma-plant",
                "n.d.")
USAR_100 = Page("$100M manufacturing facility coming to Stillwater (Tulsa World)",
                "https://tulsaworld.com/business/local/100m-manufacturing-facility-coming-to-stillwater-usa-rare-earth-"
                "announces-with-oklahoma-officials/article_77ad9856-e752-11ec-8875-dbb67023bc84.html", "2022-06-09")
USAR_LCM = Page("USA Rare Earth secures UK approval to acquire Less Common Metals (Investing News)",
                "https://investingnews.com/usar-secures-uk-approval/", "2025-11-12")
VUL_PR = Page("Vulcan Elements forges $1.4 billion partnership with the United States Government (PR Newswire)",
              "https://www.prnewswire.com/news-releases/vulcan-elements-forges-1-4-billion-partnership-with-the-united-"
              "states-government-and-reelement-technologies-to-expand-100-vertically-integrated-domestic-magnet-"
              "supply-chain-302602878.html", "2025-11-03")
VUL_NC = Page("Vulcan Elements picks NC for its mega magnet facility (Tectonic)", "https://www.tectonicdefense.com/?p=1050",
              "2025-11-18")
EVAC_506 = Page("Sumter's new eVAC plant gets $111M in tax credits (The Sumter Item)",
                "http://www.theitem.com/stories/sumters-new-evac-plant-gets-111m-in-tax-credits,414029", "2024-04")
EVAC_SHIP = Page("A magnet ships — and a line is crossed (Rare Earth Exchanges)",
                 "https://rareearthexchanges.com/news/a-magnet-ships-and-a-line-is-crossed", "2025-12-15")
EVAC_SITE = Page("eVAC Magnetics to build first U.S. facility in Sumter, South Carolina (Sumter Economic Development)",
                 "https://sumteredge.com/news/article/evac-magnetics-to-build-first-u.s-facility-in-sumter-south-"
                 "carolina", "2023-12-18")
NOV_CAP = Page("Noveon aims to jumpstart rare-earth magnet production in US (Noveon, after Austin Business Journal)",
               "https://noveon.co/noveon-jumpstart", "2023-02-23")
NOV_FUND = Page("Meet the Texas startup that recycles rare-earth magnets (USA Update 24, after Forbes)",
                "https://usaupdate24.com/meet-the-texas-startup-that-recycles-rare-earth-magnets-bypassing-china/",
                "n.d.")
UCU_SMC = Page("Louisiana Strategic Metals Complex (Ucore Rare Metals)", "https://ucore.com/smc/", "n.d.")
UCU_CAPEX = Page("Ucore project summary: CapEx $75 million (Louisiana Economic Development)",
                 "https://www.opportunitylouisiana.gov/project/uncore", "n.d.")
UCU_DOD = Page("Ucore secures $18.4M DoD contract to develop rare earth separation (Advos)",
               "https://advos.io/en/ucore-secures-184m-dod-contract-to-develop-rare-earth-separation/202514852",
               "2025-05")
UCU_FEED = Page("Ucore advances rare earth supply chain with Louisiana processing facility groundbreaking (VBNG TV)",
                "https://vbngtv.com/ucore-advances-rare-earth-supply-chain-with-louisiana-processing-facility-"
                "groundbreaking", "2025")
HPM_CAP = Page("Rare-earth magnet recycling plant opens in the UK (electrive)",
               "https://www.electrive.com/2026/01/15/rare-earth-magnet-recycling-plant-opens-in-the-uk", "2026-01-15")
HPM_PB = Page("Mkango, HyProMag and the University of Birmingham open the Tyseley rare earth magnet recycling plant "
              "(Project Blue)", "https://projectblue.com/blue/news-analysis/1403/mkango,-hypromag-and-the-university-"
              "of-birmingham-open-the-tyseley-rare-earth-magnet-recycling-plant", "2026-01")
CAR_216 = Page("Carester to build rare-earth recycling and refining facility in France (Chemical Engineering)",
               "https://chemengonline.com/carester-to-build-rare-earth-recycling-and-refining-facility-in-france",
               "2025-03")
CAR_1400 = Page("UK rare earths company to build plant in France (Reuters, via Tiger Brokers)",
                "https://www.itiger.com/hans/news/2539715252", "2025-05-29")
PRE_2023 = Page("Pensana: Update on Longonjo financing and development (Investegate RNS)",
                "http://investegate.co.uk/announcement/prn/pensana--pre/update-on-longonjo-financing-and-development/"
                "7598463", "2023-06-27")
PRE_HY = Page("Pensana Plc review: half-year highlights (DirectorsTalk Interviews)",
              "https://directorstalkinterviews.com/pensana-plc-review-rare-earth-exploration-development-updates/"
              "4121149452", "2023-09")
SV_PROD = Page("Serra Verde begins commercial production of MREC from Pela Ema Phase I (NS Energy)",
               "https://www.nsenergybusiness.com/news/serra-verde-begins-commercial-production-of-mrec-from-pela-ema-"
               "phase-i/", "2024")
SV_DFC = Page("Serra Verde secures up to $465 million DFC financing (Wedoany)", "https://en.wedoany.com/shortnews/70713.html",
              "2025-11-08")
SV_150 = Page("Serra Verde starts commissioning Brazilian rare earths mine (MINING.COM)",
              "https://mining.com/serra-verde-starts-commissioning-brazilian-rare-earths-mine", "2023-06")
SRC_CAP = Page("Saskatchewan processing plant first to produce rare earth metals in North America (MINING.COM)",
               "https://mining.com/saskatchewan-processing-facility-first-to-produce-rare-earth-metals-in-north-america",
               "2024-09-18")
ASM_SCOPING = Page("Scoping study demonstrates feasibility of ASM Korean Metals Plant (Australian Strategic Materials)",
                   "https://asm-au.com/scoping-study-demonstrates-feasibility-of-asm-korean-metals-plant/", "2021")
ASM_ARGUS = Page("ASM considers South Korean metals plant (Argus Media)",
                 "https://www.argusmedia.com/en/news-and-insights/latest-market-news/2211866-asm-considers-south-korean-"
                 "metals-plant", "2021")
ASM_FEED = Page("ASM produces neo metal and alloy at new plant in South Korea (Magnetics Magazine)",
                "https://magneticsmag.com/asm-produces-neo-metal-alloy-at-new-plant-in-south-korea-while-progressing-on-"
                "rare-earths-mine-site-in-australia", "n.d.")
ACL = Page("Aclara jumps on US heavy REE plant plan (MINING.COM)", "https://www.mining.com/aclara-jumps-on-us-rare-earth-plant-plan",
           "2025-10-24")
# fmt: on


def quoted(page: Page, what: str, confidence: str = "high") -> Cite:
    return Cite(page, confidence, f"quoted: {what}")


def derived(page: Page, how: str, confidence: str = "medium") -> Cite:
    return Cite(page, confidence, f"derived: {how}")


def estimate(page: Page, why: str, confidence: str = "low") -> Cite:
    return Cite(page, confidence, f"estimate: {why}")


def site(page: Page, place: str) -> Cite:
    return Cite(page, "medium", f"estimate: approximate coordinates of {place}, the site named in the source")


OPEX_NOTE = "conversion cost per kg REO excluding purchased feed is not public"


# ---------------------------------------------------------------------------------------------------- records
# fmt: off
PROJECTS: tuple[Project, ...] = (
    # ---- separation -------------------------------------------------------------------------------------------
    Project("LYC-MYS", "Lynas Malaysia (Gebeng, Kuantan) separation plant", "Lynas Rare Earths Ltd", "Malaysia",
            "separation", "operating", 12_000, 800, 12, "oxide", "mixed", "Australia", 2025, 3.97, 103.38,
            "Separates MREC from Kalgoorlie and Mt Weld concentrate. Capacity = 10,500 t/y NdPr oxide nameplate "
            "+ 1,500 t/y SEGH heavy compound (Sm, Eu, Gd, Ho; Dy and Tb separated) = 12,000 t/y REO; La/Ce "
            "products not counted (partly rejected). Capex is an estimate (sunk plant cost not found in the sources).",
            {**ndpr(10_500), **flags("Sm", "Eu", "Gd", "Tb", "Dy", "Ho")},
            {"stage": quoted(LYC_SCALE, "separation upgrades lifted the nameplate to 10,500 tpa NdPr"),
             "capacity_tpa": derived(LYC_HRE, "10,500 t/y NdPr oxide nameplate + 1,500 t/y SEGH heavy compound "
                                     "throughput = 12,000 t/y REO (La/Ce not counted)"),
             "capex_musd": estimate(LYC_HRE, "no public figure for the plant's total build cost; order of magnitude "
                                    "for a 10,000 t/y-class SX plant with expansions (the page gives only the "
                                    "US$25m heavy-RE add-on)"),
             "opex_usd_per_kg": estimate(LYC_HRE, f"{OPEX_NOTE}; typical SX separation of a mixed carbonate"),
             "start_year": derived(LYC_HRE, "NdPr upgrade to 10,500 t/y completed mid-2024, heavy-RE circuit "
                                   "commissioning mid-2025: first year at nameplate taken as 2025"),
             "location": site(LYC_HRE, "the Lynas Malaysia plant, Gebeng industrial estate, Kuantan"),
             "elements": derived(LYC_HRE, "10,500 t/y NdPr oxide split 75:25 Nd:Pr (workbook convention)"),
             "feed_country": quoted(LYC_KAL, "MREC produced in Kalgoorlie is shipped to the Malaysian facility")}),
    Project("LYC-USA-SEA", "Lynas U.S. Rare Earths Processing Facility (Seadrift, Texas)", "Lynas USA LLC",
            "United States", "separation", "on_hold", 5_000, 318, 15, "oxide", "mixed", "Australia", None,
            28.41, -96.71,
            "ON HOLD: Aug 2025 'significant uncertainty whether construction will proceed'; Nov 2025 AGM: 'unlikely "
            "the proposed facility will proceed' (wastewater permit, DoD cost-overrun talks). Capacity is the light "
            "RE plant as announced in 2021 (5,000 t/y products incl. 1,250 t/y NdPr); heavy-RE tonnage not public. "
            "No start year (on hold). Capex = US$258m DoD (heavy) + ~US$60m (light, DoD and Lynas ~30 each).",
            {**ndpr(1_250), **flags("La", "Ce", "Tb", "Dy")},
            {"stage": quoted(LYC_TX_AGM, "chair told the AGM it was 'unlikely the proposed facility will "
                             "proceed'; earlier 'significant uncertainty' (Aug 2025)"),
             "capacity_tpa": quoted(LYC_TX_2021, "approximately 5,000 tonnes per annum of rare earths products, "
                                    "including approximately 1,250 tonnes per annum of NdPr", "medium"),
             "capex_musd": derived(LYC_TX_258, "US$258m allocated by the DoD to the heavy-RE component + ~US$30m "
                                   "DoD and ~US$30m Lynas for the light-RE plant (WAtoday, 2021) = ~US$318m; "
                                   "Lynas later said costs exceeded the DoD funding", "low"),
             "opex_usd_per_kg": estimate(LYC_TX_2021, f"{OPEX_NOTE}; SX separation of MREC, small US plant"),
             "location": site(LYC_TX_UNC, "Seadrift, Texas (about 130 km north-east of Corpus Christi)"),
             "elements": derived(LYC_TX_2021, "1,250 t/y NdPr split 75:25 Nd:Pr"),
             "feed_country": quoted(LYC_TX_2021, "the Texas plant will receive material directly from the "
                                    "Kalgoorlie cracking & leaching plant", "medium")}),
    Project("EF-USA-WMM", "White Mesa Mill Phase 1 REE separation circuit", "Energy Fuels Inc.", "United States",
            "separation", "operating", 925, 16, 20, "oxide", "concentrate", "United States", 2024, 37.54, -109.50,
            "Phase 1 NdPr circuit, design capacity 850–1,000 t/y NdPr oxide (midpoint used); monazite from Chemours "
            "(Florida, Georgia). Actual capex US$16m (budget US$25m) for the circuit in an existing uranium mill. "
            "Phase 2/3 (4,000–6,000 t/y NdPr, Dy, Tb) not included.",
            ndpr(925),
            {"stage": quoted(EF_CAP, "commercial production of separated NdPr achieved (June 2024)"),
             "capacity_tpa": derived(EF_CAP, "design capacity 850 t/y to 1,000 t/y NdPr: midpoint 925 t/y"),
             "capex_musd": quoted(EF_COST, "Phase 1 REE separation circuit completed at a total cost of about "
                                  "$16 million (budget $25 million)"),
             "opex_usd_per_kg": estimate(EF_CAP, f"{OPEX_NOTE}; small campaign-run circuit in a shared mill"),
             "start_year": quoted(EF_CAP, "on-spec NdPr at full design capacity from June 2024", "medium"),
             "location": site(EF_CAP, "the White Mesa Mill near Blanding, Utah"),
             "elements": derived(EF_CAP, "925 t/y NdPr split 75:25 Nd:Pr"),
             "feed_country": quoted(EF_CAP, "monazite produced by Chemours at its heavy mineral sand operations in "
                                    "Florida and Georgia")}),
    Project("SOL-FRA-LAR", "Solvay La Rochelle rare earths plant (magnet rare earths line)", "Solvay SA", "France",
            "separation", "operating", 4_500, 110, 20, "oxide", "concentrate", "", 2030, 46.15, -1.16,
            "Magnet-RE line inaugurated 8 Apr 2025; several hundred t in 2025, target ~4,500 t/y by 2030 (30 % of "
            "EU demand); company said capacity could reach 2,000–5,000 t/y REO. Capex: 'may invest €100 million to "
            "produce at full scale' (€100m × 1.10). Start year = the 2030 target. Feed from diverse suppliers "
            "(mines and recyclers): feed country left blank.",
            flags("Pr", "Nd", "Tb", "Dy"),
            {"stage": quoted(SOL_AW, "Solvay begins commercial production of rare earths for permanent magnets"),
             "capacity_tpa": quoted(SOL_2030, "by 2030 the company hopes to produce around 4,500 tonnes a year",
                                    "medium"),
             "capex_musd": derived(SOL_SPEC, "'it may invest €100 million to produce at full scale' × 1.10 USD/EUR "
                                   "= US$110m; another report speaks of 'a few hundred million euros'", "low"),
             "opex_usd_per_kg": estimate(SOL_AW, f"{OPEX_NOTE}; brownfield SX plant, European energy costs"),
             "start_year": quoted(SOL_2030, "around 4,500 tonnes a year by 2030", "medium"),
             "location": site(SOL_AW, "the La Rochelle site, France"),
             "elements": quoted(SOL_2030, "the line adds rare earths for permanent magnets (Nd, Pr and heavy REs "
                                "flagged, tonnages not split)", "medium")}),
    Project("ACL-USA-VIN", "Aclara heavy rare earths separation plant (Port of Vinton, Louisiana)",
            "Aclara Resources Inc.", "United States", "separation", "pfs", 1_630, 277, 25, "oxide", "mixed", "Brazil",
            2028, 30.19, -93.58,
            "Planned heavy-RE separation of ionic-clay concentrates from Aclara's Carina (Brazil) and Penco (Chile) "
            "deposits, completion 2027, feed from mid-2028. Output 200 t/y Dy + 30 t/y Tb + 1,400 t/y NdPr oxide "
            "= 1,630 t/y REO (other REs not quantified). Feed country: Brazil (Chile also planned; one country only).",
            {**ndpr(1_400), "Dy": 200, "Tb": 30},
            {"stage": estimate(ACL, "plant announced with a capex estimate and Hatch engineering, pilot plant in "
                               "2026, funding and offtake pending: taken as pre-feasibility"),
             "capacity_tpa": derived(ACL, "200 t Dy + 30 t Tb + 1,400 t NdPr of separated oxides a year = 1,630 t/y"),
             "capex_musd": quoted(ACL, "Aclara plans to invest $277 million", "medium"),
             "opex_usd_per_kg": estimate(ACL, f"{OPEX_NOTE}; heavy-RE separation is reagent- and stage-intensive"),
             "start_year": derived(ACL, "scheduled for completion in 2027; feed deposits operating mid-2028: "
                                   "first year at nameplate 2028"),
             "location": site(ACL, "the Port of Vinton near Lake Charles, Louisiana"),
             "elements": derived(ACL, "Dy 200 and Tb 30 quoted; 1,400 t NdPr split 75:25 Nd:Pr"),
             "feed_country": quoted(ACL, "feed from Aclara's ionic-clay projects in Brazil and Chile (Brazil "
                                    "entered: one country per cell)", "medium")}),
    # ---- refining (mixed carbonate → separated oxides) ----------------------------------------------------------
    Project("UCU-USA-LSMC", "Louisiana Strategic Metals Complex (Alexandria)", "Ucore Rare Metals Inc.",
            "United States", "refining", "construction", 2_000, 75, 10, "oxide", "mixed", "", 2027, 31.33, -92.55,
            "RapidSX separation of imported mixed RE concentrates/carbonates; staged 2,000 → 5,000 → 7,500 t/y TREO "
            "(first stage used). Capex US$75m from Louisiana Economic Development. DoD funding US$22.4m to date; "
            "operational readiness H2 2026. Feed sources not named (blank).",
            flags("Pr", "Nd", "Tb", "Dy"),
            {"stage": quoted(UCU_DOD, "construction scheduled to begin, operational readiness expected in the "
                             "second half of 2026", "medium"),
             "capacity_tpa": quoted(UCU_SMC, "production scaling up from 2,000 tonnes per annum (first stage)",
                                    "medium"),
             "capex_musd": quoted(UCU_CAPEX, "CapEx: $75 million", "medium"),
             "opex_usd_per_kg": estimate(UCU_SMC, f"{OPEX_NOTE}; SX refining of a purchased mixed carbonate"),
             "start_year": estimate(UCU_DOD, "operational readiness H2 2026: first full year 2027"),
             "location": site(UCU_SMC, "England Airpark, Alexandria, Louisiana"),
             "elements": quoted(UCU_FEED, "producing high-purity oxides such as neodymium, praseodymium, "
                                "dysprosium and terbium (tonnages not split)", "medium")}),
    # ---- intermediate (cracking/leaching to a mixed product) ----------------------------------------------------
    Project("LYC-AUS-KAL", "Lynas Kalgoorlie Rare Earths Processing Facility", "Lynas Rare Earths Ltd", "Australia",
            "intermediate", "operating", 36_000, 520, 6, "mixed", "concentrate", "Australia", 2025, -30.78, 121.45,
            "Cracking & leaching of Mt Weld concentrate to mixed rare earth carbonate (MREC) for Lynas Malaysia. "
            "Nameplate supports ~9,000 t/y NdPr equivalent; total REO in MREC ESTIMATED assuming NdPr ≈ 25 % of "
            "TREO (9,000 / 0.25 = 36,000 t/y). Capex A$800m × 0.65.",
            {**ndpr(9_000), **flags("La", "Ce", "Sm", "Tb", "Dy")},
            {"stage": quoted(LYC_KAL, "the facility is fully commissioned and producing"),
             "capacity_tpa": estimate(LYC_SCALE, "nameplate supporting ~9,000 tpa NdPr equivalent (quoted); total "
                                      "REO derived by assuming NdPr ≈ 25 % of TREO in the MREC (assumption, not "
                                      "sourced): 36,000 t/y"),
             "capex_musd": derived(LYC_KAL, "'the $800 million large-scale facility' (A$) × 0.65 USD/AUD = "
                                   "US$520m (earlier reported as A$730m)", "high"),
             "opex_usd_per_kg": estimate(LYC_KAL, f"{OPEX_NOTE}; kiln cracking and leaching only"),
             "start_year": estimate(LYC_SCALE, "opened Nov 2024 and 'ramping' in Sep 2025: 2025"),
             "location": site(LYC_KAL, "Kalgoorlie-Boulder, Western Australia"),
             "elements": derived(LYC_SCALE, "~9,000 t/y NdPr equivalent split 75:25 Nd:Pr"),
             "feed_country": quoted(LYC_KAL_MREC, "processes concentrate from Lynas' Mt Weld mine")}),
    Project("PRE-AGO-LON", "Longonjo rare earth mine and MREC plant", "Pensana Plc (Ozango Minerais SA)", "Angola",
            "intermediate", "construction", 14_000, 305, 10, "mixed", "ore", "Angola", 2027, -12.91, 15.25,
            "Mine to mixed rare earth carbonate/sulphate; at full production 38,000 t/y MRES containing 14,000 t/y "
            "TREO and 4,400 t/y NdPr oxide. Staged capex: US$200m upfront + US$105m deferred to year 3 = US$305m "
            "(upfront later revised to US$217m). Early works funded by FSDEA; main finance status not confirmed "
            "in the sources. Saltend (UK) refinery not included.",
            {**ndpr(4_400), **flags("La", "Ce")},
            {"stage": quoted(PRE_HY, "early construction activities at Longonjo; US$15m FSDEA loan deployed",
                             "low"),
             "capacity_tpa": quoted(PRE_2023, "38,000 tonnes per annum of mixed rare earth sulphate, containing "
                                    "14,000 tonnes of TREO", "medium"),
             "capex_musd": derived(PRE_2023, "US$200m upfront + ~US$105m deferred until year three = US$305m",
                                   "medium"),
             "opex_usd_per_kg": estimate(PRE_2023, f"{OPEX_NOTE}; includes mining and flotation (input: ore)"),
             "start_year": estimate(PRE_HY, "no firm first-production date in the sources: 2027"),
             "location": site(PRE_2023, "the Longonjo project, Huambo province, Angola"),
             "elements": derived(PRE_2023, "4,400 t/y NdPr oxide contained, split 75:25 Nd:Pr"),
             "capex_range": derived(PRE_HY, "low: US$200m upfront + ~US$70m year-3 capex if the state power line "
                                    "is built (RNS 2023); high: revised upfront US$217m + US$105m deferred",
                                    "medium"),
             "feed_country": quoted(PRE_2023, "own Longonjo mine")},
            capex_range=(270, 322)),
    Project("SV-BRA-PEM", "Serra Verde Pela Ema ionic clay operation (Phase I)", "Mineração Serra Verde", "Brazil",
            "intermediate", "operating", 5_000, 150, 12, "mixed", "ore", "Brazil", 2027, -13.53, -48.22,
            "Ionic-clay mine producing mixed rare earth concentrate (MREC) with Nd, Pr, Tb, Dy (>85 % of value). "
            "Phase I at least 5,000 t/y REO; company targets 4,800–6,500 t/y TREO by early 2027. Capex: US$150m "
            "capital injection (Jan 2023) used as a proxy; DFC up to US$465m (2025) is for upgrades and "
            "refinancing, not counted.",
            flags("Y", "La", "Ce", "Pr", "Nd", "Tb", "Dy"),
            {"stage": quoted(SV_PROD, "commenced commercial production of mixed rare earth concentrate (MREC)"),
             "capacity_tpa": quoted(SV_PROD, "expected to produce at least 5,000 tonnes per year of rare earth "
                                    "oxide"),
             "capex_musd": estimate(SV_150, "the US$150m capital injection to advance the project is used as a "
                                    "proxy for Phase I capex (no capex figure published)"),
             "opex_usd_per_kg": estimate(SV_PROD, f"{OPEX_NOTE}; includes mining of ionic clay (input: ore)"),
             "start_year": derived(SV_DFC, "plans to increase annual output to 4,800–6,500 t TREO by early 2027"),
             "location": site(SV_PROD, "Minaçu, Goiás"),
             "elements": quoted(SV_150, "concentrate contains Nd, Pr, Tb and Dy (>85 % of value); Y, La, Ce "
                                "flagged as present in an ionic-clay MREC (not itemised)", "medium"),
             "feed_country": quoted(SV_PROD, "own Pela Ema deposit, Minaçu")}),
    # ---- integrated (ore or concentrate through to oxide) -------------------------------------------------------
    Project("MP-USA-MTP", "Mountain Pass mine and separation facility", "MP Materials Corp.", "United States",
            "integrated", "operating", 20_000, 600, 12, "oxide", "ore", "United States", 2027, 35.48, -115.53,
            "Light-RE separation line of 20,000 t/y TREO (Ce rejected at the front end), upwards of 6,000 t/y NdPr "
            "oxide; 2024 actual ~1,300 t NdPr and 45,000 t REO in concentrate (much sold as concentrate, not "
            "counted). Capex is an ESTIMATE (no single public figure for mine + Stage II).",
            {**ndpr(6_000), **flags("La", "Ce", "Sm")},
            {"stage": quoted(MP_METAL, "record midstream production of about 1,300 tonnes of NdPr oxide (2024)"),
             "capacity_tpa": quoted(MP_ADAMAS, "light rare earth separation line is set up to produce 20,000 "
                                    "tonnes of TREO annually", "medium"),
             "capex_musd": estimate(MP_ADAMAS, "no public total for the mine and Stage II separation build; order "
                                    "of magnitude"),
             "opex_usd_per_kg": estimate(MP_ADAMAS, f"{OPEX_NOTE}; includes mining (input: ore)"),
             "start_year": estimate(MP_METAL, "NdPr output (1,300 t in 2024) far below the 6,000 t/y capability: "
                                    "nameplate assumed from 2027"),
             "location": site(MP_ADAMAS, "Mountain Pass, California"),
             "elements": derived(MP_ADAMAS, "'upwards of 6,000 tonnes of NdPr oxide per annum' split 75:25 Nd:Pr"),
             "feed_country": quoted(MP_METAL, "own Mountain Pass mine")}),
    Project("ILU-AUS-ENE", "Eneabba rare earths refinery (Phase 3)", "Iluka Resources Ltd", "Australia",
            "integrated", "construction", 17_500, 1_137.5, 20, "oxide", "concentrate", "Australia", 2027,
            -29.87, 115.32,
            "Fully integrated refinery (roasting, leaching, SX) for Iluka's monazite–xenotime stockpile and third-"
            "party concentrates; separated Nd, Pr, Dy, Tb oxides. Capacity 17,500 t/y REO (2022 FID). Capex A$1.7–"
            "1.8bn after FEED (Dec 2023) × 0.65 (P10/P90 = the quoted range). Government loan A$1.65bn.",
            flags("Pr", "Nd", "Tb", "Dy"),
            {"stage": quoted(ILU_CAPEX, "funding agreement with the Australian Government to deliver the refinery",
                             "medium"),
             "capacity_tpa": quoted(ILU_WA, "production capacity of 17,500 tonnes per annum of rare earth oxides"),
             "capex_musd": derived(ILU_CAPEX, "expected capital cost A$1.7–1.8bn: midpoint A$1.75bn × 0.65 = "
                                   "US$1,137.5m"),
             "capex_range": derived(ILU_CAPEX, "A$1.7bn and A$1.8bn × 0.65 = US$1,105m and US$1,170m"),
             "opex_usd_per_kg": estimate(ILU_WA, f"{OPEX_NOTE}; light and heavy separation from monazite/xenotime"),
             "start_year": estimate(ILU_CAPEX, "first production was 2025 at FID; after the 2024 funding agreement "
                                    "taken as 2027"),
             "location": site(ILU_SITE, "the Eneabba operation about 8 km south-east of Eneabba, Western Australia"),
             "elements": quoted(ILU_WA, "separated neodymium, dysprosium, praseodymium and terbium oxides "
                                "(tonnages not split)"),
             "feed_country": quoted(ILU_WA, "Iluka's Eneabba stockpile, plus potential third parties")},
            capex_range=(1_105, 1_170)),
    Project("ARU-AUS-NOL", "Nolans rare earths project", "Arafura Rare Earths Ltd", "Australia", "integrated", "dfs",
            4_914, 1_040, 27.4, "oxide", "ore", "Australia", 2029, -22.58, 133.24,
            "Mine, beneficiation, extraction and separation on one site, 135 km north of Alice Springs. 4,440 t/y "
            "NdPr oxide + 474 t/y heavy RE oxide = 4,914 t/y REO (2021 update; phosphoric acid by-product not "
            "counted). Capex A$1.6bn (2024) × 0.65. Opex A$46.60/kg NdPr (2021) → A$42.1/kg REO × 0.65 = US$27.4. "
            "FID pending.",
            {**ndpr(4_440), **flags("Sm", "Eu", "Gd", "Tb", "Dy")},
            {"stage": quoted(ARU_2024, "remains confident of achieving a final investment decision; shovel ready",
                             "medium"),
             "capacity_tpa": derived(ARU_2021, "4,440 t/y NdPr oxide + 474 t/y heavy rare earth oxide = 4,914 t/y"),
             "capex_musd": derived(ARU_2024, "construction cost tipped to reach $1.6 billion (A$) × 0.65 = "
                                   "US$1,040m"),
             "opex_usd_per_kg": derived(ARU_2021, "A$46.60/kg NdPr × 4,440 / 4,914 = A$42.1/kg REO × 0.65 = "
                                        "US$27.4/kg (2021 estimate, no by-product credit)"),
             "start_year": estimate(ARU_2024, "FID not yet taken; ~3 years of construction assumed: 2029"),
             "location": site(ARU_SITE, "the Nolans site 135 km north of Alice Springs, Northern Territory"),
             "elements": derived(ARU_2021, "4,440 t/y NdPr oxide split 75:25 Nd:Pr; heavy oxides flagged"),
             "feed_country": quoted(ARU_SITE, "own Nolans Bore deposit")}),
    # ---- metal and alloy ------------------------------------------------------------------------------------------
    Project("SRC-CAN-SAS", "SRC Rare Earth Processing Facility (Saskatoon)", "Saskatchewan Research Council",
            "Canada", "metal", "operating", 468, 72.7, 8, "metal", "oxide", "", 2025, 52.13, -106.67,
            "Vertically integrated monazite-to-metal facility; metal smelting tolls oxides for international "
            "clients. ~400 t/y NdPr metal when fully operational × 1.17 = 468 t/y REO. Capex proxy = public "
            "funding C$71m (Saskatchewan) + C$30m (Canada) = C$101m × 0.72. Oxide suppliers not named (blank).",
            ndpr(468),
            {"stage": quoted(SRC_CAP, "produced rare earth metals at a commercial scale (summer 2024)"),
             "capacity_tpa": derived(SRC_CAP, "approximately 400 tonnes of NdPr metals per year × 1.17 = 468 t/y "
                                     "REO"),
             "capex_musd": derived(SRC_CAP, "C$71m provincial + C$30m federal funding = C$101m × 0.72 = "
                                   "US$72.7m (funding used as capex proxy)", "low"),
             "opex_usd_per_kg": estimate(SRC_CAP, f"{OPEX_NOTE}; molten-salt/metallothermic reduction only"),
             "start_year": quoted(SRC_CAP, "once fully operational in early 2025", "medium"),
             "location": site(SRC_CAP, "Saskatoon, Saskatchewan"),
             "elements": derived(SRC_CAP, "468 t/y REO (NdPr metal) split 75:25 Nd:Pr")}),
    Project("ASM-KOR-KMP", "Korean Metals Plant (Ochang)", "Australian Strategic Materials Ltd (KSM Metals)",
            "Korea, Rep.", "alloy", "operating", 665, 40, 10, "alloy", "oxide", "Viet Nam", 2026, 36.71, 127.43,
            "Metallisation plant for NdPr metal and NdFeB alloy (and titanium). Plan: ~1,900 t/y NdFeB alloy at "
            "full production × 0.35 (NdFeB REO share) = 665 t/y REO. Scoping capex US$35–45m for the whole "
            "5,200 t/y plant (incl. Ti) = P10/P90. Oxide currently from a third party in Vietnam.",
            {**ndpr(665), **flags("Dy")},
            {"stage": quoted(ASM_FEED, "steadily producing neodymium metal and alloy", "medium"),
             "capacity_tpa": derived(ASM_ARGUS, "around 1,900 t of neodymium-ferro-boron at full production × 0.35 "
                                     "= 665 t/y REO", "low"),
             "capex_musd": derived(ASM_SCOPING, "estimated capital approximately US$35–45 million: midpoint 40 "
                                   "(whole plant, incl. titanium lines)", "low"),
             "capex_range": quoted(ASM_SCOPING, "US$35–45 million", "low"),
             "opex_usd_per_kg": estimate(ASM_SCOPING, f"{OPEX_NOTE}; oxide-to-metal and alloy casting"),
             "start_year": estimate(ASM_FEED, "full capacity was planned for mid-2022 but output remains small: "
                                    "nameplate assumed 2026"),
             "location": site(ASM_FEED, "the Ochang foreign investment zone, Cheongju"),
             "elements": derived(ASM_ARGUS, "665 t/y REO in NdFeB alloy split 75:25 Nd:Pr; 72 t/y Dy product "
                                 "flagged"),
             "feed_country": quoted(ASM_FEED, "sources the rare earth oxides from a third party located in "
                                    "Vietnam", "medium")},
            capex_range=(35, 45)),
    # ---- magnets (capacity = REO contained in the magnets: t magnet × 0.35) -------------------------------------
    Project("MP-USA-IND", "Independence magnet facility (Fort Worth)", "MP Materials Corp.", "United States",
            "magnet", "commissioning", 350, 350, 70, "magnet", "oxide", "United States", 2026, 32.99, -97.32,
            "NdPr metal, NdFeB alloy and sintered magnets from Mountain Pass oxide; ~1,000 t/y finished magnets × "
            "0.35 = 350 t/y REO. Commercial NdPr metal since Jan 2025, magnet ramp from late 2025 (GM, Apple). "
            "Capex ESTIMATE: the plant is 'a substantial component' of a US$700m programme.",
            ndpr(350),
            {"stage": quoted(MP_PMR, "commercial NdPr metal production and trial production of sintered magnets; "
                             "gradual production ramp beginning in late 2025"),
             "capacity_tpa": derived(MP_PMR, "approximately 1,000 metric tons of finished NdFeB magnets per year "
                                     "× 0.35 = 350 t/y REO"),
             "capex_musd": estimate(MP_700, "the factory is a substantial component of a $700 million investment "
                                    "(with Mountain Pass work): half assumed"),
             "opex_usd_per_kg": estimate(MP_PMR, f"{OPEX_NOTE}; oxide → metal → alloy → sintered magnet, ~US$25/kg "
                                         "magnet ÷ 0.35"),
             "start_year": derived(MP_PMR, "gradual ramp from late 2025: first year at nameplate 2026", "low"),
             "location": site(MP_PMR, "AllianceTexas, Fort Worth"),
             "elements": derived(MP_PMR, "350 t/y REO in NdFeB split 75:25 Nd:Pr"),
             "feed_country": quoted(MP_PMR, "sourcing its raw materials from Mountain Pass")}),
    Project("NEO-EST-NAR", "Neo Narva sintered magnet plant", "Neo Performance Materials Inc.", "Estonia", "magnet",
            "commissioning", 700, 105.6, 60, "magnet", "oxide", "Estonia", 2026, 59.38, 28.18,
            "Europe's first industrial-scale sintered NdFeB plant; Phase 1 2,000 t/y magnet blocks × 0.35 = 700 t/y "
            "REO (Phase 2 to 5,000 t/y not included). Opened 19 Sep 2025, commercial ramp-up 2026. Capex reported "
            "as €75m, €96m and €100m (incl. €18.75m EU Just Transition Fund): €96m × 1.10 base, €75m–€100m range. "
            "Oxide from Neo's Silmet separation plant, Sillamäe.",
            ndpr(700),
            {"stage": quoted(NEO_RAMP, "pre-start operations May 2025, inaugurated September, targeting commercial "
                             "ramp-up in 2026", "medium"),
             "capacity_tpa": derived(NEO_AW, "initially 2,000 tons a year × 0.35 = 700 t/y REO"),
             "capex_musd": derived(NEO_ERR, "'new €96 million magnet factory' × 1.10 = US$105.6m", "medium"),
             "capex_range": derived(NEO_AW, "reported €75m (Automotive World) and €100m (Invest in Estonia, incl. "
                                    "JTF grant) × 1.10 = US$82.5m and US$110m", "medium"),
             "opex_usd_per_kg": estimate(NEO_AW, f"{OPEX_NOTE}; oxide → metal → alloy → sintered magnet"),
             "start_year": quoted(NEO_RAMP, "targeting commercial ramp-up in 2026", "medium"),
             "location": site(NEO_AW, "Narva Industrial Park, Estonia"),
             "elements": derived(NEO_AW, "700 t/y REO in NdFeB split 75:25 Nd:Pr"),
             "feed_country": quoted(NEO_FEED, "feedstock from Neo's nearby rare earth separations plant in "
                                    "Sillamäe, Estonia", "medium")},
            capex_range=(82.5, 110)),
    Project("EVAC-USA-SUM", "e-VAC Magnetics Sumter plant", "e-VAC Magnetics LLC (VAC Group)", "United States",
            "magnet", "commissioning", 700, 506, 55, "magnet", "alloy", "United States", 2026, 33.92, -80.34,
            "Sintered NdFeB for GM and defence; first commercial shipments Dec 2025; 2,000 t/y by 2026 × 0.35 = "
            "700 t/y REO. Investment US$506m (US$94.1m DoD, US$111.9m 48C tax credit, US$335m project finance). "
            "Feed: partnership with MP Materials (Mountain Pass) reported.",
            ndpr(700),
            {"stage": quoted(EVAC_SHIP, "shipped the first commercially-produced NdFeB magnets made on U.S. soil",
                             "medium"),
             "capacity_tpa": derived(EVAC_SHIP, "plans to reach 2,000 metric tons annual capacity by 2026 × 0.35 = "
                                     "700 t/y REO", "medium"),
             "capex_musd": quoted(EVAC_506, "would invest $506 million and create 300 jobs in Sumter"),
             "opex_usd_per_kg": estimate(EVAC_SHIP, f"{OPEX_NOTE}; alloy → sintered magnet"),
             "start_year": quoted(EVAC_SHIP, "2,000 metric tons annual capacity by 2026", "medium"),
             "location": site(EVAC_SITE, "Pocotaligo Industrial Park, Sumter County, South Carolina"),
             "elements": derived(EVAC_SHIP, "700 t/y REO in NdFeB split 75:25 Nd:Pr"),
             "feed_country": quoted(EVAC_SHIP, "partnering with MP Materials' Mountain Pass mine", "low")}),
    Project("USAR-USA-STW", "USA Rare Earth Stillwater magnet plant (Phase 1)", "USA Rare Earth Inc.",
            "United States", "magnet", "commissioning", 420, 100, 55, "magnet", "alloy", "United Kingdom", 2026,
            36.16, -97.09,
            "Sintered NdFeB on equipment formerly used by Hitachi in North Carolina; initially 1,200 t/y magnets × "
            "0.35 = 420 t/y REO (nameplate 4,800 t/y later). Capex 'more than $100 million' (2022). Metal and "
            "strip-cast alloy to come from Less Common Metals (UK), acquired 2025.",
            ndpr(420),
            {"stage": quoted(USAR_LAB, "first batch of sintered magnets produced; plant under development",
                             "medium"),
             "capacity_tpa": derived(USAR_LAB, "1,200 tonnes per year initially × 0.35 = 420 t/y REO (nameplate "
                                     "4,800 t/y)", "medium"),
             "capex_musd": quoted(USAR_100, "plans to invest $100 million into a Stillwater plant", "low"),
             "opex_usd_per_kg": estimate(USAR_LAB, f"{OPEX_NOTE}; alloy → sintered magnet"),
             "start_year": estimate(USAR_LAB, "initially slated for 2024; Phase 1 at rate assumed 2026"),
             "location": site(USAR_100, "Stillwater, Oklahoma"),
             "elements": derived(USAR_LAB, "420 t/y REO in NdFeB split 75:25 Nd:Pr"),
             "feed_country": quoted(USAR_LCM, "LCM will supply NdFeB metal and strip cast alloy to USAR's "
                                    "Stillwater magnet facility", "medium")}),
    Project("VUL-USA-BEN", "Vulcan Elements magnet facility (Benson, North Carolina)", "Vulcan Elements Inc.",
            "United States", "magnet", "dfs", 3_500, 1_000, 60, "magnet", "oxide", "United States", 2029,
            35.38, -78.55,
            "10,000 t/y magnet facility × 0.35 = 3,500 t/y REO; financed by a US$620m Office of Strategic Capital "
            "loan, US$50m CHIPS incentives and US$550m private capital; 'nearly $1B' plant, initial operations "
            "2027. Oxide from ReElement Technologies (focus on recycled magnets and e-waste); metallisation in "
            "Benson.",
            ndpr(3_500),
            {"stage": estimate(VUL_NC, "financing package and site announced, construction start not reported: "
                               "taken as definitive feasibility"),
             "capacity_tpa": derived(VUL_PR, "10,000 metric tonne magnet facility × 0.35 = 3,500 t/y REO"),
             "capex_musd": quoted(VUL_NC, "Vulcan expects to invest nearly $1B in building the plant", "medium"),
             "opex_usd_per_kg": estimate(VUL_PR, f"{OPEX_NOTE}; oxide → metal → sintered magnet"),
             "start_year": estimate(VUL_NC, "initial operations 2027; full 10,000 t/y assumed 2029"),
             "location": site(VUL_NC, "Benson, North Carolina"),
             "elements": derived(VUL_PR, "3,500 t/y REO in NdFeB split 75:25 Nd:Pr"),
             "feed_country": quoted(VUL_PR, "100% vertically-integrated, domestic magnet supply chain with "
                                    "ReElement Technologies", "medium")}),
    # ---- recycling ------------------------------------------------------------------------------------------------
    Project("NOV-USA-SMT", "Noveon Magnetics San Marcos plant", "Noveon Magnetics Inc.", "United States",
            "recycling", "operating", 700, 150, 50, "magnet", "scrap", "United States", 2024, 29.88, -97.94,
            "Magnet-to-magnet recycling of end-of-life NdFeB into sintered magnets; built for 2,000 t/y of magnetic "
            "material × 0.35 = 700 t/y REO. Capex proxy = US$150m equity raised (no capex published). Scrap "
            "assumed collected in the US.",
            {**ndpr(700), **flags("Dy")},
            {"stage": quoted(NOV_CAP, "ready to ramp up manufacturing; producing sintered magnets", "medium"),
             "capacity_tpa": derived(NOV_CAP, "built to manufacture 2,000 metric tons of magnetic material "
                                     "annually × 0.35 = 700 t/y REO"),
             "capex_musd": estimate(NOV_FUND, "US$150m in equity funding used as a capex proxy"),
             "opex_usd_per_kg": estimate(NOV_CAP, f"{OPEX_NOTE}; short-loop scrap → sintered magnet"),
             "start_year": estimate(NOV_CAP, "facility ready to ramp in 2023: nameplate assumed 2024"),
             "location": site(NOV_CAP, "1550 Clovis R. Barker Road, San Marcos, Texas"),
             "elements": derived(NOV_CAP, "700 t/y REO in NdFeB split 75:25 Nd:Pr; Dy flagged"),
             "feed_country": estimate(NOV_CAP, "recycles discarded magnets; US collection assumed")}),
    Project("HPM-GBR-TYS", "HyProMag Tyseley magnet recycling plant (Birmingham)",
            "HyProMag Ltd (Mkango Resources) / University of Birmingham", "United Kingdom", "recycling",
            "operating", 105, 5.8, 40, "magnet", "scrap", "United Kingdom", 2026, 52.46, -1.84,
            "Hydrogen Processing of Magnet Scrap (HPMS) to NdFeB powder and sintered blocks; 100 t/y on one shift, "
            ">300 t/y with extended operation (300 used) × 0.35 = 105 t/y REO. Capex proxy = £4.5m Innovate UK "
            "funding × 1.28. Opened Jan 2026. Scrap assumed UK-sourced.",
            ndpr(105),
            {"stage": quoted(HPM_CAP, "a new facility ... has opened at Tyseley Energy Park", "medium"),
             "capacity_tpa": derived(HPM_CAP, "100 tonnes a year single shift, could exceed 300 tonnes with multiple "
                                     "shifts: 300 t NdFeB × 0.35 = 105 t/y REO", "medium"),
             "capex_musd": derived(HPM_CAP, "£4.5 million DER-IC funding × 1.28 = US$5.8m (funding used as capex "
                                   "proxy)", "low"),
             "opex_usd_per_kg": estimate(HPM_PB, f"{OPEX_NOTE}; short-loop HPMS recycling"),
             "start_year": derived(HPM_CAP, "plant opened January 2026"),
             "location": site(HPM_CAP, "Tyseley Energy Park, Birmingham"),
             "elements": derived(HPM_CAP, "105 t/y REO in NdFeB split 75:25 Nd:Pr"),
             "feed_country": estimate(HPM_PB, "end-of-life magnets; UK collection assumed")}),
    Project("CAR-FRA-CMG", "Caremag rare earth recycling and refining plant (Lacq)", "Carester SAS (Caremag SAS)",
            "France", "recycling", "construction", 1_400, 237.6, 25, "oxide", "scrap", "", 2027, 43.41, -0.62,
            "Recycles 2,000 t/y of magnets and refines 5,000 t/y of mining concentrates; output 600 t/y Dy+Tb "
            "oxides and 800 t/y NdPr oxides = 1,400 t/y REO. Funding €216m (€110m JOGMEC/Iwatani, €106m French "
            "state) × 1.10 used as capex. Operations by late 2026. Feed from many sources (blank).",
            {**ndpr(800), **flags("Tb", "Dy")},
            {"stage": quoted(CAR_216, "secured €216 million to build ... expected to begin operations by late "
                             "2026"),
             "capacity_tpa": derived(CAR_216, "600 tons of Dy and Tb oxides + 800 tonnes of Nd and Pr oxides = "
                                     "1,400 t/y (Reuters: 1,400 t of oxides a year)"),
             "capex_musd": derived(CAR_216, "€216 million funding × 1.10 = US$237.6m (funding used as capex)",
                                   "medium"),
             "opex_usd_per_kg": estimate(CAR_216, f"{OPEX_NOTE}; hydrometallurgical recycling and heavy-RE SX"),
             "start_year": estimate(CAR_216, "operations by late 2026: nameplate assumed 2027"),
             "location": site(CAR_216, "Lacq, Pyrénées-Atlantiques"),
             "elements": derived(CAR_216, "800 t NdPr oxides split 75:25 Nd:Pr; 600 t Dy+Tb flagged (split not "
                                 "public)")},
            extra=(("capacity_tpa", 1_400, quoted(CAR_1400, "expected to produce 1,400 metric tons of rare earth "
                                                  "oxides a year")),)),
)
# fmt: on

# (header on the sheet, Project attribute or computed key, width, number format, field the loader maps it to)
COLUMNS: tuple[tuple[str, str, float, str | None, str | None], ...] = (
    ("project_id", "project_id", 14, None, "project_id"),
    ("name", "name", 46, None, "name"),
    ("sponsor", "sponsor", 34, None, "sponsor"),
    ("country", "country", 14, None, "country"),
    ("facility_type", "facility_type", 13, None, "facility_type"),
    ("stage", "stage", 13, None, "stage"),
    ("capacity_tpa", "capacity_tpa", 11, "#,##0", "capacity_tpa"),
    ("capex_musd", "capex_musd", 11, "#,##0.0", "capex_musd"),
    ("opex_usd_per_kg", "opex_usd_per_kg", 11, "#,##0.0", "opex_usd_per_kg"),
    ("capex_low_musd", "capex_low", 11, "#,##0.0", "capex_low"),
    ("capex_high_musd", "capex_high", 11, "#,##0.0", "capex_high"),
    ("opex_low_usd_per_kg", "opex_low", 11, "#,##0.0", "opex_low"),
    ("opex_high_usd_per_kg", "opex_high", 11, "#,##0.0", "opex_high"),
    ("output_form", "output_form", 11, None, "output_form"),
    ("input_form", "input_form", 11, None, "input_form"),
    ("feed_country", "feed_country", 14, None, "feed_country"),
    ("start_year", "start_year", 8, "0", "start_year"),
    ("latitude", "latitude", 9, "0.00", "latitude"),
    ("longitude", "longitude", 10, "0.00", "longitude"),
    ("notes", "notes", 90, None, "notes"),
    *((symbol, symbol, 7, "#,##0.##", None) for symbol in ELEMENTS),
)
#: Headers the brief asks for that the loader (evaluator/inputs/headers.py) does not map: reported, not hidden.
UNMAPPED_HEADERS: frozenset[str] = frozenset()

SOURCE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("project_id", 14),
    ("field", 16),
    ("value", 12),
    ("source_title", 60),
    ("url", 60),
    ("published", 11),
    ("retrieved", 11),
    ("confidence", 10),
    ("basis", 90),
)

ABOUT: tuple[tuple[str, str], ...] = (
    (
        "What this is",
        "A second bundled input workbook for the REE Evaluator: real, publicly announced rare-earth processing "
        "projects outside China (separation, refining, metal, alloy, magnet, recycling, integrated and intermediate "
        "plants), with the public page behind every figure on the Sources sheet.",
    ),
    (
        "Not investment advice",
        "ILLUSTRATIVE SCREENING INPUTS, not investment advice. Figures come from press releases and news reports, "
        "are converted to one basis by the rules below, and many are estimates (marked 'estimate', confidence "
        "low, on Sources). They are not company guidance and are not kept up to date. Check the sources, and "
        "replace any figure with your own before relying on a result.",
    ),
    ("Generated", f"{GENERATED}, by scripts/make_real_projects_workbook.py (sources retrieved {RETRIEVED})."),
    (
        "Sources sheet",
        "One row per (project_id, field) for every figure on Projects: value, source title, URL, publication date "
        "(year-month or 'n.d.' where the page shows no day), retrieval date, confidence (high / medium / low) and "
        "basis: 'quoted' (as published), 'derived' (converted or added up from published figures, the arithmetic "
        "is shown) or 'estimate' (not public: the reason is given).",
    ),
    (
        "capacity_tpa",
        "t/y of rare-earth content of the output as oxide equivalent (REO), whatever the product (METHOD.md §1). "
        f"Magnet plants: t magnets × {MAGNET_REO_SHARE}; NdFeB alloy likewise × {MAGNET_REO_SHARE}; metal plants: "
        f"t metal × {METAL_TO_OXIDE}. The original figure and the conversion are in notes and on Sources.",
    ),
    (
        "Element columns",
        "t/y REO of that element in the output where public; NdPr oxide is split 75:25 into Nd and Pr (a "
        "convention, not a published split). 'x' = produced, tonnage not public.",
    ),
    (
        "capex_musd",
        "Initial capital cost, US$ million. Where no capex is published, a funding total or an order-of-magnitude "
        "estimate is used and marked so on Sources.",
    ),
    (
        "opex_usd_per_kg",
        "Conversion cost per kg REO, excluding purchased rare-earth feed (mining included where the input is ore). "
        "Almost never published: these are estimates by facility type (confidence low). One is derived from a "
        "feasibility study (Nolans).",
    ),
    (
        "Low / high columns",
        "P10 / P90. Where a public range exists (Eneabba, Narva, Korean Metals Plant, Longonjo) it is used; "
        f"otherwise ±{DEFAULT_SPREAD:.0%} of the base value, marked estimate.",
    ),
    (
        "Currencies",
        "Converted to US$ at fixed rates: "
        + ", ".join(f"1 {code} = {rate} USD" for code, rate in FX.items())
        + " (illustrative 2025 averages, rounded).",
    ),
    (
        "Stage, start year",
        "Stage as reported (on_hold: Lynas Seadrift). start_year is the first year at nameplate; many are "
        "estimates. Latitude/longitude are approximate positions of the named town or site.",
    ),
    (
        "feed_country",
        "One country, the direct source of the plant's feed; blank where the sources name several or none.",
    ),
)

HEADER_FILL = PatternFill("solid", start_color="1F3B57", end_color="1F3B57")
HEADER_FONT = Font(bold=True, color="FFFFFF")
RANGE_KEYS = ("capex_low", "capex_high", "opex_low", "opex_high")


def value_of(project: Project, key: str) -> object:
    """The cell value for one column: an attribute, an element, or a P10/P90 (public range or ±30 %)."""
    if key in RANGE_KEYS:
        if key.startswith("capex") and project.capex_range is not None:
            return project.capex_range[0 if key == "capex_low" else 1]
        base = project.capex_musd if key.startswith("capex") else project.opex_usd_per_kg
        factor = 1 - DEFAULT_SPREAD if key.endswith("low") else 1 + DEFAULT_SPREAD
        return round(base * factor, 1)
    if key in ELEMENTS:
        return project.elements.get(key)
    value = getattr(project, key)
    return None if value == "" else value


def source_rows(project: Project) -> Iterator[tuple[str, object, Cite]]:
    """(field, value, cite) for every figure of ``project`` on the Projects sheet, in column order."""
    cites = project.cites
    yield "stage", project.stage, cites["stage"]
    for name in ("capacity_tpa", "capex_musd", "opex_usd_per_kg"):
        yield name, getattr(project, name), cites[name]
    capex, opex = cites["capex_musd"], cites["opex_usd_per_kg"]
    spread = f"P10/P90 set at ±{DEFAULT_SPREAD:.0%} of the base value; no public range"
    for key, header in zip(RANGE_KEYS, (c[0] for c in COLUMNS[9:13]), strict=True):
        if key.startswith("capex") and project.capex_range is not None:
            cite = cites["capex_range"]
        else:
            cite = estimate((capex if key.startswith("capex") else opex).page, spread)
        yield header, value_of(project, key), cite
    if project.feed_country:
        yield "feed_country", project.feed_country, cites["feed_country"]
    if project.start_year is not None:
        yield "start_year", project.start_year, cites["start_year"]
    yield "latitude", project.latitude, cites["location"]
    yield "longitude", project.longitude, cites["location"]
    for symbol in ELEMENTS:
        tonnes = project.elements.get(symbol)
        if isinstance(tonnes, int | float):
            yield symbol, tonnes, cites["elements"]
    yield from project.extra


def check_records(projects: tuple[Project, ...]) -> None:
    """Fail loudly if an edit breaks the workbook's own rules (the conventions of METHOD.md §1 and issue 11.8)."""
    ids = [p.project_id for p in projects]
    if len(set(ids)) != len(ids):
        raise ValueError("project ids must be unique")
    for p in projects:
        where = p.project_id
        if p.facility_type not in FACILITY_TYPES or p.stage not in STAGES:
            raise ValueError(f"{where}: facility type {p.facility_type!r} or stage {p.stage!r} not in METHOD.md §1")
        if p.output_form not in OUTPUT_FORMS or p.input_form not in INPUT_FORMS:
            raise ValueError(f"{where}: forms {p.output_form!r}/{p.input_form!r} not in METHOD.md §1")
        if p.country.strip().lower() in {"china", "chn", "cn"}:
            raise ValueError(f"{where}: this workbook holds projects outside China only")
        if not set(p.elements) <= set(ELEMENTS) or any(
            v != "x" and not isinstance(v, int | float) for v in p.elements.values()
        ):
            raise ValueError(f"{where}: element columns hold a tonnage or 'x'")
        given = sum(v for v in p.elements.values() if isinstance(v, int | float))
        if given > p.capacity_tpa * 1.01:
            raise ValueError(f"{where}: element tonnages {given} exceed capacity {p.capacity_tpa}")
        for low, base, high in (
            (value_of(p, "capex_low"), p.capex_musd, value_of(p, "capex_high")),
            (value_of(p, "opex_low"), p.opex_usd_per_kg, value_of(p, "opex_high")),
        ):
            if not low <= base <= high:  # type: ignore[operator]
                raise ValueError(f"{where}: low ≤ base ≤ high does not hold ({low}, {base}, {high})")
        for _, _, cite in source_rows(p):
            if not cite.page.url.startswith("http") or cite.confidence not in CONFIDENCE:
                raise ValueError(f"{where}: a source needs an http(s) URL and a confidence of {sorted(CONFIDENCE)}")
            if not cite.basis.startswith(("quoted", "derived", "estimate")):
                raise ValueError(f"{where}: basis must start with quoted, derived or estimate: {cite.basis!r}")


def check_headers() -> None:
    """Every header must map to the intended field of the app's loader, except the known gaps (reported)."""
    from evaluator.inputs.headers import read_header

    wrong = []
    for header, _, _, _, intended in COLUMNS:
        cell = read_header(header)
        got = cell.element if intended is None else cell.field
        if got != (header if intended is None else intended) and header not in UNMAPPED_HEADERS:
            wrong.append((header, got))
    if wrong:
        raise ValueError(f"headers the loader does not map as intended: {wrong}")


def _header(sheet: Worksheet, row: int, headers: list[tuple[str, float]]) -> None:
    for column, (text, width) in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width


def write_projects(sheet: Worksheet, projects: tuple[Project, ...]) -> None:
    sheet.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14, color="C00000")
    sheet.cell(row=2, column=1, value=NOTE).font = Font(italic=True, color="595959")
    _header(sheet, HEADER_ROW, [(header, width) for header, _, width, _, _ in COLUMNS])
    for column, (_, key, _, number_format, _) in enumerate(COLUMNS, start=1):
        for row, project in enumerate(projects, start=HEADER_ROW + 1):
            data = sheet.cell(row=row, column=column, value=value_of(project, key))
            if number_format:
                data.number_format = number_format
    sheet.row_dimensions[HEADER_ROW].height = 32
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{HEADER_ROW + len(projects)}"


def write_sources(sheet: Worksheet, projects: tuple[Project, ...]) -> int:
    """The Sources sheet (header in row 1, one row per figure); returns the number of rows written."""
    _header(sheet, 1, list(SOURCE_COLUMNS))
    row = 1
    for project in projects:
        for name, value, cite in source_rows(project):
            row += 1
            page = cite.page
            values = (project.project_id, name, value, page.title, page.url, page.published, RETRIEVED,
                      cite.confidence, cite.basis)  # fmt: skip
            for column, item in enumerate(values, start=1):
                sheet.cell(row=row, column=column, value=item)
            sheet.cell(row=row, column=5).hyperlink = page.url
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(SOURCE_COLUMNS))}{row}"
    return row - 1


def write_about(sheet: Worksheet) -> None:
    sheet.cell(row=1, column=1, value="About this workbook").font = Font(bold=True, size=14)
    sheet.cell(row=2, column=1, value=TITLE).font = Font(bold=True, color="C00000")
    for row, (label, text) in enumerate(ABOUT, start=4):
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=text).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=1).alignment = Alignment(vertical="top")
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 110


def build(path: Path) -> Path:
    """Write the workbook to ``path`` (atomically: a temporary file, then a rename) and return it."""
    check_records(PROJECTS)
    check_headers()
    workbook = Workbook()
    projects = workbook.active
    projects.title = "Projects"
    write_projects(projects, PROJECTS)
    write_sources(workbook.create_sheet("Sources"), PROJECTS)
    write_about(workbook.create_sheet("About"))
    workbook.properties.title = "REE processing projects outside China — illustrative screening inputs"
    workbook.properties.creator = "scripts/make_real_projects_workbook.py"
    workbook.properties.created = dt.datetime(2026, 12, 3)
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
