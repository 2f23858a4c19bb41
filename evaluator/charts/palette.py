"""Colours every chart shares, chosen so that a reader with colour-vision deficiency or a greyscale print sees them.

Okabe & Ito (2008), "Color Universal Design", gives eight colours that stay apart for the common colour-vision
deficiencies. For the three criteria we take blue, bluish green and orange: simulated for deuteranopia (Machado
et al. 2009) every pair stays ≥ 56 ΔE apart, and their CIE L* (46, 58, 71) stays ≥ 12 apart, so they still differ
in greyscale. Continuous values use cividis, which is perceptually uniform and designed for the same readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.colors import Colormap
    from matplotlib.typing import LineStyleType

#: The Okabe–Ito colours by name. The criteria's own colours are declared with them, in
#: :mod:`evaluator.model.criteria` (blue, orange, bluish green; issue 10.5).
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

#: Colours for up to six compared projects, most distinct first; yellow is left out (too faint as a line on white).
SERIES_COLOURS: tuple[str, ...] = tuple(
    OKABE_ITO[name] for name in ("blue", "orange", "bluish_green", "vermillion", "reddish_purple", "sky_blue")
)
#: Line styles and markers paired with :data:`SERIES_COLOURS`, so series stay apart in greyscale too.
SERIES_LINESTYLES: tuple[LineStyleType, ...] = ("-", "--", "-.", ":", (0, (5, 1, 1, 1, 1, 1)), (0, (8, 2)))
SERIES_MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P")

#: The sequential colormap for continuous values (coverage score, criticality).
SEQUENTIAL = "cividis"

#: Edge and text colour that marks a project selected in the app.
HIGHLIGHT = OKABE_ITO["black"]
#: Thin edges, grid lines and secondary text.
EDGE = "0.3"
GRID = "0.85"
MUTED = "0.35"
#: Cells and areas that hold nothing (an element a project does not produce).
BLANK = "white"


def sequential() -> Colormap:
    """The shared sequential colormap (a copy, so a chart may set its "bad" colour without touching others)."""
    import matplotlib

    return matplotlib.colormaps[SEQUENTIAL].copy()


def criticality_colormap() -> Colormap:
    """Cividis reversed and stopped short of its lightest end, for covered cells of the coverage heat map.

    Reversed so the most critical elements get the most ink; stopped at 85 % so a covered element of weight 0
    (light olive, L* ≈ 80) is never mistaken for a blank cell. Masked cells (not covered) are :data:`BLANK`.
    """
    import numpy as np
    from matplotlib.colors import ListedColormap

    base = sequential()
    cmap = ListedColormap(base(np.linspace(0.85, 0.0, 256)), name="criticality")
    return cmap.with_extremes(bad=BLANK)
