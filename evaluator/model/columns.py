"""Every column of a ranking, declared once: key, label, kind (which fixes its number format), tooltip and widths.

Before this table (issue 10.5) a result column was described in six places — the ranking's column list, the
window's table, its column widths, the workbook's two project tables, the Summary's top five, the PDF's shortlist
and the JSON's keys — each with its own heading and format. Now each column is one :class:`ResultColumn` in
:data:`RESULT_COLUMNS`, and each medium lists only *which* columns it shows, in its order (the views at the end of
this module). Adding a column is one entry here, plus its key in the views that should show it.

Two headings per column, deliberately: ``label`` is the full English heading with its unit ("LCOP (USD/kg)") for
files a committee prints, which stay in English; ``header`` is the window's short heading ("LCOP ($/kg)"), marked
for the catalogue (context "Columns") and translated on screen, with ``tooltip`` saying what the column means.
The unit is part of the label, never a separate string that could disagree with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaluator.base.i18n import QT_TRANSLATE_NOOP

#: Excel number format per kind; text and flags have none (openpyxl's "General").
NUMBER_FORMATS: dict[str, str | None] = {
    "rank": "0",
    "whole": "0",
    "integer": "#,##0",
    "number": "#,##0.0",
    "score": "0.0",
    "percent": "0.0%",
    "ratio": "0.00",
    "text": None,
    "flag": None,
}
#: The same formats for text output (the PDF), as ``str.format`` patterns.
TEXT_FORMATS: dict[str, str] = {
    "rank": "{:.0f}",
    "whole": "{:.0f}",
    "integer": "{:,.0f}",
    "number": "{:,.1f}",
    "score": "{:.1f}",
    "percent": "{:.1%}",
    "ratio": "{:.2f}",
    "text": "{}",
    "flag": "{}",
}


@dataclass(frozen=True)
class ResultColumn:
    """One column of :attr:`evaluator.scoring.ranking.Ranking.table`.

    ``kind`` is ``rank`` | ``whole`` (a year, a row number) | ``integer`` (thousands separated) | ``number`` (one
    decimal, thousands separated: money, USD/kg) | ``score`` (0–100, one decimal, drawn as a bar on screen) |
    ``percent`` (a fraction shown as a percentage: IRR, π) | ``ratio`` (two decimals: the cost-to-value ratio k) |
    ``text`` | ``flag`` (true/false). ``width`` is in Excel characters; ``screen_width`` and ``shrink_to`` in
    pixels for the window's table (``shrink_to``: how narrow a text column may become before the table scrolls
    sideways; numbers never shrink). ``shown`` says whether the window shows the column before a person picks.
    """

    key: str
    label: str
    kind: str
    header: str = ""
    tooltip: str = ""
    width: float = 12.0
    wrap: bool = False
    screen_width: int = 68
    shrink_to: int | None = None
    shown: bool = True

    @property
    def number_format(self) -> str | None:
        """The Excel number format of the column's cells."""
        return NUMBER_FORMATS[self.kind]

    @property
    def text_format(self) -> str:
        """The ``str.format`` pattern of the column's values in text (the PDF)."""
        return TEXT_FORMATS[self.kind]

    @property
    def right_aligned(self) -> bool:
        return self.kind not in ("text", "flag")


