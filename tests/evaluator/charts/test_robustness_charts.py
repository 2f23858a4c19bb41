"""The robustness charts (weight sweep, rank acceptability, rank intervals, portfolio): what each draws, checked
on the artists against the analysis results, plus empty and one-project inputs and legibility at two sizes.

Figures are plain ``matplotlib.figure.Figure`` objects on an Agg canvas, as the export uses them; no pyplot.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text

from evaluator.analysis.montecarlo import MonteCarloResult, monte_carlo
from evaluator.analysis.portfolio import PortfolioConstraints, PortfolioResult, build_portfolio
from evaluator.analysis.sensitivity import WeightSweep, weight_sweep
from evaluator.base.paths import sample_workbook
from evaluator.charts.acceptability_chart import draw_acceptability, draw_rank_intervals, sampling_note
from evaluator.charts.common import rank_label, truncate
from evaluator.charts.coverage_map import element_columns
from evaluator.charts.export import new_figure, render_png
from evaluator.charts.portfolio_chart import binding_text, draw_portfolio
from evaluator.charts.sweep_chart import MAX_LINES, OTHER_COLOUR, draw_sweep
from evaluator.inputs.load import load_workbook
from evaluator.model.criteria import CRITERIA
from evaluator.model.parameters import Parameters
from evaluator.reference.tables import reference_elements
from evaluator.scoring.ranking import Ranking, score
from tests.evaluator.scoring_helpers import V1, make_dataset, project

WIDE = (10.0, 6.5)
NARROW = (6.5, 4.5)


@pytest.fixture(scope="module")
def sample() -> Ranking:
    return score(load_workbook(sample_workbook()))


@pytest.fixture(scope="module")
def sweep(sample: Ranking) -> WeightSweep:
    return weight_sweep(sample)


@pytest.fixture(scope="module")
def mc(sample: Ranking) -> MonteCarloResult:
    return monte_carlo(sample, samples=2000, seed=7)


@pytest.fixture(scope="module")
def portfolio(sample: Ranking) -> PortfolioResult:
    return build_portfolio(sample, PortfolioConstraints(1500.0))


@pytest.fixture(scope="module")
def redundant_portfolio(sample: Ranking) -> PortfolioResult:
    """Each of Nd, Pr, Dy, Tb in at least two countries, one project per country, at most four projects."""
    return build_portfolio(sample, PortfolioConstraints(2000.0, max_projects=4, per_country=1, min_countries=2))


def render(fig: Figure, path: Path) -> Path:
    fig.savefig(path, format="png")
    assert path.stat().st_size > 1000
    return path


def two_projects() -> Ranking:
    """A is cheap and risky (MYS), B dear and safe (AUS): A leads with the default weights (cost 40 %), B when risk
    weighs more. By hand: cost scores A 100, B 0; risk scores A 40, B 85; coverage equal (both Nd, Pr)."""
    return score(
        make_dataset(
            [
                project("A", country="MYS", feed="MYS", opex=10, name="Alpha"),
                project("B", country="AUS", feed="AUS", opex=50, name="Bravo"),
            ]
        ),
        V1,  # min–max cost: A 100, B 0, as worked above
    )


def one_project() -> Ranking:
    return score(
        make_dataset([project("A", capex=50.0, name="The only project, with a name far too long for any label")])
    )


def nothing_scored() -> Ranking:
    return score(make_dataset([project("A", country="CHN", feed="CHN")]), Parameters(max_risk=50))


def nothing_loaded() -> Ranking:
    return score(make_dataset([]))


def texts_of(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def window_box(text: Text) -> np.ndarray:
    box = Text.get_window_extent(text)
    return np.array([box.x0, box.y0, box.x1, box.y1])


def overlaps(a: np.ndarray, b: np.ndarray) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) + 0.5 and min(a[3], b[3]) > max(a[1], b[1]) + 0.5


def assert_all_text_inside(fig: Figure) -> None:
    """Nothing clipped: everything drawn (titles, tick labels, axis labels, legends, annotations) lies within the
    canvas. The figure's tight box counts only what is drawn (not ticks beyond the axis limits)."""
    fig.draw_without_rendering()
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    tolerance = 1.0 / fig.dpi  # one pixel, in inches
    assert box.x0 >= -tolerance, f"runs off the left: {box}"
    assert box.x1 <= fig.get_figwidth() + tolerance, f"runs off the right: {box}"
    assert box.y0 >= -tolerance, f"runs off the bottom: {box}"
    assert box.y1 <= fig.get_figheight() + tolerance, f"runs off the top: {box}"


