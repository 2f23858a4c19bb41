"""The committee workbook's ``Reference data`` sheet (issue 11.7): the METHOD.md v2 tables a ranking used.

A committee reading a cost-to-value ratio or a coverage score must be able to see the numbers behind it without the
app: the price deck in force (with its basis: FOB China, CIF Europe, a floor), the form value factors, the stage
delivery probabilities and the supply-gap rows at the chain stages the scored projects supply — each row marked
``reference`` (bundled) or ``workbook`` (from the input's own sheet), and each table's source, date and licence as
its bundled header gives them.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from evaluator.outputs.xlsx import Column, write_table
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.breakdown import deck_prices
from evaluator.scoring.ranking import Ranking

_SOURCE_KEYS = ("title", "source", "year", "licence", "note")


def reference_sheet(workbook: Any, ranking: Ranking) -> None:
    """Write ``Reference data``: prices (the deck used), forms, stages, supply gap (stages in use), sources."""
    dataset = ranking.dataset
    params = ranking.parameters
    deck = params.price_deck
    prices = deck_prices(dataset, deck)
    priced = dataset.prices.frame
    origin = {row.symbol: row.origin for row in priced[priced["deck"].isin([deck, "*"])].itertuples()}
    price_rows = [
        [s, None if np.isnan(p) else float(p), origin.get(s, "")] for s, p in zip(SYMBOLS, prices, strict=True)
    ]

    forms = dataset.forms.frame
    form_rows = [[r.form, float(r.value_factor), r.origin] for r in forms.itertuples()]
    stages = dataset.stage_probabilities.frame
    stage_rows = [[r.stage, float(r.delivery_probability), r.origin] for r in stages.itertuples()]
    used = set(ranking.values["chain_stage"][ranking.scored]) if len(ranking) else set()
    gap = dataset.supply_gap.frame
    gap = gap[gap["stage"].isin(used)]
    gap_rows = [
        [r.symbol, r.stage, float(r.demand_tpa), float(r.exchina_supply_tpa),
         float(r.demand_tpa - r.exchina_supply_tpa), r.origin]
        for r in gap.itertuples()
    ]  # fmt: skip
    tables = {
        "prices.csv": dataset.prices.info,
        "forms.csv": dataset.forms.info,
        "stages.csv": dataset.stage_probabilities.info,
        "supply_gap.csv": dataset.supply_gap.info,
    }
    source_rows = [
        [table, key, info[key]]
        for table, info in tables.items()
        for key in (*_SOURCE_KEYS, "overridden")
        if info.get(key)
    ]
    write_table(
        workbook,
        "Reference data",
        [Column("Element", None, 9), Column("Price (USD/kg oxide)", "#,##0.00", 14), Column("From", None, 11)],
        price_rows,
        heading=(
            f"Reference data used for this ranking — price deck {deck}",
            f"Deck basis: {dataset.prices.basis(deck) or 'not stated'}. 'From': reference = bundled table, "
            "workbook = the input's own sheet. Target year "
            f"{params.target_year}; supply-gap rows at the chain stages the scored projects supply.",
        ),
        more_tables=[
            (
                "Form value factors (value of 1 kg REO in that form ÷ separated oxide)",
                [Column("Form", None, 12), Column("Value factor", "0.00", 10), Column("From", None, 11)],
                form_rows,
            ),
            (
                "Stage delivery probabilities π",
                [Column("Stage", None, 14), Column("Probability", "0%", 10), Column("From", None, 11)],
                stage_rows,
            ),
            (
                f"Allied supply gap in {params.target_year} (t/y REO)",
                [
                    Column("Element", None, 9),
                    Column("Chain stage", None, 10),
                    Column("Demand", "#,##0", 10),
                    Column("Ex-China supply", "#,##0", 12),
                    Column("Gap", "#,##0", 10),
                    Column("From", None, 11),
                ],
                gap_rows,
            ),
            (
                "Sources of the bundled tables",
                [Column("Table", None, 14), Column("Field", None, 10), Column("Text", None, 100, wrap=True)],
                source_rows,
            ),
        ],
    )
