"""Keeping three percentage weights summing to 100 while a person moves one of them."""

from __future__ import annotations


def rebalance(weights: tuple[float, float, float], index: int, value: float) -> tuple[float, float, float]:
    """Set weight ``index`` to ``value`` (0–100) and share the rest between the other two in their current ratio.

    Works in exact (float) percentages so that dragging a slider step by step keeps the others' ratio instead of
    drifting with each rounding; controls display :func:`as_percentages`. When both others are zero, the rest is
    split evenly, so a weight can be moved back down after reaching 100.
    """
    value = max(0.0, min(100.0, float(value)))
    others = [i for i in range(3) if i != index]
    rest = 100.0 - value
    a, b = weights[others[0]], weights[others[1]]
    share = a / (a + b) if a + b > 0 else 0.5
    result = [0.0, 0.0, 0.0]
    result[index] = value
    result[others[0]] = rest * share
    result[others[1]] = rest - rest * share
    return (result[0], result[1], result[2])


def as_percentages(weights: tuple[float, float, float]) -> tuple[int, int, int]:
    """Weights as whole percentages summing to exactly 100 (largest-remainder rounding)."""
    total = sum(weights)
    exact = [100.0 * w / total for w in weights] if total > 0 else [100 / 3] * 3
    floors = [int(x) for x in exact]
    order = sorted(range(3), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[: 100 - sum(floors)]:
        floors[i] += 1
    return (floors[0], floors[1], floors[2])