def legends_clear_of_axes(fig: Figure) -> None:
    """Legends sit beside or below the plots, never on top of the data or of one another."""
    fig.draw_without_rendering()
    legends = [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend() is not None)]
    boxes = [np.array(legend.get_window_extent().extents) for legend in legends]
    for box in boxes:
        for ax in fig.axes:
            if ax.axison:
                assert not overlaps(box, np.array(ax.get_window_extent().extents)), "a legend covers a plot"
    for a, b in itertools.combinations(boxes, 2):
        assert not overlaps(a, b), "two legends overlap"


# --- weight sweep --------------------------------------------------------------------------------------------------


def panel_lines(ax, gid: str):
    return [line for line in ax.get_lines() if line.get_gid() == gid]


def test_sweep_draws_one_panel_per_criterion_with_the_current_weight(sweep: WeightSweep, tmp_path: Path) -> None:
    fig = new_figure()
    draw_sweep(fig, sweep)
    assert len(fig.axes) == 3
    for ax, criterion in zip(fig.axes, CRITERIA, strict=True):
        current = sweep.criteria[criterion].current
        (line,) = panel_lines(ax, "current-weight")
        np.testing.assert_allclose(line.get_xdata(), [100 * current, 100 * current])
        (top,) = [child for child in ax.child_axes if child.get_xticklabels()]
        assert [t.get_text() for t in top.get_xticklabels()] == [f"now {100 * current:.0f} %"]
        assert ax.get_xlim() == (0.0, 100.0)
        assert criterion.capitalize() in ax.get_xlabel()
    assert [ax.get_xticklabels()[0].get_text() for ax in fig.axes]  # ticks are there
    positions = [ax.get_position().x0 for ax in fig.axes]
    assert positions == sorted(positions)  # side by side, cost first
    assert "weighted sum (WSM)" in fig.get_suptitle()
    render(fig, tmp_path / "sweep.png")


def test_sweep_lines_are_the_swept_scores(sweep: WeightSweep, sample: Ranking) -> None:
    fig = new_figure()
    draw_sweep(fig, sweep, top_n=6)
    ids = sample.table["project_id"].tolist()
    for ax, criterion in zip(fig.axes, CRITERIA, strict=True):
        data = sweep.criteria[criterion]
        for row in range(6):
            (line,) = panel_lines(ax, ids[row])
            np.testing.assert_allclose(line.get_xdata(), 100 * data.weights)
            np.testing.assert_allclose(line.get_ydata(), data.scores[row])
        others = panel_lines(ax, "other-project")
        assert len(others) == len(ids) - 6
        assert {to_rgba(line.get_color()) for line in others} == {to_rgba(OTHER_COLOUR)}
        np.testing.assert_allclose(sorted(line.get_ydata()[0] for line in others), sorted(data.scores[6:, 0]))
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    table = sample.table.head(6)
    assert legend[:6] == [rank_label(r, n) for r, n in zip(table["rank"], table["name"], strict=True)]
    assert legend[6:] == ["other projects", "rank 1 changes hands", "weight now"]