RESULT_COLUMNS: tuple[ResultColumn, ...] = (
    ResultColumn(
        "rank", "Rank", "rank", width=6, screen_width=62,
        header=QT_TRANSLATE_NOOP("Columns", "Rank"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Rank 1 is best. ▲/▼ show the move caused by your last change."),
    ),
    ResultColumn(
        "project_id", "Project ID", "text", width=11, screen_width=90, shrink_to=50, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "ID"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Project ID from the workbook (or row-N when none was given)."),
    ),
    ResultColumn(
        "name", "Project", "text", width=34, screen_width=206, shrink_to=130,
        header=QT_TRANSLATE_NOOP("Columns", "Project"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Project or facility name."),
    ),
    ResultColumn(
        "sponsor", "Sponsor", "text", width=24, screen_width=140, shrink_to=70,
        header=QT_TRANSLATE_NOOP("Columns", "Sponsor"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Company, owner or developer."),
    ),
    ResultColumn(
        "country", "Country", "text", width=16, screen_width=105, shrink_to=72,
        header=QT_TRANSLATE_NOOP("Columns", "Country"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Host country of the site."),
    ),
    ResultColumn("country_iso3", "Country (ISO3)", "text", width=8),
    ResultColumn(
        "facility_type", "Facility type", "text", width=12, screen_width=82, shrink_to=64,
        header=QT_TRANSLATE_NOOP("Columns", "Type"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Facility type: separation, refining, metal, magnet, integrated."),
    ),
    ResultColumn(
        "stage", "Stage", "text", width=13, screen_width=105, shrink_to=72,
        header=QT_TRANSLATE_NOOP("Columns", "Stage"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Development stage, from concept to operating."),
    ),
    ResultColumn("output_form", "Output form", "text", width=11),
    ResultColumn("input_form", "Input form", "text", width=11),
    ResultColumn(
        "capacity_tpa", "Capacity (t/y REO)", "integer", width=11, screen_width=97,
        header=QT_TRANSLATE_NOOP("Columns", "Capacity (t/y)"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Nameplate capacity, tonnes REO per year."),
    ),
    ResultColumn(
        "capex_musd", "Capex (USD m)", "number", width=11, screen_width=95, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Capex (USD m)"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Capital cost in USD million (JPY converted at the FX)."),
    ),
    ResultColumn("capex_low_musd", "Capex low (USD m)", "number", width=11),
    ResultColumn("capex_high_musd", "Capex high (USD m)", "number", width=11),
    ResultColumn("opex_usd_per_kg", "Opex (USD/kg)", "number", width=10),
    ResultColumn("opex_low_usd_per_kg", "Opex low (USD/kg)", "number", width=10),
    ResultColumn("opex_high_usd_per_kg", "Opex high (USD/kg)", "number", width=10),
    ResultColumn("lcop_capital_usd_per_kg", "LCOP capital part (USD/kg)", "number", width=12),
    ResultColumn(
        "lcop_usd_per_kg", "LCOP (USD/kg)", "number", width=10, screen_width=82,
        header=QT_TRANSLATE_NOOP("Columns", "LCOP ($/kg)"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns",
            "Levelised cost of production, USD per kg REO (METHOD §2): annualised capex per kg produced plus opex.",
        ),
    ),
    ResultColumn(
        "basket_usd_per_kg", "Basket price (USD/kg REO)", "number", width=11, screen_width=82, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Basket ($/kg)"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Separated-oxide value of this project's element mix, USD per kg REO (METHOD §2.1)."
        ),
    ),
    ResultColumn("value_out_usd_per_kg", "Output value (USD/kg REO)", "number", width=11),
    ResultColumn("value_in_usd_per_kg", "Feed value (USD/kg REO)", "number", width=11),
    ResultColumn(
        "value_added_usd_per_kg", "Value added (USD/kg REO)", "number", width=11, screen_width=84, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Value added ($/kg)"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Value of the output minus the value of the feed, USD per kg REO, by product form (§2.1)."
        ),
    ),
    ResultColumn(
        "margin_usd_per_kg", "Margin (USD/kg REO)", "number", width=10, screen_width=82, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Margin ($/kg)"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Value added minus LCOP, USD per kg REO."),
    ),
    ResultColumn(
        "npv_musd", "NPV (USD m)", "number", width=10, screen_width=76, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "NPV ($m)"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Net present value of the margin over the plant's life at the discount rate, USD million."
        ),
    ),
    ResultColumn(
        "irr", "IRR", "percent", width=8, screen_width=66, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "IRR"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Internal rate of return of the capex against (value added − opex); empty when none."
        ),
    ),
    ResultColumn(
        "cost_to_value", "Cost to value (k)", "ratio", width=9, screen_width=72,
        header=QT_TRANSLATE_NOOP("Columns", "Cost/value"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "k = LCOP / value added: dollars of cost per dollar of value added (lower is better)."
        ),
    ),
    ResultColumn(
        "cost_score", "Cost score", "score", width=9,
        header=QT_TRANSLATE_NOOP("Columns", "Cost"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Cost sub-score 0–100 from the cost-to-value ratio k (100 at k_lo, 0 at k_hi)."
        ),
    ),
    ResultColumn("site_risk", "Site country risk", "score", width=10),
    ResultColumn("feed_country", "Feed country", "text", width=16),
    ResultColumn("feed_country_iso3", "Feed country (ISO3)", "text", width=8),
    ResultColumn("feed_risk", "Feed risk used", "score", width=10),
    ResultColumn("feed_risk_assumed", "Feed risk assumed", "flag", width=8),
    ResultColumn("site_risk_assumed", "Site risk assumed", "flag", width=8),
    ResultColumn("project_risk", "Project risk (0-100)", "score", width=10),
    ResultColumn(
        "risk_score", "Risk score", "score", width=9,
        header=QT_TRANSLATE_NOOP("Columns", "Risk"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Risk sub-score = 100 − project risk (higher = safer)."),
    ),
    ResultColumn(
        "elements", "Elements produced", "text", width=26, wrap=True, screen_width=160, shrink_to=80, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Elements"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Rare-earth elements the project produces."),
    ),
    ResultColumn("chain_stage", "Chain stage", "text", width=9),
    ResultColumn(
        "delivery_probability", "Delivery probability", "percent", width=9, screen_width=66, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "π"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Probability the project delivers by the target year, from its stage and start year (§2.3)."
        ),
    ),
    ResultColumn("form_credit", "Form credit", "percent", width=8),
    ResultColumn(
        "expected_ndpr_t", "Expected Nd+Pr (t/y REO)", "number", width=11, screen_width=82, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Nd+Pr (t)"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Expected t/y of Nd and Pr oxide in the target year (π·credit·u·t)."),
    ),
    ResultColumn(
        "expected_dy_t", "Expected Dy (t/y REO)", "number", width=10, screen_width=70, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Dy (t)"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Expected t/y of Dy oxide in the target year."),
    ),
    ResultColumn(
        "expected_tb_t", "Expected Tb (t/y REO)", "number", width=10, screen_width=70, shown=False,
        header=QT_TRANSLATE_NOOP("Columns", "Tb (t)"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Expected t/y of Tb oxide in the target year."),
    ),
    ResultColumn(
        "coverage_score", "Coverage score", "score", width=10,
        header=QT_TRANSLATE_NOOP("Columns", "Coverage"),
        tooltip=QT_TRANSLATE_NOOP(
            "Columns",
            "Expected tonnes against each element's allied supply gap at the project's stage, criticality-weighted.",
        ),
    ),
    ResultColumn(
        "overall", "Overall score", "score", width=10,
        header=QT_TRANSLATE_NOOP("Columns", "Overall"),
        tooltip=QT_TRANSLATE_NOOP("Columns", "Overall score 0–100 under the current method and weights."),
    ),
    ResultColumn("contribution_cost", "Cost contribution", "score", width=12),
    ResultColumn("contribution_risk", "Risk contribution", "score", width=12),
    ResultColumn("contribution_coverage", "Coverage contribution", "score", width=12),
    ResultColumn("tonnage_estimated", "Tonnage estimated", "flag", width=8),
    ResultColumn("form_assumed", "Form assumed", "flag", width=8),
    ResultColumn("no_value_added", "No value added", "flag", width=8),
    ResultColumn("stage_unknown", "Stage unknown", "flag", width=8),
    ResultColumn("start_year", "Start year", "whole", width=8),
    ResultColumn("excel_row", "Input row", "whole", width=8),
)  # fmt: skip

