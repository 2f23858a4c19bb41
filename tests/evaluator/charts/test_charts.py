"""The four charts (evaluator/charts): what each draws, checked on the artists, plus empty and one-project rankings.

Figures are plain ``matplotlib.figure.Figure`` objects on an Agg canvas, as the export uses them; no pyplot.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text

from evaluator.base.paths import sample_workbook
from evaluator.charts import draw_cost_risk, draw_coverage, draw_radar, draw_ranking, render_png
from evaluator.charts.common import rank_label, truncate
from evaluator.charts.cost_risk import FRONT_NOTE, bubble_areas, max_area, reference_capacities, step_path
from evaluator.charts.coverage_map import MAGNET_MARK, element_columns
from evaluator.charts.palette import OKABE_ITO
from evaluator.charts.radar import SCORE_COLUMNS
from evaluator.inputs.load import load_workbook
from evaluator.model.criteria import CRITERION_COLOURS
from evaluator.model.parameters import Parameters
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.pareto import pareto_front
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import make_dataset, project

REPO = Path(__file__).resolve().parents[3]
CHARTS = REPO / "evaluator" / "charts"


@pytest.fixture(scope="module")
def sample() -> Ranking:
    return score(load_workbook(sample_workbook()))


@pytest.fixture(scope="module")
def sample_topsis() -> Ranking:
    return score(load_workbook(sample_workbook()), Parameters(method="topsis"))


def new_figure(width: float = 10.0, height: float = 6.5, dpi: float = 100.0) -> Figure:
    fig = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def render(fig: Figure, path: Path) -> Path:
    fig.savefig(path, format="png")
    assert path.stat().st_size > 1000
    return path


def small_front_ranking() -> Ranking:
    """LCOP = opex (capex 0). Risks: MYS/MYS 60, AUS/BRA 25, BRA/BRA 40, BRA/AUS 30, AUS/AUS 15, CHN 100.

    Front by hand (minimise both): A (10, 60), B (20, 25), E (40, 15). C loses to B on risk at equal cost, D to B
    on both, F to E on cost at equal risk, G to A on both.
    """
    return score(
        make_dataset(
            [
                project("A", country="MYS", feed="MYS", opex=10, capacity=1000, name="Alpha"),
                project("B", country="AUS", feed="BRA", opex=20, capacity=2000, name="Bravo"),
                project("C", country="BRA", feed="BRA", opex=20, capacity=3000, name="Charlie"),
                project("D", country="BRA", feed="AUS", opex=30, capacity=4000, name="Delta"),
                project("E", country="AUS", feed="AUS", opex=40, capacity=5000, name="Echo"),
                project("F", country="AUS", feed="AUS", opex=50, capacity=6000, name="Foxtrot"),
                project("G", country="CHN", feed="CHN", opex=15, capacity=8000, name="Golf"),
            ]
        )
    )


def one_project() -> Ranking:
    return score(make_dataset([project("A", name="The only project, with a name far too long for any label")]))


def nothing_scored() -> Ranking:
    return score(make_dataset([project("A", country="CHN", feed="CHN")]), Parameters(max_risk=50))


def nothing_loaded() -> Ranking:
    return score(make_dataset([]))


def window_boxes(texts: list[Text]) -> list[np.ndarray]:
    """Display boxes of the texts themselves (an annotation's own extent also covers its leader line)."""
    boxes = []
    for text in texts:
        box = Text.get_window_extent(text)
        boxes.append(np.array([box.x0, box.y0, box.x1, box.y1]))
    return boxes


def overlaps(a: np.ndarray, b: np.ndarray) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) + 0.5 and min(a[3], b[3]) > max(a[1], b[1]) + 0.5


# --- ranking -------------------------------------------------------------------------------------------------------