def test_sweep_marks_each_leader_change_on_the_winning_line(sweep: WeightSweep, sample: Ranking) -> None:
    fig = new_figure()
    draw_sweep(fig, sweep)
    names = dict(zip(sample.table["project_id"], sample.table["name"], strict=True))
    assert sum(len(c.changes) for c in sweep.criteria.values()) >= 3  # the sample has changes to check
    for ax, criterion in zip(fig.axes, CRITERIA, strict=True):
        data = sweep.criteria[criterion]
        (marks,) = panel_lines(ax, "leader-changes")
        x = np.array([100 * change.weight for change in data.changes])
        np.testing.assert_allclose(marks.get_xdata(), x)
        # WSM scores are linear in the weight, so at a change the new leader is on top of every line.
        envelope = [max(np.interp(at, 100 * data.weights, scores) for scores in data.scores) for at in x]
        np.testing.assert_allclose(marks.get_ydata(), envelope, atol=1e-9)
        labels = [t for t in ax.texts if t.get_gid() == "leader-change-label"]
        assert len(labels) == len(data.changes)
        for label, change in zip(labels, data.changes, strict=True):
            assert label.get_text().startswith("→ ")
            assert names[change.after].startswith(label.get_text()[2:].rstrip("…"))


def test_sweep_by_hand_two_projects() -> None:
    """Cost sweep of :func:`two_projects`: A = 100·t + 40·(1 − t)·(r) …, worked with the path weights.

    With coverage equal for both, only cost and risk decide. Along the cost sweep the risk and coverage weights
    keep their ratio 35 : 25, so risk gets (1 − t)·35/60. A − B = 100·t + (40 − 85)·(1 − t)·35/60 = 0 at
    t = 26.25 / 126.25 ≈ 0.2079: B leads below, A above.
    """
    ranking = two_projects()
    sweep = weight_sweep(ranking)
    (change,) = sweep.criteria["cost"].changes
    assert change.weight == pytest.approx(26.25 / 126.25)
    assert (change.before, change.after) == ("B", "A")
    fig = new_figure()
    draw_sweep(fig, sweep)
    (marks,) = panel_lines(fig.axes[0], "leader-changes")
    assert marks.get_xdata()[0] == pytest.approx(100 * 26.25 / 126.25)
    (label,) = [t for t in fig.axes[0].texts if t.get_gid() == "leader-change-label"]
    assert label.get_text() == "→ Alpha"


def test_sweep_stacks_the_panels_on_a_tall_figure(sweep: WeightSweep, tmp_path: Path) -> None:
    fig = new_figure((6.5, 9.0))
    draw_sweep(fig, sweep)
    tops = [ax.get_position().y0 for ax in fig.axes]
    assert tops == sorted(tops, reverse=True)  # cost on top, then risk, then coverage
    assert len({round(ax.get_position().x0, 3) for ax in fig.axes}) == 1
    assert all(ax.get_ylabel() for ax in fig.axes)
    assert_all_text_inside(fig)
    render(fig, tmp_path / "sweep_tall.png")


def test_sweep_highlight_outside_the_top_is_drawn_in_black(sweep: WeightSweep, sample: Ranking) -> None:
    far = sample.table["project_id"].iat[13]
    near = sample.table["project_id"].iat[1]
    fig = new_figure()
    draw_sweep(fig, sweep, top_n=3, highlight=[far, near])
    ax = fig.axes[0]
    (line,) = panel_lines(ax, far)
    assert to_rgba(line.get_color()) == to_rgba("black")
    assert line.get_linewidth() > panel_lines(ax, sample.table["project_id"].iat[0])[0].get_linewidth()
    assert panel_lines(ax, near)[0].get_linewidth() == line.get_linewidth()
    legend = fig.legends[0].get_texts()
    assert [t.get_fontweight() for t in legend[:4]] == ["normal", "bold", "normal", "bold"]
    assert legend[3].get_text().startswith("14  ")


def test_sweep_draws_at_most_six_coloured_lines(sweep: WeightSweep) -> None:
    fig = new_figure()
    draw_sweep(fig, sweep, top_n=20)
    assert len(panel_lines(fig.axes[0], "other-project")) == len(sweep.project_ids) - MAX_LINES


