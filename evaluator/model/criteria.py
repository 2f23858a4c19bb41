"""The three criteria of METHOD.md §3, each declared once: key, label and colour (issue 10.5).

The order is the method's (cost, risk, coverage): weights, sub-scores and contributions follow it everywhere. The
label is English, marked for the translation catalogue (context "Charts"; ``charts.common.criterion_label`` and the
window translate it). The colour is the criterion's in every chart and in the project detail: Okabe–Ito blue,
orange and bluish green, chosen for readers with colour-vision deficiency and for greyscale print
(:mod:`evaluator.charts.palette` gives the reasons). It sits here, below the charts, so the window can colour its
detail panel without importing matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaluator.base.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    colour: str


CRITERIA_SPEC: tuple[Criterion, ...] = (
    Criterion("cost", QT_TRANSLATE_NOOP("Charts", "Cost"), "#0072B2"),  # Okabe–Ito blue
    Criterion("risk", QT_TRANSLATE_NOOP("Charts", "Risk"), "#E69F00"),  # Okabe–Ito orange
    Criterion("coverage", QT_TRANSLATE_NOOP("Charts", "Coverage"), "#009E73"),  # Okabe–Ito bluish green
)
#: The criteria's keys in METHOD.md §3 order.
CRITERIA: tuple[str, ...] = tuple(criterion.key for criterion in CRITERIA_SPEC)
CRITERION_COLOURS: dict[str, str] = {criterion.key: criterion.colour for criterion in CRITERIA_SPEC}
CRITERION_LABELS: dict[str, str] = {criterion.key: criterion.label for criterion in CRITERIA_SPEC}
