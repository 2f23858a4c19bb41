"""Print a workbook's ranking under METHOD.md v2's defaults beside version 1's, as a Markdown table.

Why: docs/ranking-real-projects.md shows how version 2 reorders real projects; the table is generated, never typed,
so it can be rebuilt whenever the method or the workbook changes:
``python scripts/ranking_table.py resources/sample/ree_real_projects_2025.xlsx``.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from evaluator.inputs.load import load_workbook
from evaluator.model.parameters import preset
from evaluator.scoring.ranking import score


def _number(value: float, pattern: str) -> str:
    return "—" if value is None or not math.isfinite(value) else pattern.format(value)


def markdown(path: Path) -> str:
    dataset = load_workbook(path)
    v2 = score(dataset).table
    v1_rank = dict(zip(score(dataset, preset("v1")).table["project_id"], range(1, len(dataset) + 1), strict=True))
    lines = [
        "| v2 | v1 | project | type · stage | output | value added $/kg | k | NPV $m | IRR | π | cost | risk | "
        "coverage | overall |",
        "|---:|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for _, row in v2.iterrows():
        lines.append(
            f"| {row['rank']} | {v1_rank[row['project_id']]} | {row['name']} | {row['facility_type']} · "
            f"{row['stage']} | {row['output_form']} | {_number(row['value_added_usd_per_kg'], '{:.1f}')} | "
            f"{_number(row['cost_to_value'], '{:.2f}')} | {_number(row['npv_musd'], '{:,.0f}')} | "
            f"{_number(row['irr'], '{:.0%}')} | {row['delivery_probability']:.2f} | {row['cost_score']:.1f} | "
            f"{row['risk_score']:.1f} | {row['coverage_score']:.1f} | {row['overall']:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook", type=Path)
    print(markdown(parser.parse_args().workbook))


if __name__ == "__main__":
    main()