def test_sweep_under_topsis(sample: Ranking) -> None:
    ranking = score(sample.dataset, Parameters(method="topsis"))
    sweep = weight_sweep(ranking)
    fig = new_figure()
    draw_sweep(fig, sweep)
    assert "TOPSIS" in fig.get_suptitle()
    for ax, criterion in zip(fig.axes, CRITERIA, strict=True):
        changes = sweep.criteria[criterion].changes
        marks = panel_lines(ax, "leader-changes")
        np.testing.assert_allclose(marks[0].get_xdata() if marks else [], [100 * c.weight for c in changes])


@pytest.mark.parametrize("size", [WIDE, NARROW, (6.5, 9.0)])
def test_sweep_labels_do_not_overlap_and_stay_inside(sweep: WeightSweep, size: tuple[float, float]) -> None:
    fig = new_figure(size)
    draw_sweep(fig, sweep, highlight=[sweep.project_ids[13]])
    fig.draw_without_rendering()  # annotations are placed at draw time
    for ax in fig.axes:
        labels = [t for t in ax.texts if t.get_gid() == "leader-change-label"]
        boxes = [window_box(t) for t in labels]
        for a, b in itertools.combinations(boxes, 2):
            assert not overlaps(a, b)
        frame = ax.get_window_extent()
        for box in boxes:
            assert frame.x0 - 1 <= box[0] <= box[2] <= frame.x1 + 1
            assert frame.y0 - 1 <= box[1] <= box[3] <= frame.y1 + 1
    assert_all_text_inside(fig)
    legends_clear_of_axes(fig)


# --- rank acceptability --------------------------------------------------------------------------------------------


def segment_widths(fig: Figure) -> np.ndarray:
    """(segments × projects) bar widths, containers in stacking order."""
    return np.array([[bar.get_width() for bar in container] for container in fig.axes[0].containers])


def test_acceptability_segments_are_the_rank_probabilities(mc: MonteCarloResult, tmp_path: Path) -> None:
    fig = new_figure()
    draw_acceptability(fig, mc, top_n=10, ranks_shown=5)
    widths = segment_widths(fig)
    assert widths.shape == (6, 10)
    np.testing.assert_allclose(widths[:5], 100 * mc.acceptability[:10, :5].T)
    np.testing.assert_allclose(widths[5], 100 * mc.acceptability[:10, 5:].sum(axis=1))
    np.testing.assert_allclose(widths.sum(axis=0), 100.0)
    lefts = np.array([[bar.get_x() for bar in container] for container in fig.axes[0].containers])
    np.testing.assert_allclose(lefts[1:], np.cumsum(widths, axis=0)[:-1])
    assert fig.axes[0].get_xlim() == (0.0, 100.0)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["1", "2", "3", "4", "5", "6–30"]
    render(fig, tmp_path / "acceptability.png")


def test_acceptability_rank_one_is_darkest_and_lower_ranks_grey(mc: MonteCarloResult) -> None:
    fig = new_figure()
    draw_acceptability(fig, mc)

    def lightness(colour) -> float:
        return float(np.dot(to_rgba(colour)[:3], [0.2126, 0.7152, 0.0722]))

    shades = [lightness(container.patches[0].get_facecolor()) for container in fig.axes[0].containers]
    assert shades[:5] == sorted(shades[:5])
    lower = to_rgba(fig.axes[0].containers[-1].patches[0].get_facecolor())
    assert lower[0] == lower[1] == lower[2]


def test_acceptability_rows_title_and_inside_labels(mc: MonteCarloResult) -> None:
    fig = new_figure()
    draw_acceptability(fig, mc, top_n=8, highlight=[mc.project_ids[2]])
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [rank_label(i + 1, mc.names[i]) for i in range(8)]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # rank 1 on top
    assert [t.get_fontweight() for t in ax.get_yticklabels()][:4] == ["normal", "normal", "bold", "normal"]
    edges = [to_rgba(bar.get_edgecolor()) for bar in ax.containers[0]]
    assert edges[2] == to_rgba("black")
    title = fig.get_suptitle().replace("\n", " ")
    assert "2,000 samples" in title
    assert "seed 7" in title
    assert "top 8 of 30" in title
    assert "deterministic rank" in title
    widths = segment_widths(fig)
    shown = [t for t in ax.texts if t.get_gid() == "share-label" and t.get_text()]
    assert shown
    printed = sorted(int(t.get_text()) for t in shown)
    assert set(printed) <= {round(w) for w in widths.ravel()}
    assert all(t.get_text() == "" or float(t.get_text()) >= 5 for t in ax.texts if t.get_gid() == "share-label")


