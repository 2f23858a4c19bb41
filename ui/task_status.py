"""The window's one long task at a time: progress and Cancel in the status bar, and what it says when it ends.

One job: start a :class:`~ui.workers.Task` (cancelling the one before), show that it runs, and make sure a task that
was cancelled or replaced and reports late never overwrites today's status (issue 9.6). The window decides what a
task does and what its result means; this decides only how it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from ui.workers import Task, TaskRelay, start


class TaskStatus(QObject):
    """Progress bar and Cancel button on ``bar``; ``run`` starts a task, ``cancel`` stops the running one."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.task: Task | None = None
        self._busy_message: str | None = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running task; the data on screen stays as it is."))
        self.cancel_button.clicked.connect(self.cancel)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def run(
        self,
        task: Task,
        busy_message: str,
        *,
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        cancelled_message: str,
    ) -> None:
        """Cancel what runs, start ``task``; ``finished``/``failed`` hear only from the task still current."""
        self.cancel()
        TaskRelay(
            self,
            task,
            finished=lambda result: self._finished(task, result, finished),
            failed=lambda message: self._failed(task, message, failed),
            cancelled=lambda: self.done(task, cancelled_message),
        )
        self.task = task
        self._set_busy(True, busy_message)
        start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.done(self.task, self.tr("Cancelled."))

    def done(self, task: Task, message: str) -> None:
        """``task`` ended: hide the progress and show ``message`` (if any) for a few seconds."""
        if task is not self.task:
            return  # a task cancelled or replaced earlier, reporting late: it must not overwrite today's status
        self.task = None
        self._set_busy(False)
        if message:
            self.bar.showMessage(message, 5000)

    def _finished(self, task: Task, result: Any, then: Callable[[Any], None]) -> None:
        if task is self.task:
            then(result)

    def _failed(self, task: Task, message: str, then: Callable[[str], None]) -> None:
        if task is self.task:
            then(message)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self._busy_message = message
            self.bar.showMessage(message)
        elif self.bar.currentMessage() == self._busy_message:
            self.bar.clearMessage()  # "Opening…" must not outlive the work it announced (issue 9.6)
