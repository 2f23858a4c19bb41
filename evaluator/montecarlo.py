"""Monte Carlo rank acceptability (METHOD.md §4): how often each project lands at each rank when the weights and
the uncertain costs vary.

Per sample: weights ~ Dirichlet(α·w) around the analyst's weights; capex and opex ~ triangular(low, base, high)
where the workbook gives a range. Everything is vectorised over a batch of samples × projects (no Python loop over
samples or projects); batches bound the memory, and the caller can follow progress and cancel between batches.
The same seed, sample count and inputs give identical results.

Scope: the projects of the ranking (filters applied once, as in the deterministic ranking); risk and coverage do
not vary. Ties within a sample are broken like the deterministic ranking: overall score to 9 decimals, then the
base-case LCOP, then project_id, so with no spread the deterministic ranking comes back exactly.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from evaluator.i18n import translate
from evaluator.lcop import capital_charge, capital_recovery_factor
from evaluator.normalise import absolute_cost
from evaluator.parameters import CRITERIA
from evaluator.provenance import Provenance, provenance_of
from evaluator.ranking import TIE_TOLERANCE_DECIMALS, Ranking

#: Samples × projects per batch: ~4 million doubles per array keeps peak memory near a few hundred MB.
BATCH_CELLS = 4_000_000
#: Samples per batch at most, so progress moves and a cancel takes effect within a fraction of a second.
MAX_BATCH_SAMPLES = 20_000
#: Each batch runs as two halves on two threads (numpy releases the GIL in sorting and array arithmetic).
THREADS = 2


class AnalysisCancelledError(Exception):
    """The user cancelled a long analysis; nothing is reported."""


@dataclass(frozen=True)
class MonteCarloResult:
    """Rank statistics per project, rows in the order of the deterministic ranking."""

    project_ids: tuple[str, ...]
    names: tuple[str, ...]
    samples: int
    seed: int
    alpha: float
    method: str
    acceptability: np.ndarray  # (projects × ranks): P(rank = r + 1)
    mean_rank: np.ndarray
    rank_p5: np.ndarray
    rank_p95: np.ndarray
    varied: dict[str, int] = field(default_factory=dict)
    #: The data and parameters these samples were drawn for (issue 8.1: a stale result is never exported).
    provenance: Provenance | None = None

    def p_top(self, k: int) -> np.ndarray:
        """P(rank ≤ k) per project."""
        return self.acceptability[:, :k].sum(axis=1)

    def table(self) -> pd.DataFrame:
        """One row per project: P(top 1/3/5), mean rank, 5–95 % interval, deterministic rank."""
        return pd.DataFrame(
            {
                "rank": np.arange(1, len(self.project_ids) + 1),
                "project_id": list(self.project_ids),
                "name": list(self.names),
                "p_top1": self.p_top(1),
                "p_top3": self.p_top(3),
                "p_top5": self.p_top(5),
                "mean_rank": self.mean_rank,
                "rank_p5": self.rank_p5,
                "rank_p95": self.rank_p95,
            }
        )


def monte_carlo(
    ranking: Ranking,
    *,
    samples: int | None = None,
    seed: int | None = None,
    alpha: float | None = None,
    vary_weights: bool = True,
    vary_costs: bool = True,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MonteCarloResult:
    """Sample weights and costs; count how often each project takes each rank.

    ``samples``, ``seed`` and ``alpha`` default to the ranking's parameters (mc_samples, mc_seed, mc_alpha).
    Raises :class:`AnalysisCancelledError` when ``cancelled()`` turns true between batches.
    """
    params = ranking.parameters
    samples = params.mc_samples if samples is None else int(samples)
    seed = params.mc_seed if seed is None else int(seed)
    alpha = params.mc_alpha if alpha is None else float(alpha)
    model = _Model.from_ranking(ranking, vary_costs=vary_costs)
    n = model.n
    counts = np.zeros(n * n, dtype=np.int64)
    weights = np.asarray(ranking.weights, dtype=float)
    cells_per_sample = max(n, 1) * (len(CRITERIA) + 1 if params.method == "topsis" else 1)
    batch = max(1, min(samples, MAX_BATCH_SAMPLES, BATCH_CELLS // cells_per_sample))

    def chunk(batch_index: int, part: int, size: int) -> np.ndarray:
        """Rank counts of one half-batch; its own generator, so halves can run on two threads reproducibly."""
        rng = np.random.default_rng([seed, batch_index, part])
        w = _sample_weights(rng, weights, alpha, size) if vary_weights else np.tile(weights, (size, 1))
        positions = _rank_positions(model.overall(rng, w, params.method), model.tie_place)
        return np.bincount((np.arange(n) * n + positions).ravel(), minlength=n * n)

    done = 0
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        for batch_index in range(0, -(-samples // batch) if n else 0):
            size = min(batch, samples - done)
            halves = [size - size // 2, size // 2] if size > 1 else [size]
            jobs = [(batch_index, part, half) for part, half in enumerate(halves) if half]
            for part_counts in pool.map(lambda job: chunk(*job), jobs):
                counts += part_counts
            done += size
            if progress is not None:
                progress(
                    done / samples,
                    translate("MonteCarlo", "{done} of {samples} samples").format(
                        done=f"{done:,}", samples=f"{samples:,}"
                    ),
                )
            if cancelled is not None and cancelled() and done < samples:
                raise AnalysisCancelledError("Monte Carlo cancelled.")
    acceptability = counts.reshape(n, n) / max(done, 1)
    ranks = np.arange(1, n + 1)
    cumulative = np.cumsum(acceptability, axis=1)
    table = ranking.table
    return MonteCarloResult(
        project_ids=tuple(table["project_id"].astype(str)),
        names=tuple(table["name"].astype(str)),
        samples=done,
        seed=seed,
        alpha=alpha,
        method=params.method,
        acceptability=acceptability,
        mean_rank=acceptability @ ranks if n else np.zeros(0),
        rank_p5=_quantile_rank(cumulative, 0.05),
        rank_p95=_quantile_rank(cumulative, 0.95),
        varied={"weights": int(vary_weights), "capex_ranges": model.capex_ranged, "opex_ranges": model.opex_ranged},
        provenance=provenance_of(ranking),
    )


def _quantile_rank(cumulative: np.ndarray, q: float) -> np.ndarray:
    """Smallest rank whose cumulative probability reaches ``q`` (exact for the discrete rank distribution)."""
    if cumulative.size == 0:
        return np.zeros(0, dtype=int)
    return np.argmax(cumulative >= q - 1e-12, axis=1) + 1


def _sample_weights(rng: np.random.Generator, weights: np.ndarray, alpha: float, size: int) -> np.ndarray:
    """Dirichlet(α·w) on the criteria with positive weight; a zero weight stays zero (Dirichlet needs α_k > 0)."""
    active = weights > 0
    out = np.zeros((size, len(weights)))
    if active.sum() == 1:
        out[:, active] = 1.0
    else:
        out[:, active] = rng.dirichlet(alpha * weights[active], size=size)
    return out


def _triangular(rng: np.random.Generator, low: np.ndarray, mode: np.ndarray, high: np.ndarray, size: int) -> np.ndarray:
    """Triangular samples by the inverse CDF (vectorised; faster than Generator.triangular, and allows low = mode)."""
    u = rng.random((size, len(mode)))
    span = high - low
    split = np.divide(mode - low, span, out=np.zeros_like(span), where=span > 0)
    left = u < split
    v = np.where(left, u * (span * (mode - low)), (1.0 - u) * (span * (high - mode)))
    np.sqrt(v, out=v)
    return np.where(left, low + v, high - v)


def _rank_positions(overall: np.ndarray, tie_place: np.ndarray) -> np.ndarray:
    """(samples × projects) 0-based rank of each project in each sample.

    The sort key is one int64 per cell, the overall score to 9 decimals then the tie-break place, so a plain
    (fast, unstable) sort gives exactly the deterministic tie rule.
    """
    n = overall.shape[1]
    scaled = np.rint(overall * 10**TIE_TOLERANCE_DECIMALS).astype(np.int64)
    key = -(scaled * n + (n - 1 - tie_place))  # higher score first; among equals, lower tie place first
    order = np.argsort(key, axis=1)
    positions = np.empty_like(order)
    np.put_along_axis(positions, order, np.arange(n, dtype=order.dtype)[None, :].repeat(len(key), 0), axis=1)
    return positions


@dataclass(frozen=True)
class _Model:
    """What a sample needs from the ranking: fixed sub-scores, cost inputs and their ranges, the tie order."""

    n: int
    risk: np.ndarray
    coverage: np.ndarray
    capacity: np.ndarray
    capex: tuple[np.ndarray, np.ndarray, np.ndarray]
    opex: tuple[np.ndarray, np.ndarray, np.ndarray]
    capex_ranged: int
    opex_ranged: int
    crf: float
    utilisation: float
    normalisation: str
    lcop_bounds: tuple[float, float]
    tie_place: np.ndarray

    @classmethod
    def from_ranking(cls, ranking: Ranking, *, vary_costs: bool) -> _Model:
        from evaluator.sensitivity import _tie_order

        table = ranking.table
        params = ranking.parameters

        def spread(base: str, low: str, high: str) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], int]:
            mode = table[base].to_numpy(dtype=float)
            lo = np.fmin(table[low].to_numpy(dtype=float), mode)  # NaN (no estimate) → the base value
            hi = np.fmax(table[high].to_numpy(dtype=float), mode)
            if not vary_costs:
                lo, hi = mode.copy(), mode.copy()
            return (lo, mode, hi), int(np.count_nonzero(hi > lo))

        capex, capex_ranged = spread("capex_musd", "capex_low_musd", "capex_high_musd")
        opex, opex_ranged = spread("opex_usd_per_kg", "opex_low_usd_per_kg", "opex_high_usd_per_kg")
        return cls(
            n=len(table),
            risk=table["risk_score"].to_numpy(dtype=float),
            coverage=table["coverage_score"].to_numpy(dtype=float),
            capacity=table["capacity_tpa"].to_numpy(dtype=float),
            capex=capex,
            opex=opex,
            capex_ranged=capex_ranged,
            opex_ranged=opex_ranged,
            crf=capital_recovery_factor(params.discount_rate, params.life_years),
            utilisation=params.utilisation,
            normalisation=params.normalisation,
            lcop_bounds=(params.lcop_lo, params.lcop_hi),
            tie_place=_tie_order(ranking),
        )

    def _draw(self, rng: np.random.Generator, triple: tuple[np.ndarray, np.ndarray, np.ndarray], size: int):
        low, mode, high = triple
        ranged = np.flatnonzero(high > low)
        values = np.broadcast_to(mode, (size, self.n)).copy()
        if ranged.size:
            values[:, ranged] = _triangular(rng, low[ranged], mode[ranged], high[ranged], size)
        return values

    def cost_scores(self, rng: np.random.Generator, size: int) -> np.ndarray:
        capex = self._draw(rng, self.capex, size)
        opex = self._draw(rng, self.opex, size)
        lcop = capital_charge(capex, self.capacity, self.crf, self.utilisation) + opex
        if self.normalisation == "absolute":
            return absolute_cost(lcop, *self.lcop_bounds)
        # As normalise.minmax_cost, row by row: non-finite LCOPs score 0 and stay out of min and max.
        finite = np.isfinite(lcop)
        if finite.all():
            low = lcop.min(axis=1, keepdims=True)
            high = lcop.max(axis=1, keepdims=True)
        else:
            masked = np.where(finite, lcop, np.nan)
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows: nobody scores
                low = np.nanmin(masked, axis=1, keepdims=True)
                high = np.nanmax(masked, axis=1, keepdims=True)
        span = high - low
        flat = span <= 1e-9 * np.maximum(1.0, np.abs(high))
        with np.errstate(all="ignore"):
            scores = np.where(flat, 100.0, (high - lcop) / np.where(flat, 1.0, span) * 100.0)
        return np.where(finite, scores, 0.0)

    def overall(self, rng: np.random.Generator, weights: np.ndarray, method: str) -> np.ndarray:
        """(samples × projects) overall scores for one batch."""
        cost = self.cost_scores(rng, len(weights))
        if method == "wsm":
            return weights[:, 0:1] * cost + weights[:, 1:2] * self.risk + weights[:, 2:3] * self.coverage
        return _topsis_batch(cost, self.risk, self.coverage, weights)


def _topsis_batch(cost: np.ndarray, risk: np.ndarray, coverage: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """TOPSIS for every sample at once, as :func:`evaluator.methods.topsis` does for one."""
    size, n = cost.shape
    matrix = np.empty((size, n, len(CRITERIA)))
    matrix[:, :, 0] = cost
    matrix[:, :, 1] = risk
    matrix[:, :, 2] = coverage
    norms = np.sqrt((matrix * matrix).sum(axis=1, keepdims=True))
    weighted = matrix / np.where(norms > 0, norms, 1.0) * weights[:, None, :]
    ideal = weighted.max(axis=1, keepdims=True)
    anti = weighted.min(axis=1, keepdims=True)
    d_plus = np.sqrt(((weighted - ideal) ** 2).sum(axis=2))
    d_minus = np.sqrt(((weighted - anti) ** 2).sum(axis=2))
    total = d_plus + d_minus
    return np.where(total > 0, 100.0 * d_minus / np.where(total > 0, total, 1.0), 100.0)