def test_acceptability_with_fewer_projects_than_ranks_has_no_lower_segment() -> None:
    result = monte_carlo(two_projects(), samples=500, seed=1)
    fig = new_figure()
    draw_acceptability(fig, result, ranks_shown=5)
    widths = segment_widths(fig)
    assert widths.shape == (2, 2)
    np.testing.assert_allclose(widths, 100 * result.acceptability.T)
    np.testing.assert_allclose(widths.sum(axis=0), 100.0)
    assert "all 2 projects" in fig.get_suptitle()


def test_sampling_note_says_what_varied(sample: Ranking, mc: MonteCarloResult) -> None:
    rows = sample.table  # the sample's projects with a capex (and an opex) low/high range
    ranged = int((rows["capex_high_musd"] > rows["capex_low_musd"]).sum())
    assert ranged == int((rows["opex_high_usd_per_kg"] > rows["opex_low_usd_per_kg"]).sum())
    assert 0 < ranged < len(rows)
    assert (
        sampling_note(mc)
        == f"2,000 samples (seed 7): weights Dirichlet α = 50, capex and opex triangular for {ranged} projects"
    )
    fixed = monte_carlo(two_projects(), samples=10, seed=3, vary_weights=False, vary_costs=False)
    assert sampling_note(fixed) == "10 samples (seed 3): nothing varied"


# --- rank intervals ------------------------------------------------------------------------------------------------


def test_rank_intervals_are_the_5_to_95_percent_ranks(mc: MonteCarloResult, tmp_path: Path) -> None:
    fig = new_figure()
    draw_rank_intervals(fig, mc, top_n=15)
    ax = fig.axes[0]
    (bars,) = [c for c in ax.collections if c.get_gid() == "rank-interval"]
    segments = np.array(bars.get_segments())
    assert segments.shape == (15, 2, 2)
    np.testing.assert_allclose(segments[:, 0, 0], mc.rank_p5[:15])
    np.testing.assert_allclose(segments[:, 1, 0], mc.rank_p95[:15])
    np.testing.assert_allclose(segments[:, :, 1], np.repeat(np.arange(15)[:, None], 2, axis=1))
    (mean,) = panel_lines(ax, "mean-rank")
    np.testing.assert_allclose(mean.get_xdata(), mc.mean_rank[:15])
    (deterministic,) = panel_lines(ax, "deterministic-rank")
    np.testing.assert_allclose(deterministic.get_xdata(), np.arange(1, 16))
    np.testing.assert_allclose(deterministic.get_ydata(), np.arange(15))
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # best on top
    assert ax.get_xlim()[0] < 1 < ax.get_xlim()[1]
    assert ax.get_xlim()[1] >= mc.rank_p95[:15].max()
    assert 1 in ax.get_xticks()
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["5–95 % of samples", "Mean rank", "Rank with the weights and base costs"]
    render(fig, tmp_path / "intervals.png")


def test_rank_intervals_highlight_and_short_figure(mc: MonteCarloResult) -> None:
    fig = new_figure((6.5, 3.5))
    draw_rank_intervals(fig, mc, top_n=15, highlight=[mc.project_ids[0]])
    ax = fig.axes[0]
    rows = len(ax.get_yticklabels())
    assert 4 <= rows < 15
    assert f"top {rows} of 30 (enlarge to see 15)" in fig.get_suptitle().replace("\n", " ")
    assert ax.get_yticklabels()[0].get_fontweight() == "bold"
    assert len(ax.patches) == 1  # the shaded row