def test_ranking_bars_are_the_contributions_and_add_up_to_overall(sample: Ranking, tmp_path: Path) -> None:
    fig = new_figure()
    draw_ranking(fig, sample, top_n=15)
    ax = fig.axes[0]
    assert len(ax.patches) == 3 * 15
    assert [c.patches[0].get_gid() or c.get_label() for c in ax.containers]  # three containers, one per criterion
    assert len(ax.containers) == 3
    top = sample.table.head(15)
    widths = np.array([[bar.get_width() for bar in container] for container in ax.containers])
    for k, name in enumerate(("cost", "risk", "coverage")):
        np.testing.assert_allclose(widths[k], top[f"contribution_{name}"].to_numpy())
        assert {to_rgba(bar.get_facecolor()) for bar in ax.containers[k]} == {to_rgba(CRITERION_COLOURS[name])}
    np.testing.assert_allclose(widths.sum(axis=0), top["overall"].to_numpy())
    lefts = np.array([[bar.get_x() for bar in container] for container in ax.containers])
    np.testing.assert_allclose(lefts[1], widths[0])
    np.testing.assert_allclose(lefts[2], widths[0] + widths[1])
    render(fig, tmp_path / "ranking.png")


def test_ranking_labels_rank_order_values_legend_and_title(sample: Ranking) -> None:
    fig = new_figure()
    draw_ranking(fig, sample, top_n=5)
    ax = fig.axes[0]
    top = sample.table.head(5)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [rank_label(r, n) for r, n in zip(top["rank"], top["name"], strict=True)]
    assert labels[0].startswith("1  ")
    positions = ax.get_yticks()
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # inverted: rank 1 on top
    assert positions.tolist() == [0, 1, 2, 3, 4]
    values = [t.get_text() for t in ax.texts if t.get_gid() == "overall-value"]
    assert values == [f"{v:.1f}" for v in top["overall"]]
    assert ax.get_xlim() == (0.0, 100.0)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["Cost 40 %", "Risk 35 %", "Coverage 25 %"]
    assert "WSM" in fig.get_suptitle()
    assert "Top 5 of 30" in fig.get_suptitle()


def test_ranking_under_topsis_still_stacks_to_overall(sample_topsis: Ranking) -> None:
    fig = new_figure()
    draw_ranking(fig, sample_topsis, top_n=30)
    ax = fig.axes[0]
    widths = np.array([[bar.get_width() for bar in container] for container in ax.containers])
    np.testing.assert_allclose(widths.sum(axis=0), sample_topsis.table["overall"].to_numpy())
    assert "TOPSIS" in fig.get_suptitle()
    assert "All 30 projects" in fig.get_suptitle()


def test_ranking_weights_in_legend_are_normalised() -> None:
    ranking = score(small_front_ranking().dataset, Parameters(weight_cost=1, weight_risk=1, weight_coverage=2))
    fig = new_figure()
    draw_ranking(fig, ranking)
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Cost 25 %", "Risk 25 %", "Coverage 50 %"]


def test_ranking_highlight_bolds_the_label_and_outlines_the_bars(sample: Ranking) -> None:
    chosen = sample.table["project_id"].iat[2]
    fig = new_figure()
    draw_ranking(fig, sample, top_n=5, highlight=[chosen, "NOT-THERE"])
    ax = fig.axes[0]
    weights = [t.get_fontweight() for t in ax.get_yticklabels()]
    assert weights == ["normal", "normal", "bold", "normal", "normal"]
    edges = [to_rgba(bar.get_edgecolor()) for bar in ax.containers[0]]
    assert edges[2] == to_rgba("black")
    assert all(edge == to_rgba("white") for i, edge in enumerate(edges) if i != 2)


# --- cost–risk -----------------------------------------------------------------------------------------------------


def front_line(fig: Figure):
    (line,) = [line for line in fig.axes[0].get_lines() if line.get_gid() == "pareto-front"]
    return line


def test_cost_risk_front_is_the_hand_computed_pareto_front(tmp_path: Path) -> None:
    fig = new_figure()
    draw_cost_risk(fig, small_front_ranking())
    line = front_line(fig)
    np.testing.assert_allclose(line.get_xdata(), [10.0, 20.0, 40.0])
    np.testing.assert_allclose(line.get_ydata(), [60.0, 25.0, 15.0])
    assert line.get_drawstyle() == "steps-post"
    names = sorted(t.get_text() for t in fig.axes[0].texts if t.get_gid() == "point-label")
    assert names == ["Alpha", "Bravo", "Echo"]
    render(fig, tmp_path / "front.png")


