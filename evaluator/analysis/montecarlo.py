"""Monte Carlo rank acceptability (METHOD.md §4): how often each project lands at each rank when the weights and
the uncertain costs vary.

Per sample (METHOD.md v2 §4, each source switchable): weights ~ Dirichlet(α·w) around the analyst's weights;
capex and opex from a two-piece normal through P10 (low), base and P90 (high), floored at 10 % of base
(``mc_costs = p10p90``; version 1's triangular(low, base, high) with ``triangular``); one lognormal capex factor per
sample shared by every project (``mc_common_capex``: overruns move together); each element's price × a lognormal
factor, the same for every project (``mc_prices``: a market), which moves value added and so the cost score; and
each project delivering with its probability π, all its tonnes or none (``mc_schedule``), which moves coverage.
Version 1's draws (triangular costs, nothing else) use the random streams they always used. Everything is vectorised
over a batch of samples × projects (no Python loop over
samples or projects); batches bound the memory, and the caller can follow progress and cancel between batches.
The same seed, sample count and inputs give identical results.

Each half-batch draws from its own generator, all its random numbers first (in the order one full draw would take
them), then works through its samples in blocks of at most ``BLOCK_CELLS`` cells, so temporaries stay under 1 MB
whatever the batch; blocks do not change a single result. Per block, one int64 key per cell is sorted and the
project holding each rank decoded from the key's low bits (:func:`_rank_rows`).

What is kept (issue 9.11: a dense projects × ranks float64 matrix is 8·n² bytes whatever the sample count, 3.2 GB
at 20,000 projects, a MemoryError for 298 GiB at 200,000). METHOD.md §4 asks for the rank-acceptability matrix,
P(top-k), the mean rank and the 5–95 % interval, and nothing reads the matrix beyond its first ranks: the chart
stacks ranks 1–5 (and "the rest"), the workbook's Sensitivity sheet writes ranks 1–10, the tables P(top 1/3/5).
So:

- ``acceptability`` has the first ``min(projects, KEPT_RANKS)`` columns (every rank up to 50 projects), counted
  exactly; ``p_top(k)`` works for any k up to that, and for every k when all ranks are kept;
- the mean rank is each project's exact sum of ranks (int64) over the samples, divided once: the correctly
  rounded mean (the dense matrix times the ranks, summed in the order BLAS chose, was within 4 ulps of it);
- the 5 % and 95 % ranks, "the smallest rank whose cumulative probability reaches q" (:func:`_quantile_rank`), are
  exact order statistics: the m-th smallest of the project's sampled ranks, m the least count with m/N ≥ q − 1e-12.
  They need every rank each project took, kept in the smaller of two exact forms: each sample's rank of each
  project (uint16 up to 65,536 projects; samples × projects) or each project's count at each rank (int32;
  projects², only when the samples are at least twice the projects, so it is the smaller). Either is at most
  4 bytes per "rank cell", projects × min(samples, projects), and ``MAX_RANK_CELLS`` caps those cells: beyond it
  the run is refused with one sentence (:class:`MonteCarloLimitError`) before anything is allocated.

So memory is O(projects × KEPT_RANKS + batch cells + rank cells) and the rank cells are capped; the acceptability
columns, the 5–95 % ranks and P(top k) are the numbers the dense matrix gave, bit for bit.

Scope: the projects of the ranking (filters applied once, as in the deterministic ranking); risk does not vary. Ties
within a sample are broken like the deterministic ranking: overall score to 9 decimals, then the
base-case LCOP, then project_id, so with no spread the deterministic ranking comes back exactly.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from evaluator.base.i18n import translate
from evaluator.model.criteria import CRITERIA
from evaluator.model.parameters import ParameterError
from evaluator.reference.elements import SYMBOLS
from evaluator.scoring.breakdown import deck_prices, form_factors
from evaluator.scoring.coverage import gap_coverage_score
from evaluator.scoring.lcop import capital_charge
from evaluator.scoring.normalise import absolute_cost
from evaluator.scoring.provenance import Provenance, provenance_of
from evaluator.scoring.ranking import TIE_TOLERANCE_DECIMALS, Ranking
from evaluator.scoring.value import cost_to_value, element_shares, value_cost_score

#: Samples × projects per batch. Each half-batch has its own generator (seed, batch, half), so this number and
#: ``MAX_BATCH_SAMPLES`` fix the random streams: changing either changes the results for a seed.
BATCH_CELLS = 4_000_000
#: Samples per batch at most, so progress moves and a cancel takes effect within a fraction of a second.
MAX_BATCH_SAMPLES = 20_000
#: Each batch runs as two halves on two threads (numpy releases the GIL in sorting and array arithmetic).
THREADS = 2
#: Cells per block of arithmetic inside a half-batch (0.8 MB per float64 temporary, so they stay in cache); any
#: value gives the same results.
BLOCK_CELLS = 100_000
#: Ranks whose probability is kept per project (the columns of ``acceptability``): the chart shows 5, the
#: workbook 10, the tables P(top 5), so at least 5; 50 leaves room at 8 B × 50 = 400 B per project (40 MB at
#: 100,000 projects).
KEPT_RANKS = 50
#: Rank cells, projects × min(samples, projects), kept for the exact 5–95 % ranks, at most 4 B each (400 MB; 200 MB
#: up to 65,536 projects). 20,000 projects × the default 5,000 samples fit (198 MB, 9 s WSM and 37 s TOPSIS on 2
#: cores), 10,000 projects any sample count, 200,000 projects at most 500 samples. Each further 100 million would
#: cost another 200–400 MB and 10–40 s; beyond it the run is refused with one sentence.
MAX_RANK_CELLS = 100_000_000
#: Cells per chunk of projects when the intervals and sums are read back from the kept ranks.
SUMMARY_CELLS = 4_000_000


class AnalysisCancelledError(Exception):
    """The user cancelled a long analysis; nothing is reported."""


class MonteCarloLimitError(ParameterError):
    """The samples asked for, over these projects, would keep more than ``MAX_RANK_CELLS`` ranks; ``str()`` is the
    sentence to show (the CLI exits 2 with it, the app shows it as a failed run)."""


@dataclass(frozen=True)
class MonteCarloResult:
    """Rank statistics per project, rows in the order of the deterministic ranking."""

    project_ids: tuple[str, ...]
    names: tuple[str, ...]
    samples: int
    seed: int
    alpha: float
    method: str
    #: (projects × kept ranks): P(rank = r + 1) for the first min(projects, KEPT_RANKS) ranks.
    acceptability: np.ndarray
    mean_rank: np.ndarray
    rank_p5: np.ndarray
    rank_p95: np.ndarray
    varied: dict[str, int] = field(default_factory=dict)
    #: How capex and opex were drawn: p10p90 (two-piece normal), triangular (v1) or off (METHOD.md §4).
    cost_draws: str = "triangular"
    #: The data and parameters these samples were drawn for (issue 8.1: a stale result is never exported).
    provenance: Provenance | None = None

    @property
    def ranks_kept(self) -> int:
        """How many ranks ``acceptability`` has (every rank when it is square)."""
        return int(self.acceptability.shape[1]) if self.acceptability.ndim == 2 else 0

    @property
    def all_ranks_kept(self) -> bool:
        return self.ranks_kept >= len(self.acceptability)

    def p_top(self, k: int) -> np.ndarray:
        """P(rank ≤ k) per project; k beyond the kept ranks is refused unless every rank is kept."""
        if k > self.ranks_kept and not self.all_ranks_kept:
            raise ValueError(
                f"P(top {k}) needs ranks up to {k}; this result keeps the first {self.ranks_kept} "
                f"(montecarlo.KEPT_RANKS) of {len(self.acceptability)}."
            )
        return self.acceptability[:, :k].sum(axis=1)

    def p_beyond(self, k: int) -> np.ndarray:
        """P(rank > k) per project: the ranks after the first k together (what the chart's grey segment shows)."""
        if self.all_ranks_kept:
            return self.acceptability[:, k:].sum(axis=1)
        return np.maximum(1.0 - self.p_top(k), 0.0)

    def winner_sentence(self) -> str:
        """How often the deterministic rank 1 comes first, and the most probable winner when it is another project
        (METHOD.md §4: the summary names it)."""
        if not self.project_ids:
            return translate("MonteCarlo", "No project was sampled.")
        first = self.p_top(1)
        best = int(first.argmax())
        text = translate("MonteCarlo", "Rank 1 ({name}) comes first in {share} of samples.").format(
            name=self.names[0], share=f"{first[0]:.0%}"
        )
        if best != 0 and first[best] > first[0]:
            text += " " + translate(
                "MonteCarlo", "The most probable winner is {name} ({project_id}), first in {share}."
            ).format(name=self.names[best], project_id=self.project_ids[best], share=f"{first[best]:.0%}")
        return text

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


def rank_cells(projects: int, samples: int) -> int:
    """The rank cells a run keeps for its intervals: projects × min(samples, projects) (see the module text)."""
    return max(projects, 0) * max(min(samples, projects), 0)


def check_size(projects: int, samples: int) -> None:
    """Refuse, with one sentence naming the numbers, a run beyond ``MAX_RANK_CELLS``."""
    cells = rank_cells(projects, samples)
    if cells <= MAX_RANK_CELLS:
        return
    most = MAX_RANK_CELLS // projects
    numbers = {
        "projects": f"{projects:,}",
        "samples": f"{samples:,}",
        "cells": f"{cells:,}",
        "limit": f"{MAX_RANK_CELLS:,}",
        "most": f"{most:,}",
    }
    if most >= 1:
        text = translate(
            "MonteCarlo",
            "Monte Carlo over {projects} projects and {samples} samples would keep {cells} ranks for the 5–95 % "
            "intervals (projects × the fewer of samples and projects), more than the limit of {limit}: use at most "
            "{most} samples or filter the projects.",
        )
    else:
        text = translate(
            "MonteCarlo",
            "Monte Carlo over {projects} projects would keep more ranks than the limit of {limit} even with one "
            "sample: filter the projects.",
        )
    raise MonteCarloLimitError(text.format(**numbers))


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
    Raises :class:`MonteCarloLimitError` (before any work) when the run would keep more than ``MAX_RANK_CELLS``
    ranks, and :class:`AnalysisCancelledError` when ``cancelled()`` turns true between batches.
    """
    params = ranking.parameters
    samples = params.mc_samples if samples is None else int(samples)
    seed = params.mc_seed if seed is None else int(seed)
    alpha = params.mc_alpha if alpha is None else float(alpha)
    check_size(len(ranking.table), samples)
    model = _Model.from_ranking(ranking, vary_costs=vary_costs)
    n = model.n
    store = _store(n, max(samples, 0), min(n, KEPT_RANKS))
    weights = np.asarray(ranking.weights, dtype=float)
    cells_per_sample = max(n, 1) * (len(CRITERIA) + 1 if params.method == "topsis" else 1)
    batch = max(1, min(samples, MAX_BATCH_SAMPLES, BATCH_CELLS // cells_per_sample))
    block = max(1, BLOCK_CELLS // cells_per_sample)

    def chunk(batch_index: int, part: int, size: int, first: int) -> None:
        """Rank the samples ``first`` to ``first + size`` of one half-batch; its own generator, so halves can run
        on two threads reproducibly."""
        rng = np.random.default_rng([seed, batch_index, part])
        w = _sample_weights(rng, weights, alpha, size) if vary_weights else np.tile(weights, (size, 1))
        draws = model.draws(rng, size)
        for start in range(0, size, block):
            rows = slice(start, min(size, start + block))
            overall = model.overall(w[rows], {name: d[rows] for name, d in draws.items()}, params.method)
            store.add(first + start, _rank_rows(overall, model.tie_place, model.by_place))

    done = 0
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        for batch_index in range(0, -(-samples // batch) if n else 0):
            size = min(batch, samples - done)
            halves = [size - size // 2, size // 2] if size > 1 else [size]
            jobs = [(batch_index, part, half, done + sum(halves[:part])) for part, half in enumerate(halves) if half]
            for _ in pool.map(lambda job: chunk(*job), jobs):
                pass
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
    counts, rank_sums, rank_p5, rank_p95 = store.summary(done)
    table = ranking.table
    return MonteCarloResult(
        project_ids=tuple(table["project_id"].astype(str)),
        names=tuple(table["name"].astype(str)),
        samples=done,
        seed=seed,
        alpha=alpha,
        method=params.method,
        acceptability=counts / max(done, 1),
        mean_rank=rank_sums / max(done, 1),
        rank_p5=rank_p5,
        rank_p95=rank_p95,
        varied={
            "weights": int(vary_weights),
            "capex_ranges": model.capex_ranged,
            "opex_ranges": model.opex_ranged,
            "common_capex": int(model.common_sigma is not None),
            "prices": int(model.price_sigma is not None),
            "schedule": int(model.delivery is not None),
        },
        cost_draws=model.cost_draws,
        provenance=provenance_of(ranking),
    )


def _quantile_rank(cumulative: np.ndarray, q: float) -> np.ndarray:
    """Smallest rank whose cumulative probability reaches ``q`` (exact for the discrete rank distribution)."""
    if cumulative.size == 0:
        return np.zeros(0, dtype=int)
    return np.argmax(cumulative >= q - 1e-12, axis=1) + 1


def _quantile_count(samples: int, q: float) -> int:
    """The least count m ≥ 1 with m/samples ≥ q − 1e-12: the q-rank of :func:`_quantile_rank` is the smallest rank
    whose cumulative count reaches m, the m-th smallest sampled rank."""
    if samples <= 0:
        return 1
    m = max(1, min(samples, int(np.ceil((q - 1e-12) * samples))))
    while m > 1 and (m - 1) / samples >= q - 1e-12:
        m -= 1
    while m < samples and m / samples < q - 1e-12:
        m += 1
    return m


def _store(n: int, samples: int, kept: int) -> _Histogram | _SampleRanks:
    """The smaller exact form of every rank taken: projects² counts when the samples are at least twice the projects
    (4 B a count against 2 B a sampled rank), else each sample's ranks."""
    sampled = _SampleRanks.itemsize(n) * samples
    return _Histogram(n, kept, samples) if 4 * n <= sampled else _SampleRanks(n, samples, kept)


class _Histogram:
    """Each project's count at each rank, (projects × ranks); the halves add under a lock."""

    def __init__(self, n: int, kept: int, samples: int) -> None:
        self.n, self.kept = n, kept
        self.counts = np.zeros((n, n), dtype=np.int32 if samples < 2**31 else np.int64)
        self.flat = self.counts.reshape(-1)
        self.one = self.counts.dtype.type(1)
        self.lock = threading.Lock()

    def add(self, _first: int, rows: np.ndarray) -> None:
        cells = _cells(rows)
        with self.lock:
            np.add.at(self.flat, cells, self.one)  # a typed one: ufunc.at's fast path (a Python 1 is 50× slower)

    def summary(self, samples: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Counts of the kept ranks (float64), rank sums (int64), 5 % and 95 % ranks, a block of rows at a time."""
        n = self.n
        ranks = np.arange(1, n + 1, dtype=np.int64)
        sums = np.zeros(n, dtype=np.int64)
        low, high = np.ones(n, dtype=int), np.ones(n, dtype=int)
        m5, m95 = _quantile_count(samples, 0.05), _quantile_count(samples, 0.95)
        step = max(1, SUMMARY_CELLS // max(n, 1))
        for start in range(0, n, step):
            rows = slice(start, start + step)
            block = self.counts[rows].astype(np.int64)
            sums[rows] = block @ ranks
            np.cumsum(block, axis=1, out=block)
            if samples > 0:
                low[rows] = np.argmax(block >= m5, axis=1) + 1
                high[rows] = np.argmax(block >= m95, axis=1) + 1
        return self.counts[:, : self.kept].astype(float), sums, low, high


class _SampleRanks:
    """Each sample's 0-based rank of each project, (samples × projects); the halves write their own rows, and add
    the counts of the kept ranks under a lock."""

    def __init__(self, n: int, samples: int, kept: int) -> None:
        self.n, self.kept = n, kept
        self.ranks: np.ndarray = np.empty((samples, n), dtype=self.dtype(n))
        self.flat = self.ranks.reshape(-1)
        self.places = np.arange(n, dtype=self.ranks.dtype)
        self.top = np.zeros(n * kept, dtype=np.int64)
        self.one = np.int64(1)
        self.lock = threading.Lock()

    @staticmethod
    def dtype(n: int) -> type:
        return np.uint16 if n <= 2**16 else np.uint32

    @classmethod
    def itemsize(cls, n: int) -> int:
        return np.dtype(cls.dtype(n)).itemsize

    def add(self, first: int, rows: np.ndarray) -> None:
        """Sample ``first + i`` has the project of row ``rows[i, r]`` at rank r: write r at that project's place
        (a flat scatter; ``np.put_along_axis`` costs 3× more), and count the first ranks."""
        size, n = rows.shape
        places = rows + (np.arange(first, first + size) * n)[:, None]
        self.flat[places.reshape(-1)] = np.broadcast_to(self.places, rows.shape).reshape(-1)
        cells = rows[:, : self.kept] * self.kept
        cells += np.arange(self.kept)
        with self.lock:
            np.add.at(self.top, cells.reshape(-1), self.one)

    def summary(self, samples: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Counts of the kept ranks (float64), rank sums (int64), 5 % and 95 % ranks, a chunk of projects at a time:
        each chunk's columns sorted (a radix sort for uint16) or partitioned at the two order statistics."""
        n = self.n
        sums = np.zeros(n, dtype=np.int64)
        low, high = np.ones(n, dtype=int), np.ones(n, dtype=int)
        top = self.top.reshape(n, self.kept).astype(float)
        if samples <= 0:
            return top, sums, low, high
        m5, m95 = _quantile_count(samples, 0.05), _quantile_count(samples, 0.95)
        step = max(1, SUMMARY_CELLS // samples)
        for start in range(0, n, step):
            columns = slice(start, start + step)
            if self.ranks.dtype == np.uint16:
                chunk = np.sort(self.ranks[:samples, columns], axis=0, kind="stable")
            else:
                chunk = np.partition(self.ranks[:samples, columns], sorted({m5 - 1, m95 - 1}), axis=0)
            sums[columns] = chunk.sum(axis=0, dtype=np.int64) + samples  # the ranks are 0-based
            low[columns] = chunk[m5 - 1].astype(int) + 1
            high[columns] = chunk[m95 - 1].astype(int) + 1
        return top, sums, low, high


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
    return _triangular_from(rng.random((size, len(mode))), low, mode, high)


def _triangular_from(u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The inverse CDF of :func:`_triangular` applied to uniforms ``u`` (samples × len(mode))."""
    return _Spread.of(low, mode, high, ranged=np.arange(len(mode))).inverse_cdf(u)


def _choose(mask: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """``b = np.where(mask, a, b)`` bit for bit, for float64 ``a`` and ``b`` and an int64 ``mask`` of 0 or −1 (all
    bits set); ``a`` is overwritten."""
    a_bits, b_bits = a.view(np.int64), b.view(np.int64)
    a_bits ^= b_bits
    a_bits &= mask
    b_bits ^= a_bits


@dataclass(frozen=True)
class _Spread:
    """Triangular(low, mode, high) per project; what the inverse CDF needs is worked out once per run."""

    mode: np.ndarray  # every project
    ranged: np.ndarray  # the columns with high > low; the others stay at the mode
    low: np.ndarray  # ranged columns only, as the rest
    high: np.ndarray
    split: np.ndarray  # (mode − low)/(high − low): P(x < mode)
    left: np.ndarray  # (high − low)(mode − low)
    right: np.ndarray  # (high − low)(high − mode)

    @classmethod
    def of(cls, low: np.ndarray, mode: np.ndarray, high: np.ndarray, ranged: np.ndarray | None = None) -> _Spread:
        """``ranged``: the columns to sample (default: those with high > low)."""
        ranged = np.flatnonzero(high > low) if ranged is None else ranged
        lo, mo, hi = low[ranged], mode[ranged], high[ranged]
        span = hi - lo
        split = np.divide(mo - lo, span, out=np.zeros_like(span), where=span > 0)
        return cls(mode, ranged, lo, hi, split, span * (mo - lo), span * (hi - mo))

    def inverse_cdf(self, u: np.ndarray) -> np.ndarray:
        """x for uniforms ``u`` (samples × ranged): low + √(u·left) below the split, else high − √((1 − u)·right).

        The same operations, so the same bits, as ``np.where(left, low + √(u·left), high − √((1 − u)·right))``, on
        two temporaries, choosing by bit masks (``np.where`` branches per element and costs several times more).
        """
        left = (u < self.split).astype(np.int64)
        np.negative(left, out=left)  # all bits set below the split
        below = np.multiply(u, self.left)
        v = np.subtract(1.0, u)
        v *= self.right
        _choose(left, below, v)
        np.sqrt(v, out=v)
        np.add(self.low, v, out=below)
        np.subtract(self.high, v, out=v)
        _choose(left, below, v)
        return v

    def values(self, u: np.ndarray) -> np.ndarray:
        """(samples × projects): the mode, with triangular samples from ``u`` in the ranged columns."""
        values = np.broadcast_to(self.mode, (len(u), len(self.mode))).copy()
        if self.ranged.size:
            values[:, self.ranged] = self.inverse_cdf(u)
        return values


def _rank_rows(overall: np.ndarray, tie_place: np.ndarray, by_place: np.ndarray) -> np.ndarray:
    """(samples × ranks): the row of the project at each rank (0-based) in each sample.

    The sort key is one int64 per cell, −(overall score to 9 decimals)·2^b + tie-break place with 2^b ≥ n, so a
    plain (fast, unstable) sort orders by score, higher first, then by the lower tie place: exactly the
    deterministic tie rule. The places are distinct, so the keys are too, and their low b bits say which project
    holds each rank. ``by_place[p]`` is the row at tie place p. ``overall`` is overwritten.
    """
    n = overall.shape[1]
    shift = max(n - 1, 1).bit_length()
    overall *= 10**TIE_TOLERANCE_DECIMALS
    np.rint(overall, out=overall)
    key = overall.astype(np.int64)
    key *= -(1 << shift)
    key += tie_place
    key.sort(axis=1)
    key &= (1 << shift) - 1  # the tie place of the project at each rank
    return by_place[key]


def _cells(rows: np.ndarray) -> np.ndarray:
    """Flat (projects × ranks) cell, ``project·n + rank`` (0-based), of each entry of :func:`_rank_rows`."""
    n = rows.shape[1]
    cells = rows * n
    cells += np.arange(n)
    return cells.reshape(-1)


def _rank_cells(overall: np.ndarray, tie_place: np.ndarray, by_place: np.ndarray) -> np.ndarray:
    """:func:`_cells` of :func:`_rank_rows`: the (projects × ranks) cell of every project in every sample."""
    return _cells(_rank_rows(overall, tie_place, by_place))


#: Φ⁻¹(0.9): a normal's P90 lies this many standard deviations above its median (METHOD.md §4).
_Z90 = 1.2815515655446004


@dataclass(frozen=True)
class _TwoPiece:
    """The two-piece normal of METHOD.md §4 through P10 (low), base and P90 (high), floored at 10 % of base:
    ``x = base + z·(base − P10)/1.2816`` for z < 0, ``base + z·(P90 − base)/1.2816`` for z ≥ 0, z ~ N(0, 1)."""

    mode: np.ndarray
    ranged: np.ndarray  # columns with a spread on either side
    down: np.ndarray  # (base − P10)/z90, ranged columns
    up: np.ndarray  # (P90 − base)/z90
    floor: np.ndarray

    @classmethod
    def of(cls, low: np.ndarray, mode: np.ndarray, high: np.ndarray) -> _TwoPiece:
        ranged = np.flatnonzero((high > mode) | (low < mode))
        mo = mode[ranged]
        return cls(mode, ranged, (mo - low[ranged]) / _Z90, (high[ranged] - mo) / _Z90, 0.1 * mo)

    def values(self, z: np.ndarray) -> np.ndarray:
        """(samples × projects): the base, with draws from the standard normals ``z`` in the ranged columns."""
        values = np.broadcast_to(self.mode, (len(z), len(self.mode))).copy()
        if self.ranged.size:
            spread = np.where(z < 0, self.down, self.up)
            spread *= z
            spread += self.mode[self.ranged]
            values[:, self.ranged] = np.maximum(spread, self.floor)
        return values


@dataclass(frozen=True)
class _Model:
    """What a sample needs from the ranking: fixed sub-scores, cost inputs and their ranges, the value and coverage
    parts that prices and schedules move (METHOD.md v2 §4), the tie order."""

    n: int
    risk: np.ndarray
    coverage: np.ndarray
    capacity: np.ndarray
    capex: _Spread | _TwoPiece
    opex: _Spread | _TwoPiece
    capex_ranged: int
    opex_ranged: int
    cost_draws: str
    crf: float
    utilisation: float
    cost_basis: str
    normalisation: str
    lcop_bounds: tuple[float, float]
    k_bounds: tuple[float, float]
    value_added: np.ndarray  # VA per project at the deck's prices
    form_gap: np.ndarray  # f(output) − f(input): VA = basket·form_gap
    shares: np.ndarray  # projects × elements, s_e
    prices: np.ndarray  # the deck, per element (0 where unpriced)
    common_sigma: float | None  # None: no common capex factor
    price_sigma: float | None  # None: prices not drawn
    delivery: np.ndarray | None  # π per project when schedules are drawn, else None
    coverage_delivered: np.ndarray  # the coverage score of a project that delivers (E/π)
    topsis_reference: str
    tie_place: np.ndarray
    by_place: np.ndarray

    @classmethod
    def from_ranking(cls, ranking: Ranking, *, vary_costs: bool) -> _Model:
        from evaluator.analysis.sensitivity import _tie_order

        table = ranking.table
        params = ranking.parameters
        draws = params.mc_costs if vary_costs else "off"

        def spread(base: str, low: str, high: str) -> tuple[_Spread | _TwoPiece, int]:
            mode = table[base].to_numpy(dtype=float)
            lo = np.fmin(table[low].to_numpy(dtype=float), mode)  # NaN (no estimate) → the base value
            hi = np.fmax(table[high].to_numpy(dtype=float), mode)
            if draws == "off":
                lo, hi = mode.copy(), mode.copy()
            if draws == "p10p90":
                two_piece = _TwoPiece.of(lo, mode, hi)
                return two_piece, int(two_piece.ranged.size)
            return _Spread.of(lo, mode, hi), int(np.count_nonzero(hi > lo))

        capex, capex_ranged = spread("capex_musd", "capex_low_musd", "capex_high_musd")
        opex, opex_ranged = spread("opex_usd_per_kg", "opex_low_usd_per_kg", "opex_high_usd_per_kg")
        tie_place = _tie_order(ranking)
        value = _ValueParts.of(ranking)
        return cls(
            n=len(table),
            risk=table["risk_score"].to_numpy(dtype=float),
            coverage=table["coverage_score"].to_numpy(dtype=float),
            capacity=table["capacity_tpa"].to_numpy(dtype=float),
            capex=capex,
            opex=opex,
            capex_ranged=capex_ranged,
            opex_ranged=opex_ranged,
            cost_draws=draws,
            crf=ranking.crf,
            utilisation=params.utilisation,
            cost_basis=params.cost_basis,
            normalisation=params.normalisation,
            lcop_bounds=(params.lcop_lo, params.lcop_hi),
            k_bounds=(params.k_lo, params.k_hi),
            value_added=table["value_added_usd_per_kg"].to_numpy(dtype=float),
            form_gap=value.form_gap,
            shares=value.shares,
            prices=value.prices,
            common_sigma=params.mc_capex_common_sigma if params.mc_common_capex and vary_costs else None,
            price_sigma=params.mc_price_sigma if params.mc_prices and params.cost_basis == "value" else None,
            delivery=value.delivery if params.mc_schedule and params.coverage_basis == "gap" else None,
            coverage_delivered=value.coverage_delivered,
            topsis_reference=params.topsis_reference,
            tie_place=tie_place,
            by_place=np.argsort(tie_place),
        )

    def draws(self, rng: np.random.Generator, size: int) -> dict[str, np.ndarray]:
        """Every random number a half-batch needs, in a fixed order — capex, opex (uniforms for triangular, normals
        for p10p90), then the common capex factor, prices and schedules when each is on — so any block of rows
        gives the same sample, and version 1's draws (triangular, nothing else) are exactly as before."""
        out: dict[str, np.ndarray] = {}
        for name, spread in (("capex", self.capex), ("opex", self.opex)):
            k = spread.ranged.size
            if not k:
                out[name] = np.empty((size, 0))
            elif isinstance(spread, _TwoPiece):
                out[name] = rng.standard_normal((size, k))
            else:
                out[name] = rng.random((size, k))
        if self.common_sigma is not None:
            out["common"] = np.exp(self.common_sigma * rng.standard_normal((size, 1)))
        if self.price_sigma is not None:
            out["prices"] = np.exp(self.price_sigma * rng.standard_normal((size, len(self.prices))))
        if self.delivery is not None:
            out["schedule"] = rng.random((size, self.n))
        return out

    def lcop(self, draws: dict[str, np.ndarray]) -> np.ndarray:
        capex = self.capex.values(draws["capex"])
        if "common" in draws:
            capex *= draws["common"]
        lcop = capital_charge(capex, self.capacity, self.crf, self.utilisation)
        lcop += self.opex.values(draws["opex"])
        return lcop

    def cost_scores(self, draws: dict[str, np.ndarray]) -> np.ndarray:
        lcop = self.lcop(draws)
        if self.cost_basis == "value":
            if "prices" in draws:
                added = (draws["prices"] * self.prices) @ self.shares.T
                added *= self.form_gap
            else:
                added = self.value_added
            return value_cost_score(cost_to_value(lcop, added), *self.k_bounds)
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
        with np.errstate(all="ignore"):  # in place: (high − lcop)/span·100, 100 where flat, 0 where not finite
            scores = np.subtract(high, lcop, out=lcop)
            scores /= np.where(flat, 1.0, span)
            scores *= 100.0
        np.copyto(scores, 100.0, where=flat)
        if not finite.all():
            np.copyto(scores, 0.0, where=~finite)
        return scores

    def coverage_scores(self, draws: dict[str, np.ndarray]) -> np.ndarray:
        """The coverage each project scores in each sample: all its expected tonnes ÷ π when it delivers
        (probability π), nothing when it does not; the deterministic coverage when schedules are not drawn."""
        if self.delivery is None:
            return self.coverage
        return np.where(draws["schedule"] < self.delivery, self.coverage_delivered, 0.0)

    def overall(self, weights: np.ndarray, draws: dict[str, np.ndarray], method: str) -> np.ndarray:
        """(samples × projects) overall scores for one block of samples (rows of ``weights`` and ``draws``)."""
        cost = self.cost_scores(draws)
        coverage = self.coverage_scores(draws)
        if method == "wsm":  # w_cost·cost + w_risk·risk + w_coverage·coverage, in place
            cost *= weights[:, 0:1]
            term = np.multiply(weights[:, 1:2], self.risk)
            cost += term
            cost += np.multiply(weights[:, 2:3], coverage)
            return cost
        if self.topsis_reference == "fixed":
            return _topsis_fixed_batch(cost, self.risk, coverage, weights)
        return _topsis_batch(cost, self.risk, coverage, weights)


@dataclass(frozen=True)
class _ValueParts:
    """The parts of the scored projects' value and coverage that market prices and schedules move."""

    form_gap: np.ndarray
    shares: np.ndarray
    prices: np.ndarray
    delivery: np.ndarray
    coverage_delivered: np.ndarray

    @classmethod
    def of(cls, ranking: Ranking) -> _ValueParts:
        table = ranking.table
        params = ranking.parameters
        dataset = ranking.dataset
        rows = ranking.scored
        f_out, f_in = form_factors(dataset, table["output_form"], table["input_form"])
        capacity = table["capacity_tpa"].to_numpy(dtype=float)
        tonnes = ranking.matrices["tonnes"][rows] if "tonnes" in ranking.matrices else np.zeros((len(rows), 0))
        shares = element_shares(tonnes, capacity) if tonnes.size else np.zeros((len(rows), len(SYMBOLS)))
        prices = np.nan_to_num(deck_prices(dataset, params.price_deck), nan=0.0)
        delivery = table["delivery_probability"].to_numpy(dtype=float)
        coverage_delivered = np.zeros(len(rows))
        if "expected_tonnes" in ranking.matrices and len(rows):
            delivers = delivery > 0
            full = ranking.matrices["expected_tonnes"][rows] / np.where(delivers, delivery, 1.0)[:, None]
            coverage_delivered = np.where(
                delivers,
                gap_coverage_score(full, ranking.matrices["gap"][rows], dataset.elements.criticality,
                                   params.gap_share_full),
                0.0,
            )  # fmt: skip
        return cls(f_out - f_in, shares, prices, delivery, coverage_delivered)


def _topsis_fixed_batch(cost: np.ndarray, risk: np.ndarray, coverage: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Fixed-reference TOPSIS for every sample at once, as :func:`evaluator.scoring.methods.topsis_fixed`."""
    size, n = cost.shape
    matrix = np.empty((size, n, len(CRITERIA)))
    matrix[:, :, 0] = cost
    matrix[:, :, 1] = risk
    matrix[:, :, 2] = coverage
    w = weights[:, None, :]
    d_minus = np.sqrt(((w * matrix) ** 2).sum(axis=2))
    d_plus = np.sqrt(((w * (100.0 - matrix)) ** 2).sum(axis=2))
    total = d_plus + d_minus
    return np.divide(100.0 * d_minus, total, out=np.zeros_like(total), where=total > 0)


def _topsis_batch(cost: np.ndarray, risk: np.ndarray, coverage: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """TOPSIS for every sample at once, as :func:`evaluator.scoring.methods.topsis` does for one."""
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
