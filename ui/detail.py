"""Project detail: inputs, LCOP build-up and "why this rank", from :func:`evaluator.scoring.explain.explain`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from evaluator.model.criteria import CRITERION_COLOURS
from evaluator.scoring.explain import Explanation, explain
from ui.state import AppState


class DetailPanel(QTextBrowser):
    """Shows the first selected project; a placeholder when nothing is selected."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("project detail"))
        # Shown as wrapped text, not as a placeholder: Qt draws a placeholder on one line, cut at the panel's edge.
        self.hint = self.tr("Select a project to see its inputs, LCOP build-up and why it ranks where it does.")
        state.ranking_changed.connect(self.refresh)
        state.selection_changed.connect(self.refresh)
        self._show_hint()

    def _show_hint(self) -> None:
        colour = self.palette().placeholderText().color().name()  # the palette's, so high-contrast themes hold
        self.setHtml(f"<p style='color:{colour}'>{escape(self.hint)}</p>")

    def refresh(self) -> None:
        ranking = self.state.ranking
        ids = self.state.selected_ids
        position = ranking.position_of(ids[0]) if ranking is not None and ids else None
        if position is None:
            if ranking is not None and ids:
                text = self.tr("<b>{project}</b> is filtered out under the current settings.")
                self.setHtml(f"<p>{text.format(project=escape(self._name_of(ids[0])))}</p>")
            else:
                self._show_hint()
            return
        self.setHtml(render(explain(ranking, position)))

    def _name_of(self, project_id: str) -> str:
        """The project's name for a sentence (ids may be generated ``row-13``; names are what people read)."""
        dataset = self.state.dataset
        if dataset is None:
            return project_id
        names = dataset.projects.loc[dataset.projects["project_id"] == project_id, "name"]
        return str(names.iat[0]) if len(names) else project_id


def render(item: Explanation) -> str:
    """HTML for one explanation (Qt's rich-text subset), headings in the user's language."""
    translate = QCoreApplication.translate
    method = translate("DetailPanel", "weighted sum") if item.method == "wsm" else "TOPSIS"
    names = {
        "cost": translate("DetailPanel", "Cost"),
        "risk": translate("DetailPanel", "Risk"),
        "coverage": translate("DetailPanel", "Coverage"),
    }
    bars = "".join(
        f"<tr><td>{names[c.criterion]}</td><td align='right'>{c.weight:.0%}</td>"
        f"<td align='right'>{c.score:.1f}</td><td align='right'><b>{c.contribution:.1f}</b></td>"
        f"<td style='white-space:nowrap'><span style='color:{CRITERION_COLOURS[c.criterion]}'>"
        f"{'█' * max(0, round(c.contribution / 4))}</span>"
        "</td></tr>"
        for c in item.contributions
    )
    inputs = "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in item.inputs)

    def para(lines: list[str]) -> str:
        return "".join(f"<p style='margin:2px 0'>{escape(line)}</p>" for line in lines)

    def heading(text: str) -> str:
        return f"<h4>{escape(text)}</h4>"

    assumptions = heading(translate("DetailPanel", "Assumed")) + para(item.assumptions) if item.assumptions else ""
    cost_heading = (
        translate("DetailPanel", "Cost per dollar of value added")
        if item.cost_basis == "value"
        else translate("DetailPanel", "Cost (LCOP build-up)")
    )
    coverage_bars = "".join(
        f"<tr><td>{escape(symbol)}</td><td align='right'>{tonnes:,.0f} / {target:,.0f} t</td>"
        f"<td style='white-space:nowrap'><span style='color:{CRITERION_COLOURS['coverage']}'>"
        f"{'█' * round(10 * min(1.0, tonnes / target))}</span><span style='color:#bbbbbb'>"
        f"{'░' * (10 - round(10 * min(1.0, tonnes / target)))}</span></td></tr>"
        for symbol, tonnes, target in item.coverage_bars
    )
    bar_table = f"<table cellspacing='3'>{coverage_bars}</table>" if coverage_bars else ""
    summary = translate("DetailPanel", "<b>Rank {rank} of {total}</b> · overall <b>{overall}</b> ({method})").format(
        rank=item.rank, total=item.of, overall=f"{item.overall:.1f}", method=method
    )
    header = "".join(
        f"<th>{escape(text)}</th>"
        for text in (
            translate("DetailPanel", "Criterion"),
            translate("DetailPanel", "Weight"),
            translate("DetailPanel", "Score"),
            translate("DetailPanel", "Adds"),
            "",
        )
    )
    return (
        f"<h3>{escape(item.name)}</h3><p>{summary}</p>"
        + heading(translate("DetailPanel", "Why this rank"))
        + f"<table cellspacing='3'><tr>{header}</tr>{bars}</table>"
        + para(item.comparison)
        + assumptions
        + heading(cost_heading)
        + para(item.lcop_lines)
        + heading(translate("DetailPanel", "Geopolitical risk"))
        + para(item.risk_lines)
        + heading(translate("DetailPanel", "Element coverage"))
        + bar_table
        + para(item.coverage_lines)
        + heading(translate("DetailPanel", "Inputs"))
        + f"<table cellspacing='3'>{inputs}</table>"
    )
