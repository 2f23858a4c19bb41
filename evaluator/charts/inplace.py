"""Charts that follow a re-rank by changing their artists instead of being drawn again (issue 10.8).

Drawing a chart from scratch costs 100–900 ms, most of it in matplotlib building artists, laying the figure out
and rendering every text (Agg renders text glyph by glyph: ~1 ms a label). A weight change moves little: the ranking
chart's bar lengths, values and legend percentages, and in the cost–risk chart only which of two equally large
bubbles is on top. So a chart that supports it has an ``update`` beside its ``draw``: it changes the artists that a
full draw for the new inputs would draw differently and returns a :class:`Repaint` saying which parts of the image
changed; or it returns None when it cannot (another set of projects, another size, other wording), and the caller
draws from scratch.

The promise is that the result is the image a full draw for the same inputs makes, pixel for pixel
(tests/evaluator/charts/test_inplace.py compares them). Two things make that work:

* the layout is the one a full draw would find: an update either changes nothing the layout measures, or lays the
  figure out again from where a fresh figure starts (:func:`relayout`);
* only the changed regions are rendered again (:func:`repaint`): the figure is drawn with the artists known to lie
  outside those regions hidden (they are what costs), and only the regions are kept from that drawing; the rest of
  the image is the previous one. Inside a region the drawing starts from the bare figure background, in the
  figure's own z-order, as a full draw does. The chart is responsible for naming every region whose pixels may
  change, and for not hiding any artist that reaches into one.

Updates keep what they compare against in a :class:`Drawn` record per figure (:func:`remember`, :func:`recall`):
never on the figure itself, and forgotten when the figure is cleared or redrawn by a chart.
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox


@dataclass(frozen=True)
class Repaint:
    """What changed in a figure after an in-place update, for :func:`repaint`.

    ``regions`` are display boxes (pixels) whose content may have changed; empty: nothing visible changed and the
    image on the canvas is already right. ``None``: the whole figure must be rendered again (its layout is final, so
    it is rendered without running the layout engine again). ``hidden`` are artists that lie wholly outside every
    region: they are left out of the partial drawing, which is what makes it cheaper than a full one.
    """

    regions: tuple[Bbox, ...] | None
    hidden: tuple[Artist, ...] = ()

    @property
    def nothing(self) -> bool:
        return self.regions is not None and not self.regions


#: Only the whole image needs rendering again (its layout done by the update).
EVERYTHING = Repaint(None)
#: Nothing visible changed.
NOTHING = Repaint(())


@dataclass
class Drawn:
    """What a full draw of one chart left on a figure, for the next update to compare against.

    ``chart`` names the chart (an update never takes over another chart's figure), ``axes`` the axes it drew
    (a figure that no longer holds them was cleared), ``size`` the figure's size in pixels and DPI, ``key`` whatever
    else must be equal for an update to be possible (wording, fonts, the set of projects), ``data`` the chart's own.
    ``limits`` are the axes' view limits as drawn: a user who zoomed or panned with the toolbar gets a full draw,
    which resets the view, as before.
    """

    chart: str
    axes: Axes
    size: tuple[float, float, float]
    key: tuple[Any, ...]
    data: dict[str, Any] = field(default_factory=dict)
    limits: tuple[tuple[float, ...], ...] = ()


_DRAWN: weakref.WeakKeyDictionary[Figure, Drawn] = weakref.WeakKeyDictionary()


def figure_size(fig: Figure) -> tuple[float, float, float]:
    """Width and height in inches, and DPI: a figure drawn at another size lays out anew."""
    width, height = fig.get_size_inches()
    return float(width), float(height), float(fig.dpi)


def remember(fig: Figure, drawn: Drawn) -> None:
    """Record what a full draw drew on ``fig`` (replacing what an earlier draw recorded)."""
    drawn.limits = _limits(drawn.axes)
    _DRAWN[fig] = drawn


def forget(fig: Figure) -> None:
    """Drop the record: the next change of ``fig`` is a full draw (every chart's draw starts with this)."""
    _DRAWN.pop(fig, None)


def recall(fig: Figure, chart: str, key: tuple[Any, ...]) -> Drawn | None:
    """The record of ``chart`` on ``fig`` if an update may build on it: same chart, axes still there, same size,
    same ``key``; else None (the caller then draws from scratch)."""
    drawn = _DRAWN.get(fig)
    if drawn is None or drawn.chart != chart or drawn.axes not in fig.axes:
        return None
    if drawn.size != figure_size(fig) or drawn.key != key or drawn.limits != _limits(drawn.axes):
        return None
    return drawn


def _limits(axes: Axes) -> tuple[tuple[float, ...], ...]:
    return tuple(float(v) for v in axes.get_xlim()), tuple(float(v) for v in axes.get_ylim())


def renderer_of(fig: Figure) -> RendererAgg | None:
    """The renderer of ``fig``'s Agg canvas (the app's and the export's), or None on another canvas: an update
    measures text with it, so without one the caller draws from scratch."""
    get_renderer = getattr(fig.canvas, "get_renderer", None)
    return get_renderer() if get_renderer is not None else None


def all_but(fig: Figure, hidden: Sequence[Artist], boxes: Sequence[Bbox], *, grow: float = 2.0) -> Repaint:
    """Repaint everything except ``hidden``, unchanged artists that lie within ``boxes`` (display pixels).

    Each box is grown by ``grow`` pixels for antialiasing; the regions are the figure outside the boxes, cut into
    rectangles. The caller promises that nothing drawn inside a box changed.
    """
    from matplotlib.transforms import Bbox

    width, height = fig.bbox.width, fig.bbox.height
    holes = [(b.x0 - grow, b.y0 - grow, b.x1 + grow, b.y1 + grow) for b in boxes]
    edges = sorted({0.0, height, *(min(max(y, 0.0), height) for h in holes for y in (h[1], h[3]))})
    regions: list[Bbox] = []
    for bottom, top in itertools.pairwise(edges):
        if top <= bottom:
            continue
        cuts = sorted((h[0], h[2]) for h in holes if h[1] < top and h[3] > bottom)
        left = 0.0
        for x0, x1 in cuts:
            if x0 > left:
                regions.append(Bbox([[left, bottom], [min(x0, width), top]]))
            left = max(left, x1)
        if left < width:
            regions.append(Bbox([[left, bottom], [width, top]]))
    return Repaint(tuple(regions), tuple(hidden))


def relayout(fig: Figure, axes: Axes) -> None:
    """Lay the figure out as a full draw would: from the subplot's initial box, with the figure's layout engine.

    Constrained layout refines the positions it starts from (two passes), so starting from the previous result
    would not reproduce a fresh figure's layout to the last bit when a margin depends on the axes' size (the
    ranking chart's value labels running past 100). ``set_position`` also takes the axes out of the layout (it
    assumes a caller placing axes by hand), so they are put back in.
    """
    spec = axes.get_subplotspec()
    engine = fig.get_layout_engine()
    if spec is None or engine is None:
        return
    axes.set_position(spec.get_position(fig))
    axes.set_in_layout(True)
    engine.execute(fig)


@contextlib.contextmanager
def layout_suspended(fig: Figure) -> Iterator[None]:
    """Render without running the layout engine: the update left the layout final (running constrained layout
    again would refine it from there, a few hundredths of a pixel away from what a full draw finds)."""
    engine = fig.get_layout_engine()
    if engine is None:
        yield
        return
    fig.set_layout_engine("none")
    try:
        yield
    finally:
        fig.set_layout_engine(engine)


@contextlib.contextmanager
def _hidden(artists: Sequence[Artist]) -> Iterator[None]:
    visible = [artist.get_visible() for artist in artists]
    for artist in artists:
        artist.set_visible(False)
    try:
        yield
    finally:
        for artist, was in zip(artists, visible, strict=True):
            artist.set_visible(was)


def repaint(fig: Figure, renderer: RendererAgg, change: Repaint) -> None:
    """Bring ``renderer``'s image of ``fig`` (a complete rendering of the figure before the update) up to date.

    The figure is drawn with ``change.hidden`` left out; of that drawing only ``change.regions`` are kept, the
    rest of the image is restored from before. A region's pixels come out as in a full draw: the figure background,
    then every artist that reaches into it, in the figure's z-order.
    """
    if change.nothing:
        return
    if change.regions is None:
        renderer.clear()  # as FigureCanvasAgg.draw does
        with layout_suspended(fig):
            fig.draw(renderer)
        return
    before = renderer.copy_from_bbox(fig.bbox)
    renderer.clear()
    with layout_suspended(fig), _hidden(change.hidden):
        fig.draw(renderer)
    pieces = [renderer.copy_from_bbox(_pixels(region, fig)) for region in change.regions]
    renderer.restore_region(before)
    for piece in pieces:
        renderer.restore_region(piece)
    fig.stale = False


def _pixels(region: Bbox, fig: Figure) -> Bbox:
    """``region`` grown to whole pixels and cut to the figure (copy_from_bbox takes whole pixels)."""
    import math

    from matplotlib.transforms import Bbox

    width, height = fig.bbox.width, fig.bbox.height
    x0, y0 = max(0.0, math.floor(region.x0)), max(0.0, math.floor(region.y0))
    x1, y1 = min(width, math.ceil(region.x1)), min(height, math.ceil(region.y1))
    return Bbox([[x0, y0], [max(x0, x1), max(y0, y1)]])
