"""Cross-check :func:`evaluator.scoring.methods.topsis` against pymcdm's TOPSIS (a test-only dependency).

pymcdm 1.x (``pymcdm/methods/topsis.py``) normalises each column with the given function, multiplies by the
weights, takes PIS = column max and NIS = column min of the weighted matrix, and returns ``D⁻/(D⁺ + D⁻)``.
With ``normalizations.vector_normalization`` and all criteria of type 1 (benefit) that is METHOD.md §3's TOPSIS
exactly, so ours ×1 must equal pymcdm ×100.

Where the two differ, by design:

* an all-zero column: pymcdm divides 0/0 and returns NaN for every alternative; ours keeps the column at zero,
  which adds nothing to either distance. The same closeness comes from pymcdm on the matrix without that column.
* every alternative identical: pymcdm returns 0/0 = NaN; ours returns 100 (METHOD.md's "all equal → 100").

``validation=False`` skips pymcdm's input checks, which only *warn* (dominated/dominant alternatives, which random
matrices with 2 alternatives nearly always have; weights not summing to 1); they do not change the result.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from pymcdm import normalizations
from pymcdm.methods import TOPSIS

from evaluator.scoring.methods import topsis

BENEFIT = np.array([1, 1, 1])


def _pymcdm_closeness(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    method = TOPSIS(normalization_function=normalizations.vector_normalization)
    types = np.ones(matrix.shape[1], dtype=int)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no division warnings expected on the cases compared
        return 100.0 * method(matrix, weights, types, validation=False)


@pytest.mark.parametrize("seed", range(60))
def test_topsis_matches_pymcdm_on_random_matrices(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 201))
    matrix = rng.uniform(0.0, 100.0, size=(n, 3))
    weights = rng.uniform(0.01, 1.0, size=3)
    weights /= weights.sum()
    ours, contributions = topsis(matrix, weights)
    theirs = _pymcdm_closeness(matrix, weights)
    assert np.all(np.isfinite(theirs))
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)
    np.testing.assert_allclose(contributions.sum(axis=1), ours, rtol=0, atol=1e-9)


@pytest.mark.parametrize("seed", range(10))
def test_topsis_matches_pymcdm_on_integer_scores_with_ties(seed: int) -> None:
    # Sub-scores are often round numbers with repeats (cost 100 and 0 always appear under min–max).
    rng = np.random.default_rng(1000 + seed)
    n = int(rng.integers(2, 40))
    matrix = rng.integers(0, 5, size=(n, 3)).astype(float) * 25.0
    matrix[0] = [100.0, 100.0, 100.0]  # no column is all zero, not all rows identical
    weights = rng.uniform(0.01, 1.0, size=3)
    weights /= weights.sum()
    ours, _ = topsis(matrix, weights)
    np.testing.assert_allclose(ours, _pymcdm_closeness(matrix, weights), rtol=0, atol=1e-9)


def test_pymcdm_uses_vector_normalisation_and_max_min_ideals() -> None:
    # Guard the conventions relied on above with pymcdm's own explanation of one case (TOPSIS hand example of
    # test_methods: columns of norm 100, ideal = column max, anti-ideal = column min).
    matrix = np.array([[60.0, 0.0, 80.0], [80.0, 60.0, 0.0], [0.0, 80.0, 60.0]])
    weights = np.array([0.5, 0.3, 0.2])
    method = TOPSIS(normalization_function=normalizations.vector_normalization)
    _, weighted, nis, pis, _, _, _ = method._method(matrix, weights, BENEFIT)
    np.testing.assert_allclose(weighted, matrix / 100 * weights)
    np.testing.assert_allclose(pis, [0.4, 0.24, 0.16])
    np.testing.assert_allclose(nis, [0.0, 0.0, 0.0])


@pytest.mark.parametrize("zero_column", [0, 1, 2])
def test_all_zero_column_matches_pymcdm_without_it(zero_column: int) -> None:
    rng = np.random.default_rng(7 + zero_column)
    matrix = rng.uniform(0.0, 100.0, size=(25, 3))
    matrix[:, zero_column] = 0.0
    weights = np.array([0.4, 0.35, 0.25])
    ours, _ = topsis(matrix, weights)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        full = TOPSIS(normalization_function=normalizations.vector_normalization)(
            matrix, weights, BENEFIT, validation=False
        )
    assert np.isnan(full).all()  # pymcdm's 0/0 on the zero column
    keep = [k for k in range(3) if k != zero_column]
    np.testing.assert_allclose(ours, _pymcdm_closeness(matrix[:, keep], weights[keep]), rtol=0, atol=1e-9)


def test_identical_alternatives_ours_100_pymcdm_nan() -> None:
    matrix = np.tile([40.0, 70.0, 10.0], (5, 1))
    weights = np.array([0.4, 0.35, 0.25])
    ours, _ = topsis(matrix, weights)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        theirs = TOPSIS(normalization_function=normalizations.vector_normalization)(
            matrix, weights, BENEFIT, validation=False
        )
    assert np.isnan(theirs).all()
    np.testing.assert_allclose(ours, 100.0)
