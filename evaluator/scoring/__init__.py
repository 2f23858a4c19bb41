"""Floor 3: METHOD.md §2–§3 as small pure functions — LCOP, risk, coverage, normalisation, the aggregation
methods, filters, the Pareto front, the explanation of a score — and :func:`ranking.score`, which composes them.
"""
