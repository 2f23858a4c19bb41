"""Floor 4: what is asked of a ranking — sensitivity and weight sweeps, Monte Carlo (METHOD.md §4), the
portfolio and its exact MILP (§5), winner stability and robustness.
"""