def test_rank_intervals_when_the_mean_lies_outside_the_interval() -> None:
    """A project at rank 1 in 96 % of samples and last otherwise: p5 = p95 = 1 while the mean is higher. The
    interval must still be drawn from p5 to p95 (an error bar around the mean would need a negative length)."""
    acceptability = np.zeros((30, 30))
    acceptability[0, 0], acceptability[0, 29] = 0.96, 0.04
    acceptability[1:, 1:] = np.eye(29) * 0.96
    acceptability[1:, 0] = 0.04 / 29
    acceptability /= acceptability.sum(axis=1, keepdims=True)
    ranks = np.arange(1, 31)
    cumulative = np.cumsum(acceptability, axis=1)
    result = MonteCarloResult(
        project_ids=tuple(f"P{i}" for i in range(30)),
        names=tuple(f"Project {i}" for i in range(30)),
        samples=100,
        seed=0,
        alpha=50.0,
        method="wsm",
        acceptability=acceptability,
        mean_rank=acceptability @ ranks,
        rank_p5=np.argmax(cumulative >= 0.05 - 1e-12, axis=1) + 1,
        rank_p95=np.argmax(cumulative >= 0.95 - 1e-12, axis=1) + 1,
    )
    assert result.mean_rank[0] > result.rank_p95[0] == 1
    fig = new_figure()
    draw_rank_intervals(fig, result, top_n=5)
    (bars,) = [c for c in fig.axes[0].collections if c.get_gid() == "rank-interval"]
    np.testing.assert_allclose(np.array(bars.get_segments())[0, :, 0], [1, 1])


# --- portfolio -----------------------------------------------------------------------------------------------------


def column_symbols(fig: Figure) -> list[str]:
    return [t.get_text().split("\n")[0] for t in fig.axes[0].get_xticklabels()]


def bars(fig: Figure, gid: str) -> list:
    (container,) = [c for c in fig.axes[0].containers if c.patches[0].get_gid() == gid]
    return list(container)


def test_portfolio_bars_are_the_countries_before_and_after(portfolio: PortfolioResult, tmp_path: Path) -> None:
    fig = new_figure()
    draw_portfolio(fig, portfolio)
    symbols = column_symbols(fig)
    assert symbols == [s for _, members in element_columns(reference_elements().frame) for s in members]
    elements = portfolio.elements.set_index("symbol").loc[symbols]
    before = bars(fig, "before-countries")
    after = bars(fig, "after-countries")
    np.testing.assert_allclose([b.get_height() for b in before], elements["before_countries"])
    np.testing.assert_allclose([b.get_height() for b in after], elements["after_countries"])
    centres = np.array([b.get_x() + b.get_width() / 2 for b in before])
    assert (np.array([b.get_x() + b.get_width() / 2 for b in after]) > centres).all()  # after to the right
    assert not elements["before_countries"].equals(elements["after_countries"])  # the sample shows a change
    render(fig, tmp_path / "portfolio.png")


def test_portfolio_marks_critical_elements_and_criticality(portfolio: PortfolioResult) -> None:
    fig = new_figure()
    draw_portfolio(fig, portfolio)
    ax = fig.axes[0]
    elements = portfolio.elements.set_index("symbol")
    critical = set(elements.index[elements["critical"]])
    assert critical == {"Nd", "Pr", "Dy", "Tb"}
    shaded = sorted(round(p.get_x() + p.get_width() / 2) for p in ax.patches if p.get_gid() == "critical-element")
    symbols = column_symbols(fig)
    assert sorted(symbols[i] for i in shaded) == sorted(critical)
    for label in ax.get_xticklabels():
        symbol, weight = label.get_text().split("\n")
        assert float(weight) == elements.at[symbol, "criticality"]
        assert label.get_fontweight() == ("bold" if symbol in critical else "normal")
    crosses = panel_lines(ax, "not-covered")[0]
    missing = [s for s in symbols if elements.at[s, "after_countries"] == 0]
    assert [symbols[round(x)] for x in crosses.get_xdata()] == missing


