"""Small pieces every chart uses: starting a figure, the empty-chart message, labels that fit, shared wording.

Font sizes are the relative names matplotlib scales from ``rcParams["font.size"]`` (never point sizes), so the app
can make every chart larger in one place and a 200 % screen doubles them with the DPI.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from evaluator.scoring.ranking import Ranking

from evaluator.base import wording
from evaluator.base.i18n import QT_TRANSLATE_NOOP, translate
from evaluator.base.wording import counted
from evaluator.model.criteria import CRITERION_LABELS

TITLE_SIZE = "large"
LABEL_SIZE = "medium"
NOTE_SIZE = "medium"

#: Project names longer than this are cut with "…" so labels do not push the plot aside.
NAME_LIMIT = 36
#: Shortest a name is cut to on a narrow figure: still enough to recognise a project.
MIN_NAME_LIMIT = 14

_METHOD_NAMES = {
    "wsm": QT_TRANSLATE_NOOP("Charts", "weighted sum (WSM)"),
    "topsis": QT_TRANSLATE_NOOP("Charts", "TOPSIS closeness"),
}


def prepare(fig: Figure) -> None:
    """Clear ``fig`` and give it constrained layout, which keeps labels, legends and colorbars inside the canvas.

    What an earlier chart recorded for in-place updates (:mod:`evaluator.charts.inplace`) goes with the artists.
    """
    from evaluator.charts.inplace import forget

    use_cjk_fallback()
    text_is_data()
    forget(fig)
    fig.clear()
    fig.set_layout_engine("constrained")


#: Japanese fonts, by family name, then by file-name pattern (for fonts installed after matplotlib built its cache).
CJK_FAMILIES = (
    "IPAexGothic",
    "IPAGothic",
    "IPAPGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Yu Gothic",
    "Meiryo",
    "MS Gothic",
    "Hiragino Sans",
    "TakaoGothic",
    "VL Gothic",
)
CJK_FILES = re.compile(
    r"(ipaexg|ipag|ipagp|notosanscjk|notosansjp|yugoth|meiryo|msgothic|hiragino|takao|vl-gothic)", re.IGNORECASE
)


@cache
def text_is_data() -> None:
    """Chart text is the workbook's text (project names, sponsors): never parse it as mathtext (issue 9.9).

    With matplotlib's default a project named ``$$$$`` made every chart raise (and the GUI export fail), and
    ``$\\frac{a}{b}$`` drew a fraction. No chart of this app uses mathtext, so it is switched off once, for every
    text, rather than escaped at each of the places a name is drawn.
    """
    import matplotlib

    matplotlib.rcParams["text.parse_math"] = False


@cache
def use_cjk_fallback() -> tuple[str, ...]:
    """Let chart text fall back to an installed Japanese font for glyphs DejaVu Sans lacks; return its families.

    matplotlib (≥ 3.6) falls back glyph by glyph along ``font.family``; without a CJK family there, Japanese labels
    draw as empty boxes. Done once, on the first chart; nothing changes when no Japanese font is installed.
    """
    import matplotlib
    from matplotlib import font_manager

    def installed() -> list[str]:
        names = {entry.name for entry in font_manager.fontManager.ttflist}
        return [family for family in CJK_FAMILIES if family in names]

    families = installed()
    if not families:
        for path in font_manager.findSystemFonts():
            if CJK_FILES.search(Path(path).name):
                with contextlib.suppress(Exception):  # an unreadable font file is simply not used
                    font_manager.fontManager.addfont(path)
        families = installed()
    if families:
        current = list(matplotlib.rcParams["font.family"])
        matplotlib.rcParams["font.family"] = [*current, *(f for f in families if f not in current)]
        # Most Japanese fonts ship no bold face: matplotlib then logs "Failed to find font weight bold" for every
        # bold label and draws it in regular weight, which is right. Those lines reached the CLI's stderr as noise.
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    return tuple(families)


def title(fig: Figure, text: str) -> Text:
    """The chart title, centred on the figure, folded onto more lines when the figure is too narrow for it.

    A figure title rather than an axes title: an axes title is centred over the plot and runs off a narrow figure
    when the tick labels on the left are wide. ``text`` is already translated: the folding measures the text as
    drawn, and cuts inside words where a line has no space to break at (Japanese has none).
    """
    import textwrap

    heading = fig.suptitle(text, fontsize=TITLE_SIZE)
    room = 0.96 * fig.bbox.width
    width = heading.get_window_extent().width
    if width <= room:
        return heading
    longest = max(len(line) for line in text.splitlines())  # the measured width is that of the longest line
    chars = max(12, int(longest * room / width))
    parts = text.replace(" — ", "\n").splitlines()
    heading.set_text("\n".join(textwrap.fill(part, chars, break_long_words=True) for part in parts))
    return heading


def font_points(size: str = LABEL_SIZE) -> float:
    """A relative font size (``"medium"``) in points under the current rcParams."""
    from matplotlib.font_manager import FontProperties

    return float(FontProperties(size=size).get_size_in_points())


def figure_of(ax: Axes) -> Figure:
    """The figure ``ax`` is drawn on; the charts draw on whole figures, never on a ``SubFigure``."""
    from matplotlib.figure import Figure

    fig = ax.figure
    if not isinstance(fig, Figure):
        raise TypeError(f"charts are drawn on a whole Figure, not on a {type(fig).__name__}")
    return fig


def name_limit(fig: Figure, share: float = 0.33) -> int:
    """How many characters of a name fit in ``share`` of the figure's width (an average glyph is ~0.6 em)."""
    width_pt = fig.get_figwidth() * 72.0
    fit = int(width_pt * share / (0.6 * font_points()))
    return max(MIN_NAME_LIMIT, min(NAME_LIMIT, fit))