def test_cost_risk_bubbles_axes_colour_and_legend() -> None:
    ranking = small_front_ranking()
    fig = new_figure()
    draw_cost_risk(fig, ranking)
    ax = fig.axes[0]
    (points,) = [c for c in ax.collections if c.get_gid() == "projects"]
    offsets = points.get_offsets()
    table = ranking.table
    assert sorted(map(tuple, offsets)) == sorted(zip(table["lcop_usd_per_kg"], table["project_risk"], strict=True))
    # Bubble area ∝ capacity, the biggest plant at the figure's largest size.
    expected = bubble_areas(table["capacity_tpa"].to_numpy(), max_area(fig))
    np.testing.assert_allclose(np.sort(points.get_sizes()), np.sort(expected))
    assert points.get_sizes().max() == pytest.approx(max_area(fig))
    assert points.get_sizes().max() / points.get_sizes().min() == pytest.approx(8000 / 1000)
    assert (points.norm.vmin, points.norm.vmax) == (0, 100)
    np.testing.assert_allclose(sorted(points.get_array()), sorted(table["coverage_score"]))
    assert "lower is better" in ax.get_ylabel()
    assert "USD/kg" in ax.get_xlabel()
    legend = [t.get_text().replace("\n", " ") for t in fig.legends[0].get_texts()]
    assert legend[0] == FRONT_NOTE
    assert legend[1:] == ["200 t/a", "2,000 t/a", "5,000 t/a"]  # 1-2-5 values at or below 8000/20, /4, /1
    assert len(fig.axes) == 2  # the plot and its colorbar
    assert "Coverage score" in fig.axes[1].get_ylabel()


def test_cost_risk_highlight_and_label_front_off() -> None:
    fig = new_figure()
    draw_cost_risk(fig, small_front_ranking(), highlight=["D"], label_front=False)
    ax = fig.axes[0]
    labels = [t for t in ax.texts if t.get_gid() == "point-label"]
    assert [t.get_text() for t in labels] == ["Delta"]
    assert labels[0].get_fontweight() == "bold"
    (points,) = [c for c in ax.collections if c.get_gid() == "projects"]
    black = [tuple(e[:3]) == (0.0, 0.0, 0.0) for e in points.get_edgecolors()]
    assert sum(black) == 1
    assert tuple(points.get_offsets()[black.index(True)]) == (30.0, 30.0)


def test_cost_risk_sample_labels_do_not_overlap(sample: Ranking, tmp_path: Path) -> None:
    # Crowd the chart: the Pareto front is named, and so are the highlighted (two fixed ones and the top four).
    rows = sample.table
    highlight = ["SEP-USA-1", "INT-GRL-1", *rows["project_id"].head(4)]
    front = pareto_front(rows["lcop_usd_per_kg"].to_numpy(), rows["project_risk"].to_numpy())
    named = set(rows["project_id"][front]) | set(highlight)
    for width, height in ((10.0, 6.5), (6.5, 5.0)):
        fig = new_figure(width, height)
        draw_cost_risk(fig, sample, highlight=highlight)
        render(fig, tmp_path / f"cost_risk_{width}.png")
        labels = [t for t in fig.axes[0].texts if t.get_gid() == "point-label"]
        assert len(labels) == len(named) >= 6
        boxes = window_boxes(labels)
        for a, b in itertools.combinations(boxes, 2):
            assert not overlaps(a, b)
        frame = fig.axes[0].get_window_extent()
        for box in boxes:
            assert frame.x0 - 1 <= box[0] <= box[2] <= frame.x1 + 1
            assert frame.y0 - 1 <= box[1] <= box[3] <= frame.y1 + 1
        legend = fig.legends[0].get_window_extent()
        assert 0 <= legend.x0 <= legend.x1 <= fig.bbox.width  # folded, not cut off, on the narrow figure


