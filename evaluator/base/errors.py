"""The one family of errors meant for the person using the app (issue 10.6).

An :class:`EvaluatorError`'s ``str()`` is a complete sentence for the user (translated where the core translates):
the worker shows it in the status bar, the CLI prints it after ``ree-evaluator:`` and exits 2. Anything else that
escapes is a bug: the app logs it with its traceback and says "unexpected error"; the CLI says so too, and
``--debug`` shows the traceback. The domain errors are its subclasses, each raised where its kind of problem is
found: :class:`~evaluator.model.issues.InputFileError` (an input that cannot be used at all),
:class:`~evaluator.base.file_checks.FileCheckError` (a path that is not acceptable),
:class:`~evaluator.base.atomic.OutputFileError` (an output that could not be written),
:class:`~evaluator.model.parameters.ParameterError`, :class:`~evaluator.model.scenario.ScenarioError` and
:class:`~evaluator.analysis.portfolio.PortfolioError` (settings a person gave),
:class:`~evaluator.scoring.provenance.StaleAnalysisError` (a result for other data). Those that were ``ValueError``
stay one, so callers that caught them as such still do.
"""

from __future__ import annotations


class EvaluatorError(Exception):
    """A problem the user can act on; ``str(error)`` is the sentence to show them, never a traceback."""
