"""A background task fails with the user's sentence only for an EvaluatorError; anything else is a logged bug
(issue 10.6: a numpy ValueError used to become a status message and was never logged)."""

from __future__ import annotations

import logging

import pytest

from evaluator.model.issues import InputFileError
from evaluator.model.parameters import ParameterError
from ui.workers import Task, start


def _outcome(qtbot, function) -> tuple[str | None, object]:
    """Run ``function`` as a task; (failed sentence or None, result or None)."""
    task = Task(function)
    seen: dict[str, object] = {}
    task.signals.failed.connect(lambda text: seen.setdefault("failed", text))
    task.signals.finished.connect(lambda result: seen.setdefault("finished", result))
    start(task)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen.get("failed"), seen.get("finished")  # type: ignore[return-value]


@pytest.mark.parametrize(
    "error",
    [
        InputFileError("The file x.xlsx is empty."),
        ParameterError("weight_cost must be a number of zero or more"),
    ],
)
def test_a_domain_error_is_the_users_sentence_and_not_a_logged_bug(qtbot, caplog, error) -> None:
    def fails() -> None:
        raise error

    with caplog.at_level(logging.ERROR, logger="ui.workers"):
        failed, finished = _outcome(qtbot, fails)
    assert failed == str(error)
    assert finished is None
    assert not caplog.records


def test_any_other_error_is_a_bug_logged_with_its_traceback(qtbot, caplog) -> None:
    def fails() -> None:
        raise ValueError("operands could not be broadcast together with shapes (3,) (4,)")

    with caplog.at_level(logging.ERROR, logger="ui.workers"):
        failed, _finished = _outcome(qtbot, fails)
    assert failed == (
        "Unexpected error (ValueError: operands could not be broadcast together with shapes (3,) (4,)). "
        "Details are in the log."
    )
    [record] = caplog.records
    assert record.exc_info is not None
    assert record.exc_info[0] is ValueError


def test_a_result_arrives_as_finished(qtbot) -> None:
    failed, finished = _outcome(qtbot, lambda: 42)
    assert (failed, finished) == (None, 42)