COLUMN_SPECS: dict[str, ResultColumn] = {column.key: column for column in RESULT_COLUMNS}


def columns(keys: tuple[str, ...]) -> tuple[ResultColumn, ...]:
    """The specs of ``keys``, in that order (a view)."""
    return tuple(COLUMN_SPECS[key] for key in keys)


# -- views: which columns each medium shows, in its order --------------------------------------------------------

#: The window's ranked table.
TABLE_VIEW: tuple[str, ...] = (
    "rank", "project_id", "name", "sponsor", "country", "facility_type", "stage", "capacity_tpa", "capex_musd",
    "lcop_usd_per_kg", "value_added_usd_per_kg", "cost_to_value", "margin_usd_per_kg", "npv_musd", "irr",
    "delivery_probability", "expected_ndpr_t", "expected_dy_t", "expected_tb_t",
    "cost_score", "risk_score", "coverage_score", "overall", "elements",
)  # fmt: skip
#: The workbook's Shortlist sheet and the first part of All projects.
SHORTLIST_VIEW: tuple[str, ...] = (
    "rank", "project_id", "name", "sponsor", "country", "facility_type", "stage", "output_form", "capacity_tpa",
    "capex_musd", "opex_usd_per_kg", "lcop_usd_per_kg", "value_added_usd_per_kg", "cost_to_value", "npv_musd", "irr",
    "delivery_probability", "expected_ndpr_t", "expected_dy_t", "expected_tb_t",
    "cost_score", "risk_score", "coverage_score", "overall",
    "contribution_cost", "contribution_risk", "contribution_coverage", "project_risk", "elements",
)  # fmt: skip
#: All projects' detail columns, after the status.
DETAIL_VIEW: tuple[str, ...] = (
    "feed_country", "site_risk", "feed_risk", "lcop_capital_usd_per_kg", "capex_low_musd", "capex_high_musd",
    "opex_low_usd_per_kg", "opex_high_usd_per_kg", "input_form", "basket_usd_per_kg", "value_out_usd_per_kg",
    "value_in_usd_per_kg", "margin_usd_per_kg", "chain_stage", "form_credit", "tonnage_estimated", "form_assumed",
    "no_value_added", "stage_unknown", "start_year", "excel_row",
)  # fmt: skip
#: The top five on the Summary sheet and the PDF's first page.
TOP_VIEW: tuple[str, ...] = (
    "rank", "name", "country", "overall", "cost_score", "risk_score", "coverage_score", "lcop_usd_per_kg",
)  # fmt: skip
#: The PDF's shortlist pages.
PDF_SHORTLIST_VIEW: tuple[str, ...] = (
    "rank", "name", "country", "facility_type", "stage", "capacity_tpa", "capex_musd", "lcop_usd_per_kg",
    "cost_score", "risk_score", "coverage_score", "overall",
)  # fmt: skip
#: The scores drawn as bars in the workbook's project tables.
SCORE_KEYS: tuple[str, ...] = ("cost_score", "risk_score", "coverage_score", "overall")
#: ``projects[]`` entries of ``score --json`` (besides ``elements``, ``contributions`` and ``assumptions``).
JSON_VIEW: tuple[str, ...] = (
    "project_id", "name", "rank", "lcop_usd_per_kg", "cost_score", "risk_score", "coverage_score", "overall",
    "sponsor", "country", "country_iso3", "facility_type", "stage", "output_form", "input_form", "capacity_tpa",
    "capex_musd", "opex_usd_per_kg",
    "lcop_capital_usd_per_kg", "site_risk", "feed_country_iso3", "feed_risk", "feed_risk_assumed", "project_risk",
    "excel_row",
    "basket_usd_per_kg", "value_added_usd_per_kg", "margin_usd_per_kg", "npv_musd", "irr", "cost_to_value",
    "delivery_probability",
)  # fmt: skip
#: The short codes of ``flags`` in ``score --json`` (and the Diligence of later issues), each a flag column.
FLAG_CODES: tuple[str, ...] = ("tonnage_estimated", "no_value_added", "stage_unknown", "form_assumed")
