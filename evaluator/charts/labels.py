"""Place point labels so they overlap neither each other nor the other markers, and stay inside the axes.

Projects on a Pareto front often sit close together (two plants with nearly the same cost and risk), so a fixed
offset makes their names collide. A greedy search over a few offsets, scored in display space after the layout
has settled, is enough for the handful of labels a chart carries and needs no extra dependency. Each text is
measured once from its font outlines; candidate boxes are then plain arithmetic in points.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from evaluator.charts.common import figure_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Annotation

#: Unit directions tried around a marker, nearest first: right, left, up, down, the diagonals, then steeper ones.
_DIRECTIONS = np.array(
    [
        (1, 0),
        (-1, 0),
        (0, 1),
        (0, -1),
        (0.71, 0.71),
        (-0.71, 0.71),
        (0.71, -0.71),
        (-0.71, -0.71),
        (0.38, 0.92),
        (-0.38, 0.92),
        (0.38, -0.92),
        (-0.38, -0.92),
    ]
)
#: Distances (in multiples of the font size) beyond the marker's edge; beyond the first ring a leader line
#: joins label and marker.
_RINGS: tuple[float, ...] = (0.3, 1.6, 3.2, 5.0, 7.0, 10.0, 14.0)
#: Costs, per square point unless said otherwise. Labels on labels and labels outside the axes are all but banned.
_LABEL_PENALTY = 1e6
_OUTSIDE_PENALTY = 1e6
#: Per square point of marker or line a label covers (labels have a white backing, so a little is tolerable).
_MARKER_PENALTY = 1.5
#: Each font size of distance from the marker costs this share of the label's own area: a short leader beats
#: covering a bubble, a long one does not.
_DISTANCE_PENALTY = 0.03
#: Per square point of an earlier label's leader line that a label covers: a label on a leader reads as its end.
_ON_LEADER_PENALTY = 1e3
#: Per sample point (every :data:`_STEP_PT`) of a leader line running through another label, or another marker.
_LEADER_PENALTY = 2e3
_LEADER_MARKER_PENALTY = 100.0
#: Clear space (points) kept around each label, and around other markers so that a label is not read as theirs.
#: The margin also keeps labels apart when the final layout pass or a resized window moves the data a little
#: (offsets are fixed in points while the distances between points change).
_MARGIN_PT = 2.0
_CLEARANCE_PT = 3.0
_STROKE_PT = 1.5
#: Lines and leaders are avoided as rows of dots this far apart (points, so the result does not depend on DPI).
_STEP_PT = 2.0
_BACKING = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.75}


@dataclass(frozen=True)
class Label:
    """A text to put next to the data point ``(x, y)`` whose marker has radius ``radius_pt`` (points)."""

    x: float
    y: float
    text: str
    radius_pt: float = 0.0
    bold: bool = False


@dataclass(frozen=True)
class Spot:
    """Where a label goes: offset from its point (points), alignment, and ring (0 = next to the marker)."""

    dx: float
    dy: float
    ha: str
    va: str
    ring: int


@dataclass(frozen=True)
class _Options:
    """One label's candidate spots, their display boxes and leader points, and what each costs on its own."""

    spots: list[Spot]
    boxes: np.ndarray
    leaders: list[np.ndarray]
    cost: np.ndarray