def test_portfolio_title_and_legend_give_before_after_capex_and_binding(portfolio: PortfolioResult) -> None:
    fig = new_figure()
    draw_portfolio(fig, portfolio)
    title = fig.get_suptitle().replace("\n", " ")
    assert f"{portfolio.baseline_coverage:.1f} % picking by rank → {portfolio.coverage:.1f} % optimised" in title
    assert f"capex {portfolio.capex_musd:,.0f} of 1,500 USD m" in title
    assert "binding: budget" in title
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert (
        legend[0] == f"Picked by rank ({len(portfolio.baseline)} projects, {portfolio.baseline_capex_musd:,.0f} USD m)"
    )
    assert legend[1] == f"Optimised ({len(portfolio.selected)} projects, {portfolio.capex_musd:,.0f} USD m)"


def test_portfolio_lists_the_selected_projects_highlighted_in_bold(portfolio: PortfolioResult) -> None:
    chosen = portfolio.projects.sort_values("rank")["project_id"].iat[1]
    fig = new_figure()
    draw_portfolio(fig, portfolio, highlight=[chosen])
    (listing,) = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]
    texts = listing.get_texts()
    projects = portfolio.projects.sort_values("rank")
    assert len(texts) == len(portfolio.selected)
    for text, (_, row) in zip(texts, projects.iterrows(), strict=True):
        first = text.get_text().split("\n")[0]
        assert first.startswith(f"{row['rank']}  ")
        assert first.endswith(f"({row['country']})")
        assert ("only source of" in text.get_text()) == bool(row["unique"])
    assert [t.get_fontweight() for t in texts][:3] == ["normal", "bold", "normal"]


def test_portfolio_list_left_out_on_a_small_figure_and_below_on_a_tall_one(portfolio: PortfolioResult) -> None:
    small = new_figure(NARROW)
    draw_portfolio(small, portfolio)
    assert len(small.axes) == 1
    assert "enlarge the chart to list the projects" in small.get_suptitle().replace("\n", " ")
    tall = new_figure((6.5, 9.0))
    draw_portfolio(tall, portfolio)
    plot, listing = tall.axes
    assert listing.get_position().y1 < plot.get_position().y0
    assert len(listing.get_legend().get_texts()) == len(portfolio.selected)
    assert_all_text_inside(tall)


def test_portfolio_draws_the_redundancy_requirement(redundant_portfolio: PortfolioResult, tmp_path: Path) -> None:
    assert redundant_portfolio.status == "optimal"
    fig = new_figure()
    draw_portfolio(fig, redundant_portfolio)
    ax = fig.axes[0]
    required = [c for c in ax.collections if c.get_gid() == "required-countries"]
    heights = {seg[0][1] for c in required for seg in c.get_segments()}
    assert heights == {2.0}
    assert len(required) == 4  # one mark per critical element
    assert "Required for critical: 2 countries" in [t.get_text() for t in fig.legends[0].get_texts()]
    title = fig.get_suptitle().replace("\n", " ")
    assert "per country (" in title
    assert "Pr, Tb, Dy in ≥ 2 countries" in title
    assert_all_text_inside(fig)
    render(fig, tmp_path / "portfolio_redundant.png")


@pytest.mark.parametrize(
    "constraints",
    [
        PortfolioConstraints(2000.0, min_countries=30),  # no element is made in 30 countries: infeasible
        PortfolioConstraints(1.0),  # every capex is above the budget: nothing selected
    ],
)
def test_portfolio_without_a_selection_shows_its_message(sample: Ranking, constraints: PortfolioConstraints) -> None:
    result = build_portfolio(sample, constraints)
    assert not result.selected
    fig = new_figure(NARROW)
    draw_portfolio(fig, result)
    assert texts_of(fig) == [result.message]
    assert result.message
    assert fig.get_suptitle() == "Portfolio"


def test_binding_text_groups_countries_and_elements() -> None:
    assert binding_text(["budget"]) == "budget"
    assert (
        binding_text(
            ["max projects", "per country: Japan", "per country: Chile", "Dy in ≥ 2 countries", "Tb in ≥ 2 countries"]
        )
        == "max projects, per country (Japan, Chile), Dy, Tb in ≥ 2 countries"
    )
    assert binding_text([]) == ""


