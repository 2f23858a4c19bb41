"""Project detail: inputs, LCOP build-up and "why this rank", laid out from :func:`evaluator.explain.explain`."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from evaluator.explain import Explanation, explain
from ui.state import AppState

CRITERION_COLOURS = {"cost": "#0072B2", "risk": "#E69F00", "coverage": "#009E73"}  # Okabe–Ito, as the charts


class DetailPanel(QTextBrowser):
    """Shows the first selected project; a placeholder when nothing is selected."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setOpenExternalLinks(False)
        self.setAccessibleName("project detail")
        self.setPlaceholderText("Select a project to see its inputs, LCOP build-up and why it ranks where it does.")
        state.ranking_changed.connect(self.refresh)
        state.selection_changed.connect(self.refresh)

    def refresh(self) -> None:
        ranking = self.state.ranking
        ids = self.state.selected_ids
        position = ranking.position_of(ids[0]) if ranking is not None and ids else None
        if position is None:
            if ranking is not None and ids:
                self.setHtml(f"<p><b>{escape(ids[0])}</b> is filtered out under the current settings.</p>")
            else:
                self.clear()
            return
        self.setHtml(render(explain(ranking, position)))


def render(item: Explanation) -> str:
    """HTML for one explanation (Qt's rich-text subset)."""
    method = "weighted sum" if item.method == "wsm" else "TOPSIS"
    bars = "".join(
        f"<tr><td>{c.criterion.capitalize()}</td><td align='right'>{c.weight:.0%}</td>"
        f"<td align='right'>{c.score:.1f}</td><td align='right'><b>{c.contribution:.1f}</b></td>"
        f"<td style='white-space:nowrap'><span style='color:{CRITERION_COLOURS[c.criterion]}'>"
        f"{'█' * max(0, round(c.contribution / 4))}</span>"
        "</td></tr>"
        for c in item.contributions
    )
    inputs = "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in item.inputs)

    def para(lines: list[str]) -> str:
        return "".join(f"<p style='margin:2px 0'>{escape(line)}</p>" for line in lines)

    assumptions = "<h4>Assumed</h4>" + para(item.assumptions) if item.assumptions else ""
    return (
        f"<h3>{escape(item.name)}</h3>"
        f"<p><b>Rank {item.rank} of {item.of}</b> · overall <b>{item.overall:.1f}</b> ({method})</p>"
        "<h4>Why this rank</h4>"
        "<table cellspacing='3'><tr><th align='left'>Criterion</th><th>Weight</th><th>Score</th>"
        f"<th>Adds</th><th></th></tr>{bars}</table>"
        + para(item.comparison)
        + assumptions
        + "<h4>Cost (LCOP build-up)</h4>"
        + para(item.lcop_lines)
        + "<h4>Geopolitical risk</h4>"
        + para(item.risk_lines)
        + "<h4>Element coverage</h4>"
        + para(item.coverage_lines)
        + f"<h4>Inputs</h4><table cellspacing='3'>{inputs}</table>"
    )