def place_labels(
    ax: Axes,
    labels: Sequence[Label],
    obstacles: np.ndarray,
    obstacle_radii_pt: np.ndarray,
    *,
    lines: Sequence[np.ndarray] = (),
    fontsize: str = "medium",
    tries: int = 12,
) -> list[Annotation]:
    """Annotate ``ax`` with ``labels`` and return the annotations (bold labels are placed first).

    ``obstacles`` are data points (n × 2) with marker radii in points that labels should avoid, ``lines`` are data
    polylines (m × 2) they should not cover. Greedy placement depends on the order, so ``tries`` orders are tried
    (the given one, then seeded shuffles: the result is reproducible) and the cheapest layout wins. Everything is
    worked out in points, with text measured from the font outlines, so a chart gets the same labels at 100 and
    200 dpi. Call after every other artist is on the figure: the layout is settled first.
    """
    fig = figure_of(ax)
    fig.draw_without_rendering()
    px_per_pt = fig.dpi / 72.0

    def to_points(xy: np.ndarray) -> np.ndarray:
        return ax.transData.transform(xy) / px_per_pt

    centres = to_points(obstacles) if len(obstacles) else np.zeros((0, 2))
    markers = _circle_boxes(centres, np.asarray(obstacle_radii_pt, dtype=float) + _CLEARANCE_PT)
    strokes = [_circle_boxes(_sample(to_points(line)), _STROKE_PT) for line in lines if len(line)]
    frame = np.array(ax.get_window_extent().extents) / px_per_pt
    options = []
    for label in labels:
        centre = to_points(np.array([(label.x, label.y)]))[0]
        others = ~np.all(np.isclose(centres, centre), axis=1) if len(centres) else np.zeros(0, dtype=bool)
        options.append(
            _options(label, centre, fontsize=fontsize, frame=frame, markers=markers[others], strokes=strokes)
        )
    best: tuple[float, list[int]] | None = None
    for order in _orders(labels, tries):
        total, chosen = _greedy(options, order)
        if best is None or total < best[0] - 1e-9:
            best = (total, chosen)
    chosen = best[1] if best else []
    return [_annotation(ax, label, options[i].spots[chosen[i]], fontsize) for i, label in enumerate(labels)]


def _options(
    label: Label,
    centre: np.ndarray,
    *,
    fontsize: str,
    frame: np.ndarray,
    markers: np.ndarray,
    strokes: list[np.ndarray],
) -> _Options:
    """Every candidate spot of one label, with the cost that does not depend on the other labels."""
    size, font_pt = _text_size(label, fontsize)
    spots = _candidates(label, font_pt)
    boxes = np.array([_box(centre, spot, size) for spot in spots])
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    leaders = [_leader(centre, box) if spot.ring else np.zeros((0, 2)) for spot, box in zip(spots, boxes, strict=True)]
    cost = _DISTANCE_PENALTY * np.array([_RINGS[spot.ring] for spot in spots]) * area
    cost += _OUTSIDE_PENALTY * (area - _overlap_areas(boxes, frame[None, :])[:, 0])
    cost += _MARKER_PENALTY * _overlap_areas(boxes, np.vstack([markers, *strokes])).sum(axis=1)
    cost += _LEADER_MARKER_PENALTY * np.array([_points_inside(leader, markers) for leader in leaders])
    return _Options(spots, boxes, leaders, cost)


def _orders(labels: Sequence[Label], tries: int) -> list[list[int]]:
    """The given order, then seeded shuffles; bold (highlighted) labels always come first."""
    bold = [i for i, label in enumerate(labels) if label.bold]
    rest = [i for i, label in enumerate(labels) if not label.bold]
    rng = np.random.default_rng(0)
    orders = [bold + rest]
    for _ in range(max(tries, 1) - 1):
        orders.append([int(i) for i in rng.permutation(bold)] + [int(i) for i in rng.permutation(rest)])
    return orders


def _greedy(options: list[_Options], order: list[int]) -> tuple[float, list[int]]:
    """Place labels one by one in ``order``, each at its cheapest spot given those before; total cost and picks."""
    chosen = [0] * len(options)
    placed = np.zeros((0, 4))
    leaders = np.zeros((0, 4))
    total = 0.0
    for i in order:
        option = options[i]
        cost = option.cost + _LABEL_PENALTY * _overlap_areas(option.boxes, placed).sum(axis=1)
        cost += _ON_LEADER_PENALTY * _overlap_areas(option.boxes, leaders).sum(axis=1)
        if len(placed):
            cost += _LEADER_PENALTY * np.array([_points_inside(leader, placed) for leader in option.leaders])
        k = int(np.argmin(cost))  # first of equals: the nearest, most natural spot
        chosen[i] = k
        total += float(cost[k])
        placed = np.vstack([placed, option.boxes[k]])
        if option.spots[k].ring:
            leaders = np.vstack([leaders, _circle_boxes(option.leaders[k], _STROKE_PT)])
    return total, chosen


def _candidates(label: Label, font_pt: float) -> list[Spot]:
    """Offsets (points), alignments and ring index, nearest first."""
    out = []
    for ring, distance in enumerate(_RINGS):
        reach = label.radius_pt + distance * font_pt
        for dx, dy in _DIRECTIONS:
            ha = "left" if dx > 0.1 else "right" if dx < -0.1 else "center"
            va = "bottom" if dy > 0.1 else "top" if dy < -0.1 else "center"
            out.append(Spot(float(dx * reach), float(dy * reach), ha, va, ring))
    return out


