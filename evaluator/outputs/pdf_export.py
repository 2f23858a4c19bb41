"""The committee pack as a PDF (issue 8.11): Summary, the shortlist, the charts one per page, the Assumptions.

Drawn with matplotlib's PDF backend on plain ``Figure`` objects (no pyplot, no Qt, no new system dependency), so
the CLI, the app's worker thread and a script all produce the same file; the charts are the app's own drawing
functions, as vectors, with nothing highlighted. Landscape A4, every page with a header, the file name, the export
date and "page i of n". Written atomically, in English like the workbook.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluator import __version__
from evaluator.base.atomic import write_atomically
from evaluator.base.i18n import untranslated
from evaluator.model.columns import PDF_SHORTLIST_VIEW, columns
from evaluator.outputs.assumptions import assumption_sections, method_line
from evaluator.outputs.pack_summary import TOP_COLUMNS, PackSummary, pack_summary
from evaluator.outputs.pdf_pages import (
    ACCENT,
    MUTED,
    PAGE_IN,
    WIDTH_PT,
    Block,
    Flow,
    frame,
    row_block,
    text_block,
)
from evaluator.outputs.workbook_export import labelled, refuse_stale, shortlist_of

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from evaluator.analysis.portfolio import PortfolioResult
    from evaluator.analysis.robustness import Robustness
    from evaluator.scoring.ranking import Ranking

#: Where a chart goes on its page (left, bottom, width, height as fractions): clear of the header and footer.
CHART_RECT = (0.03, 0.07, 0.94, 0.86)
#: Rows of the shortlist table per page.
SHORTLIST_ROWS = 24
#: The shortlist pages' columns (:data:`~evaluator.model.columns.PDF_SHORTLIST_VIEW`) and their widths in points;
#: headings and formats come from the column spec, except the narrow "Type" heading.
SHORTLIST_WIDTHS: dict[str, float] = {
    "rank": 30, "name": 172, "country": 80, "facility_type": 60, "stage": 70, "capacity_tpa": 60, "capex_musd": 60,
    "lcop_usd_per_kg": 60, "cost_score": 40, "risk_score": 40, "coverage_score": 50, "overall": 46,
}  # fmt: skip
SHORTLIST_HEADINGS: dict[str, str] = {"facility_type": "Type"}

Page = tuple[str, Callable[["Figure"], None]]  # (section named in the page header, draw on the page's figure)


def export_pdf(
    ranking: Ranking,
    path: str | Path,
    *,
    top_n: int | None = None,
    selected_ids: Sequence[str] | None = None,
    compare: Sequence[str] = (),
    ui_language: str | None = None,
    robustness: Robustness | None = None,
    portfolio: PortfolioResult | None = None,
) -> Path:
    """Write the committee pack as a PDF to ``path`` atomically and return the path.

    The shortlist is chosen as in :func:`~evaluator.outputs.workbook_export.export_shortlist`; ``compare`` picks the
    comparison chart's projects; ``robustness`` and ``portfolio`` (current ones only) add Monte Carlo's winner to
    the summary and their charts. Raises :class:`~evaluator.base.atomic.OutputFileError` when it cannot be written.
    """
    refuse_stale(ranking, robustness, portfolio)
    shortlist = shortlist_of(ranking, top_n, selected_ids)

    def write(temp: Path) -> None:
        from matplotlib.backends.backend_pdf import PdfPages

        from evaluator.charts import new_figure

        with untranslated():
            summary = pack_summary(ranking, robustness)
            pages = [
                ("Summary", _summary_page(summary)),
                *_shortlist_pages(ranking, shortlist, selected_ids is not None),
                *_chart_pages(ranking, compare, robustness, portfolio),
                *_assumption_pages(ranking, shortlist, ui_language, robustness, portfolio),
            ]
            name = Path(path).name
            date = f"Exported {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}"
            metadata = {
                "Title": f"REE committee pack: {_input_name(ranking)}",
                "Subject": summary.stamp,
                "Creator": f"REE Processing Investment Evaluator {__version__}",
            }
            with PdfPages(temp, metadata=metadata) as pdf:
                for number, (section, draw) in enumerate(pages, start=1):
                    figure = new_figure(PAGE_IN, 100)
                    draw(figure)
                    frame(figure, section=section, footer_left=name, footer_centre=date, page=number, pages=len(pages))
                    pdf.savefig(figure)

    return write_atomically(path, write)


def _input_name(ranking: Ranking) -> str:
    source = ranking.dataset.source
    return source.path.name if source else "data built in code"


def _draw_flow(blocks: list[tuple[float, Block]]) -> Callable[[Figure], None]:
    def draw(fig: Figure) -> None:
        fig.set_layout_engine("none")
        for top, block in blocks:
            block.draw(fig, top)

    return draw


def _summary_page(summary: PackSummary) -> Callable[[Figure], None]:
    flow = Flow()
    flow.add(text_block(summary.title, size=16, bold=True, colour=ACCENT, space_after=4))
    flow.add(text_block(summary.stamp, size=8, colour=MUTED))
    flow.add(text_block(summary.generated, size=8, colour=MUTED, space_after=10))
    flow.add(text_block(f"Top {len(summary.top)} under the current weights and filters", size=11, bold=True,
                        colour=ACCENT, space_after=3))  # fmt: skip
    widths = [36, 240, 110, 76, 68, 68, 80, 90]
    right = [column.right_aligned for column in TOP_COLUMNS]
    flow.add(row_block([column.label for column in TOP_COLUMNS], widths, size=8.5, header=True, right=right))
    for i, values in enumerate(summary.top):
        cells = [column.text_format.format(v) for v, column in zip(values, TOP_COLUMNS, strict=True)]
        flow.add(row_block(cells, widths, size=8.5, band=i % 2 == 1, right=right))
    flow.add(text_block("", size=6))
    flow.add(text_block("How firm is rank 1", size=11, bold=True, colour=ACCENT, space_after=3))
    label_widths = [150, WIDTH_PT - 150]
    flow.add(row_block(["Winner stability", summary.stability], label_widths, size=8.5, wrap_cells=True,
                       bold_first=True))  # fmt: skip
    monte_carlo = summary.monte_carlo or "Not run for these settings."
    flow.add(row_block(["Monte Carlo", monte_carlo], label_widths, size=8.5, wrap_cells=True, bold_first=True))
    flow.add(text_block("", size=6))
    flow.add(text_block("Key assumptions", size=11, bold=True, colour=ACCENT, space_after=3))
    for label, value in summary.assumptions:
        flow.add(row_block([label, value], label_widths, size=8.5, wrap_cells=True, bold_first=True))
    return _draw_flow([placed for page in flow.pages for placed in page])  # laid out to fit one page


def _shortlist_pages(ranking: Ranking, shortlist: pd.DataFrame, selected: bool) -> list[Page]:
    shown = columns(PDF_SHORTLIST_VIEW)
    widths = [SHORTLIST_WIDTHS[column.key] for column in shown]
    right = [column.right_aligned for column in shown]
    what = f"{len(shortlist)} selected projects" if selected else f"top {len(shortlist)}"
    chunks = [shortlist.iloc[i : i + SHORTLIST_ROWS] for i in range(0, max(len(shortlist), 1), SHORTLIST_ROWS)]
    pages: list[Page] = []
    for index, chunk in enumerate(chunks, start=1):
        flow = Flow()
        part = f" (part {index} of {len(chunks)})" if len(chunks) > 1 else ""
        flow.add(text_block(f"Ranked shortlist: {what} of {len(ranking)} scored projects{part}", size=14,
                            bold=True, colour=ACCENT, space_after=2))  # fmt: skip
        flow.add(text_block(f"{method_line(ranking.parameters)}. {ranking.filter_summary()} Scores 0-100, higher "
                            "is better.", size=8, colour=MUTED, space_after=8))  # fmt: skip
        headings = [SHORTLIST_HEADINGS.get(column.key, column.label) for column in shown]
        flow.add(row_block(headings, widths, size=8, header=True, right=right,
                           wrap_cells=True))  # fmt: skip
        values = {column.key: labelled(chunk, column.key) for column in shown}
        for i in range(len(chunk)):
            cells = [_shown(column.text_format, values[column.key][i]) for column in shown]
            flow.add(row_block(cells, widths, size=8, band=i % 2 == 1, right=right))
        pages.append(("Shortlist", _draw_flow(flow.pages[0])))
    return pages


def _shown(fmt: str, value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        return fmt.format(value)
    except (TypeError, ValueError):
        return str(value)


def _chart_pages(
    ranking: Ranking, compare: Sequence[str], robustness: Robustness | None, portfolio: PortfolioResult | None
) -> list[Page]:
    from evaluator.charts import (
        draw_acceptability,
        draw_cost_risk,
        draw_coverage,
        draw_portfolio,
        draw_radar,
        draw_ranking,
    )

    compared = list(compare)
    charts: list[tuple[str, Callable[[Figure], None]]] = [
        ("Ranking", lambda fig: draw_ranking(fig, ranking, top_n=15)),
        ("Cost vs risk", lambda fig: draw_cost_risk(fig, ranking)),
        ("Element coverage", lambda fig: draw_coverage(fig, ranking, top_n=30)),
        ("Comparison", lambda fig: draw_radar(fig, ranking, compared)),
    ]
    if robustness is not None:
        mc = robustness.monte_carlo
        charts.append(("Rank acceptability (Monte Carlo)", lambda fig: draw_acceptability(fig, mc, top_n=15)))
    if portfolio is not None:
        charts.append(("Portfolio", lambda fig: draw_portfolio(fig, portfolio)))

    def page(draw: Callable[[Figure], None]) -> Callable[[Figure], None]:
        def on(fig: Figure) -> None:
            draw(fig)
            _fit_into(fig, CHART_RECT)

        return on

    return [(f"Charts: {title}", page(draw)) for title, draw in charts]


def _fit_into(fig: Figure, rect: tuple[float, float, float, float]) -> None:
    """Lay the chart out inside ``rect`` (figure fraction), clear of the page's running header and footer.

    Constrained layout places the axes within its ``rect`` but the figure title, figure texts and outside legends
    relative to the whole figure; after one layout pass these are moved into the rectangle and the layout frozen.
    """
    from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine
    from matplotlib.transforms import Bbox

    engine = fig.get_layout_engine()
    if not isinstance(engine, ConstrainedLayoutEngine | TightLayoutEngine):  # the engines that lay out in a rect
        return
    engine.set(rect=rect)
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    left, bottom, width, height = rect
    for text in fig.texts:
        if text.get_transform() == fig.transFigure:
            x, y = text.get_position()
            text.set_position((left + x * width, bottom + y * height))
    for legend in fig.legends:
        legend.set_bbox_to_anchor(Bbox.from_bounds(*rect), transform=fig.transFigure)


def _assumption_pages(
    ranking: Ranking,
    shortlist: pd.DataFrame,
    ui_language: str | None,
    robustness: Robustness | None,
    portfolio: PortfolioResult | None,
) -> list[Page]:
    sections = assumption_sections(ranking, shortlist, ui_language, robustness=robustness, portfolio=portfolio)
    flow = Flow()
    two = [170, WIDTH_PT - 170]
    four = [170, 150, WIDTH_PT - 170 - 150 - 110, 110]
    for index, (title, rows) in enumerate(sections):
        size = 14 if index == 0 else 11
        flow.add(text_block(title, size=size, bold=True, colour=ACCENT, space_after=3), keep_with_next=30)
        for row in rows:
            widths = four if len(row) > 2 else two
            flow.add(row_block([_cell(v) for v in row], widths, size=7.5, wrap_cells=True, bold_first=True))
        flow.add(text_block("", size=5))
    return [("Assumptions", _draw_flow(blocks)) for blocks in flow.pages]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