def test_cost_risk_leaves_out_projects_without_finite_lcop() -> None:
    ranking = score(
        make_dataset(
            [project("A", opex=10), project("B", opex=20, country="BRA"), project("X", capex=1e308, capacity=1)]
        )
    )
    assert not np.isfinite(ranking.table["lcop_usd_per_kg"]).all()
    fig = new_figure()
    draw_cost_risk(fig, ranking)
    (points,) = [c for c in fig.axes[0].collections if c.get_gid() == "projects"]
    assert len(points.get_offsets()) == 2
    assert "1 project without a finite LCOP not shown" in fig.get_suptitle()


def test_reference_capacities_and_step_path() -> None:
    assert reference_capacities(np.array([300.0, 12000.0])) == [500.0, 2000.0, 10000.0]
    assert reference_capacities(np.array([5000.0])) == [200.0, 1000.0, 5000.0]
    assert reference_capacities(np.array([np.nan, 0.0])) == []
    path = step_path(np.array([[10.0, 60.0], [20.0, 25.0], [40.0, 15.0]]))
    assert path.tolist() == [[10, 60], [20, 60], [20, 25], [40, 25], [40, 15]]


# --- coverage ------------------------------------------------------------------------------------------------------


def column_symbols(fig: Figure) -> list[str]:
    return [t.get_text().replace(MAGNET_MARK, "").strip() for t in fig.axes[0].get_xticklabels()]


def test_coverage_cells_are_filled_exactly_where_covered(sample: Ranking, tmp_path: Path) -> None:
    fig = new_figure(10, 8.5)
    draw_coverage(fig, sample, top_n=30)
    (image,) = fig.axes[0].images
    values = image.get_array()
    assert values.shape == (30, 17)
    symbols = column_symbols(fig)
    assert sorted(symbols) == sorted(SYMBOLS)
    covered = sample.dataset.coverage[sample.scored[:30]][:, [SYMBOLS.index(s) for s in symbols]]
    np.testing.assert_array_equal(np.ma.getmaskarray(values), ~covered)
    colours = image.to_rgba(values)
    white = np.all(colours == to_rgba("white"), axis=-1)
    np.testing.assert_array_equal(white, ~covered)
    criticality = sample.dataset.elements.frame["criticality"].reindex(symbols).to_numpy()
    np.testing.assert_allclose(values.filled(np.nan)[covered], np.broadcast_to(criticality, covered.shape)[covered])
    render(fig, tmp_path / "coverage.png")


def test_coverage_columns_grouped_light_heavy_other_with_magnets_marked(sample: Ranking) -> None:
    fig = new_figure(10, 8.5)
    draw_coverage(fig, sample)
    frame = sample.dataset.elements.frame
    groups = element_columns(frame)
    assert [g for g, _ in groups] == ["light", "heavy", "other"]
    assert column_symbols(fig) == [s for _, members in groups for s in members]
    assert column_symbols(fig)[:7] == ["La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu"]
    assert column_symbols(fig)[-1] == "Sc"
    for label in fig.axes[0].get_xticklabels():
        symbol = label.get_text().replace(MAGNET_MARK, "").strip()
        magnet = bool(frame.at[symbol, "magnet"])
        assert (MAGNET_MARK in label.get_text()) == magnet
        assert label.get_fontweight() == ("bold" if magnet else "normal")
    separators = [line.get_xdata()[0] for line in fig.axes[0].get_lines()]
    assert separators == [6.5, 15.5]