def _box(centre: np.ndarray, spot: Spot, size: np.ndarray) -> np.ndarray:
    """The text's box (points) at ``spot``, grown by the margin; alignment as matplotlib applies it."""
    x, y = centre[0] + spot.dx, centre[1] + spot.dy
    x0 = {"left": x, "center": x - size[0] / 2, "right": x - size[0]}[spot.ha]
    y0 = {"bottom": y, "center": y - size[1] / 2, "top": y - size[1]}[spot.va]
    return np.array([x0 - _MARGIN_PT, y0 - _MARGIN_PT, x0 + size[0] + _MARGIN_PT, y0 + size[1] + _MARGIN_PT])


def _text_size(label: Label, fontsize: str) -> tuple[np.ndarray, float]:
    """Width and height (points) of the label's text, from the font outlines: the same at every DPI.

    Agg's hinted extent can be up to ~2 % wider, and a line box is ~1.05 em high, so both are rounded up.
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    prop = FontProperties(size=fontsize, weight="bold" if label.bold else "normal")
    font_pt = float(prop.get_size_in_points())
    width, _height, _descent = text_to_path.get_text_width_height_descent(label.text, prop, ismath=False)
    return np.array([1.03 * width, 1.1 * font_pt]), font_pt


def _annotation(ax: Axes, label: Label, spot: Spot, fontsize: str) -> Annotation:
    """The label at ``spot``; beyond the first ring a thin leader line joins it to its marker."""
    arrow = {"arrowstyle": "-", "color": "0.35", "linewidth": 0.8, "shrinkA": 1, "shrinkB": 0} if spot.ring else None
    return ax.annotate(
        label.text,
        xy=(label.x, label.y),
        xytext=(spot.dx, spot.dy),
        textcoords="offset points",
        ha=spot.ha,
        va=spot.va,
        fontsize=fontsize,
        fontweight="bold" if label.bold else "normal",
        arrowprops=arrow,
        bbox=_BACKING,
        zorder=5,
        gid="point-label",
    )


def _circle_boxes(centres: np.ndarray, radii: np.ndarray | float) -> np.ndarray:
    """Bounding squares (x0, y0, x1, y1) of circular markers."""
    if not len(centres):
        return np.zeros((0, 4))
    r = np.broadcast_to(radii, (len(centres),))[:, None]
    return np.hstack([centres - r, centres + r])


def _sample(polyline: np.ndarray, step: float = _STEP_PT) -> np.ndarray:
    """Points every ``step`` along a polyline (points), so a line can be avoided like a row of dots."""
    pieces = [polyline[:1]]
    for start, end in itertools.pairwise(polyline):
        count = max(int(np.hypot(*(end - start)) / step), 1)
        pieces.append(start + (end - start) * (np.arange(1, count + 1) / count)[:, None])
    return np.vstack(pieces)


def _leader(centre: np.ndarray, box: np.ndarray) -> np.ndarray:
    """Points along the leader matplotlib draws: from the marker towards the label's centre, up to the label."""
    middle = np.array([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2])
    points = _sample(np.array([centre, middle]))
    return points[_points_in_box(points, box) == 0]


def _overlap_areas(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Pairwise overlap areas (len(boxes) × len(others))."""
    w = np.minimum(boxes[:, None, 2], others[None, :, 2]) - np.maximum(boxes[:, None, 0], others[None, :, 0])
    h = np.minimum(boxes[:, None, 3], others[None, :, 3]) - np.maximum(boxes[:, None, 1], others[None, :, 1])
    return np.clip(w, 0, None) * np.clip(h, 0, None)


def _points_in_box(points: np.ndarray, box: np.ndarray) -> np.ndarray:
    x, y = points[:, 0], points[:, 1]
    return ((x > box[0]) & (x < box[2]) & (y > box[1]) & (y < box[3])).astype(int)


def _points_inside(points: np.ndarray, boxes: np.ndarray) -> int:
    """How many (point, box) pairs have the point inside the box."""
    if not len(points) or not len(boxes):
        return 0
    x, y = points[:, 0, None], points[:, 1, None]
    inside = (x > boxes[:, 0]) & (x < boxes[:, 2]) & (y > boxes[:, 1]) & (y < boxes[:, 3])
    return int(inside.sum())