# --- every chart: empty, one project, PNG --------------------------------------------------------------------------

Draw = Callable[[Figure, Ranking], None]


def sweep_of(ranking: Ranking, fig: Figure, **options) -> None:
    draw_sweep(fig, weight_sweep(ranking), **options)


def acceptability_of(ranking: Ranking, fig: Figure, **options) -> None:
    draw_acceptability(fig, monte_carlo(ranking, samples=300, seed=1), **options)


def intervals_of(ranking: Ranking, fig: Figure, **options) -> None:
    draw_rank_intervals(fig, monte_carlo(ranking, samples=300, seed=1), **options)


def portfolio_of(ranking: Ranking, fig: Figure, **options) -> None:
    draw_portfolio(fig, build_portfolio(ranking, PortfolioConstraints(1500.0)), **options)


ALL_CHARTS = [("sweep", sweep_of), ("acceptability", acceptability_of), ("intervals", intervals_of),
              ("portfolio", portfolio_of)]  # fmt: skip


@pytest.mark.parametrize(("name", "draw"), ALL_CHARTS)
@pytest.mark.parametrize("make", [nothing_scored, nothing_loaded])
def test_empty_input_shows_a_message(name: str, draw, make, tmp_path: Path) -> None:
    fig = new_figure((6, 4))
    draw(make(), fig)
    texts = texts_of(fig)
    assert len(texts) == 1
    assert texts[0].startswith(("No project", "There are no scored projects"))
    assert fig.get_suptitle()
    render(fig, tmp_path / f"{name}.png")


@pytest.mark.parametrize(("name", "draw"), ALL_CHARTS)
def test_one_project_draws_a_plain_chart(name: str, draw, tmp_path: Path) -> None:
    fig = new_figure((6, 4))
    draw(one_project(), fig, highlight=["A"])
    render(fig, tmp_path / f"{name}.png")
    assert fig.axes
    assert fig.axes[0].has_data()
    assert_all_text_inside(fig)


def test_one_project_values() -> None:
    ranking = one_project()
    fig = new_figure((6, 4))
    draw_acceptability(fig, monte_carlo(ranking, samples=50, seed=1))
    np.testing.assert_allclose(segment_widths(fig), [[100.0]])
    fig = new_figure((6, 4))
    draw_sweep(fig, weight_sweep(ranking))
    for ax in fig.axes:
        assert not panel_lines(ax, "leader-changes")
        assert len(panel_lines(ax, "A")) == 1
    assert truncate(ranking.table["name"].iat[0], 10) != ranking.table["name"].iat[0]


@pytest.mark.parametrize(("name", "draw"), ALL_CHARTS)
def test_redrawing_replaces_the_previous_chart(name: str, draw, sample: Ranking) -> None:
    fig = new_figure()
    draw(sample, fig)
    count = len(fig.axes)
    legends = len(fig.legends)
    draw(sample, fig)
    assert len(fig.axes) == count
    assert len(fig.legends) == legends
    assert fig.get_layout_engine() is not None


@pytest.mark.parametrize("size", [WIDE, NARROW])
@pytest.mark.parametrize(("name", "draw"), ALL_CHARTS)
def test_sample_charts_are_legible(name: str, draw, size: tuple[float, float], sample: Ranking) -> None:
    fig = new_figure(size)
    draw(sample, fig, highlight=[sample.table["project_id"].iat[0]])
    assert_all_text_inside(fig)
    legends_clear_of_axes(fig)


@pytest.mark.parametrize(("name", "draw"), ALL_CHARTS)
def test_render_png_at_100_and_200_dpi(name: str, draw, sample: Ranking, tmp_path: Path) -> None:
    from PIL import Image

    sizes = []
    for dpi in (100, 200):
        path = render_png(lambda fig, ranking: draw(ranking, fig), sample, tmp_path / f"{name}_{dpi}.png", dpi=dpi)
        with Image.open(path) as image:
            sizes.append(image.size)
    assert sizes == [(1000, 650), (2000, 1300)]