def test_coverage_rows_in_rank_order_with_scores_on_the_right(sample: Ranking) -> None:
    fig = new_figure(10, 8.5)
    draw_coverage(fig, sample, top_n=12, highlight=[sample.table["project_id"].iat[0]])
    ax = fig.axes[0]
    top = sample.table.head(12)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [label.split("  ")[0] for label in labels] == [str(r) for r in range(1, 13)]
    assert ax.get_yticklabels()[0].get_fontweight() == "bold"
    (right,) = [child for child in ax.child_axes if child.get_yticklabels()]
    assert [t.get_text() for t in right.get_yticklabels()] == [f"{v:.0f}" for v in top["coverage_score"]]
    assert ax.images[0].get_array().shape == (12, 17)
    assert "top 12 of 30" in fig.get_suptitle()


def test_coverage_shows_fewer_rows_on_a_short_figure_and_says_so(sample: Ranking) -> None:
    fig = new_figure(6.5, 4.0)
    draw_coverage(fig, sample, top_n=30)
    rows = fig.axes[0].images[0].get_array().shape[0]
    assert 5 <= rows < 30
    assert f"top {rows} of 30" in fig.get_suptitle()
    assert "enlarge" in fig.get_suptitle()


def test_element_columns_keeps_an_unknown_group_under_its_own_name() -> None:
    frame = make_dataset([project("A")]).elements.frame  # the test table's group is "test" for every element
    assert element_columns(frame) == [("test", list(SYMBOLS))]


# --- radar ---------------------------------------------------------------------------------------------------------


def radar_lines(fig: Figure) -> dict[str, object]:
    return {line.get_gid(): line for line in fig.axes[0].get_lines() if line.get_gid()}


def test_radar_one_line_per_project_with_its_sub_scores(sample: Ranking, tmp_path: Path) -> None:
    ids = ["SEP-MYS-1", "INT-GRL-1", "MAG-GBR-1"]
    fig = new_figure(8, 7)
    draw_radar(fig, sample, ids)
    lines = radar_lines(fig)
    assert list(lines) == ids
    table = sample.table.set_index("project_id")
    for project_id, line in lines.items():
        expected = [table.at[project_id, c] for c in SCORE_COLUMNS]
        np.testing.assert_allclose(line.get_ydata(), [*expected, expected[0]])  # closed polygon
        assert len(set(np.round(line.get_xdata()[:3], 9))) == 3
    assert len({line.get_color() for line in lines.values()}) == 3
    assert len({str(line.get_linestyle()) for line in lines.values()}) == 3
    assert "3 selected" in fig.get_suptitle()
    assert fig.axes[0].get_xticklabels()[0].get_text().startswith("Cost score")
    render(fig, tmp_path / "radar.png")


def test_radar_ignores_unknown_ids_and_repeats(sample: Ranking) -> None:
    fig = new_figure(8, 7)
    draw_radar(fig, sample, ["NOPE", "SEP-EST-1", "SEP-EST-1", "SEP-JPN-1"])
    assert list(radar_lines(fig)) == ["SEP-EST-1", "SEP-JPN-1"]


@pytest.mark.parametrize("ids", [[], ["SEP-EST-1"], ["NOPE", "ALSO-NOPE"]])
def test_radar_falls_back_to_the_top_three(sample: Ranking, ids: list[str]) -> None:
    fig = new_figure(8, 7)
    draw_radar(fig, sample, ids)
    assert list(radar_lines(fig)) == sample.table["project_id"].head(3).tolist()
    assert "top 3" in fig.get_suptitle()


def test_radar_draws_at_most_six(sample: Ranking) -> None:
    fig = new_figure(8, 7)
    ids = sample.table["project_id"].head(8).tolist()
    draw_radar(fig, sample, ids)
    assert list(radar_lines(fig)) == ids[:6]
    assert "first 6 of 8" in fig.get_suptitle()


# --- every chart ---------------------------------------------------------------------------------------------------

ALL_CHARTS: list[tuple[str, Callable[..., None], tuple]] = [
    ("ranking", draw_ranking, ()),
    ("cost_risk", draw_cost_risk, ()),
    ("coverage", draw_coverage, ()),
    ("radar", draw_radar, (["A", "B"],)),
]