def rows_that_fit(fig: Figure, overhead_lines: float, *, pitch: float = 1.2) -> int:
    """How many rows of text fit down the figure after ``overhead_lines`` of titles, axes labels and legends."""
    height_pt = fig.get_figheight() * 72.0
    line = font_points()
    return max(1, int((height_pt - overhead_lines * line * 1.2) / (pitch * line)))


def shown_rows(n: int, wanted: int, total: int, *, definite: bool = False) -> str:
    """Which rows a title says are shown, and that the figure is too short when it cut ``wanted`` down to ``n``.

    ``definite`` words a partial list for the middle of a sentence ("the top 5 of 30" rather than "top 5 of 30").
    """
    if n == total:
        return counted(n, "project") if n == 1 else translate("Charts", "all {n} projects").format(n=n)
    if definite:
        text = translate("Charts", "the top {n} of {total}").format(n=n, total=total)
    else:
        text = translate("Charts", "top {n} of {total}").format(n=n, total=total)
    if n < wanted:
        return translate("Charts", "{shown} (enlarge to see {wanted})").format(shown=text, wanted=wanted)
    return text


def show_message(fig: Figure, message: str, *, heading: str = "") -> Axes:
    """A blank chart with ``message`` centred: what an empty ranking draws instead of raising (both texts are
    shown as given, so the caller translates them)."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    if heading:
        fig.suptitle(heading, fontsize=TITLE_SIZE)
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=LABEL_SIZE, transform=ax.transAxes)
    return ax


def empty_message(ranking: Ranking) -> str:
    """Why there is nothing to draw, in the words of the ranking's own filter report (METHOD.md §3)."""
    if len(ranking.dataset) == 0:
        return translate("Charts", "No projects loaded.")
    return translate("Charts", "No project to show.\n{filters}").format(filters=ranking.filter_summary())


def truncate(text: object, limit: int = NAME_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when something was cut."""
    text = "" if text is None else str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def rank_label(rank: int, name: object, limit: int = NAME_LIMIT) -> str:
    """``"1  Baltic Rare Earth Separation"``: the rank and the (shortened) name, as the ranking table shows them."""
    return f"{rank}  {truncate(name, limit)}"


def method_name(ranking: Ranking) -> str:
    """The aggregation method in words (METHOD.md §3)."""
    method = ranking.parameters.method
    return translate("Charts", _METHOD_NAMES[method]) if method in _METHOD_NAMES else method


def criterion_label(name: str) -> str:
    """How the charts name a criterion (``"cost"`` → ``"Cost"``), in the user's language."""
    return translate("Charts", CRITERION_LABELS[name]) if name in CRITERION_LABELS else name


def weight_labels(ranking: Ranking) -> dict[str, str]:
    """``criterion → "Cost 40 %"`` with the normalised weights in force, for legends."""
    return {
        name: translate("Charts", "{criterion} {weight} %").format(
            criterion=criterion_label(name), weight=f"{100 * weight:.0f}"
        )
        for name, weight in zip(CRITERION_LABELS, ranking.weights, strict=True)
    }


def join_list(items: Iterable[str]) -> str:
    """``"A, B, C"``: items run together with the list separator of the user's language."""
    return wording.join_list(list(items))


def emphasise(labels: Iterable[Text], ids: Iterable[str], highlight: Collection[str]) -> None:
    """Bold the tick labels (or texts) of the highlighted projects; ``labels`` and ``ids`` run in parallel."""
    chosen = set(highlight)
    for label, project_id in zip(labels, ids, strict=True):
        if project_id in chosen:
            label.set_fontweight("bold")