@pytest.mark.parametrize(("name", "draw", "args"), ALL_CHARTS)
@pytest.mark.parametrize("make", [nothing_scored, nothing_loaded])
def test_empty_ranking_shows_a_message(name: str, draw: Callable, args: tuple, make, tmp_path: Path) -> None:
    fig = new_figure(6, 4)
    draw(fig, make(), *args)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(text.startswith(("No project to show", "No projects loaded")) for text in texts)
    render(fig, tmp_path / f"{name}.png")


@pytest.mark.parametrize(("name", "draw", "args"), ALL_CHARTS)
def test_one_project_draws_a_plain_chart(name: str, draw: Callable, args: tuple, tmp_path: Path) -> None:
    fig = new_figure(6, 4)
    draw(fig, one_project(), *args, highlight=["A"])
    render(fig, tmp_path / f"{name}.png")
    assert fig.axes
    assert fig.axes[0].has_data()


@pytest.mark.parametrize(("name", "draw", "args"), ALL_CHARTS)
def test_redrawing_replaces_the_previous_chart(name: str, draw: Callable, args: tuple, sample: Ranking) -> None:
    fig = new_figure()
    draw(fig, sample, *args)
    count = len(fig.axes)
    draw(fig, sample, *args)
    assert len(fig.axes) == count
    assert fig.get_layout_engine() is not None


@pytest.mark.parametrize(("name", "draw", "args"), ALL_CHARTS)
def test_render_png_at_100_and_200_dpi(name: str, draw: Callable, args: tuple, sample: Ranking, tmp_path) -> None:
    from PIL import Image

    sizes = []
    for dpi in (100, 200):
        path = render_png(draw, sample, tmp_path / f"{name}_{dpi}.png", *args, size=(8, 6), dpi=dpi)
        with Image.open(path) as image:
            sizes.append(image.size)
    assert sizes == [(800, 600), (1600, 1200)]
    assert not list(tmp_path.glob(".*tmp"))


def test_truncate_and_rank_label() -> None:
    assert truncate("Short") == "Short"
    assert truncate("A" * 50, 10) == "A" * 9 + "…"
    assert len(truncate("x" * 100, 20)) == 20
    assert rank_label(3, "Name") == "3  Name"
    assert truncate(None) == ""


def test_criterion_colours_are_distinct_okabe_ito_and_apart_in_greyscale() -> None:
    colours = list(CRITERION_COLOURS.values())
    assert len(set(colours)) == 3
    assert set(colours) <= set(OKABE_ITO.values())

    def lightness(colour: str) -> float:
        rgb = np.array(to_rgba(colour)[:3])
        linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        return 116 * np.cbrt(linear @ [0.2126, 0.7152, 0.0722]) - 16

    for a, b in itertools.combinations(colours, 2):
        assert abs(lightness(a) - lightness(b)) >= 10


# --- imports -------------------------------------------------------------------------------------------------------


def test_no_chart_module_imports_pyplot() -> None:
    imports_pyplot = re.compile(
        r"^\s*(import\s+matplotlib\.pyplot|from\s+matplotlib(\.pyplot|\s+import\s.*\bpyplot\b))", re.M
    )
    for path in [*CHARTS.glob("*.py"), REPO / "evaluator" / "scoring" / "pareto.py"]:
        assert not imports_pyplot.search(path.read_text(encoding="utf-8")), path.name
    code = (
        "import sys\n"
        "from evaluator.charts import draw_cost_risk, draw_coverage, draw_radar, draw_ranking, new_figure\n"
        "from evaluator.inputs.load import load_workbook\n"
        "from evaluator.base.paths import sample_workbook\n"
        "from evaluator.scoring.ranking import score\n"
        "ranking = score(load_workbook(sample_workbook()))\n"
        "for draw in (draw_ranking, draw_cost_risk, draw_coverage):\n"
        "    draw(new_figure(), ranking)\n"
        "draw_radar(new_figure(), ranking, [])\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=120)


def test_importing_evaluator_does_not_load_matplotlib() -> None:
    code = "import sys, evaluator\nassert not any(m.startswith('matplotlib') for m in sys.modules)\n"
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)
