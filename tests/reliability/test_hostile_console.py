"""Issue 9.9 (terminal): workbook text reaches the console shown, never obeyed. Names and cell values carrying
escape sequences cleared the screen, retitled the window, drew fake lines and made OSC 8 links."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaluator.console import ConsoleStream, visible
from evaluator.inputs.load import load_workbook
from tests.evaluator.helpers import HEADER, row, write_csv

CLEAR_SCREEN = "\x1b[2J"
RETITLE = "\x1b]0;owned\x07"
LINK = "\x1b]8;;https://example.com/repair\x1b\\Click here\x1b]8;;\x1b\\"
FAKE_LINE = "\rOK: 0 errors"
REVERSED = "\u202etxt.exe"
HOSTILE = CLEAR_SCREEN + RETITLE + "Plant" + LINK + FAKE_LINE + REVERSED + "\x9b31m"
#: What a terminal obeys: C0 controls other than newline/tab, DEL, C1 controls, bidi reordering.
OBEYED = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))] + ["\u202e"]


def _obeyed_in(text: str) -> list[str]:
    return sorted({c for c in text if c in OBEYED})


@pytest.mark.parametrize("command", [["score"], ["validate"], ["sensitivity", "--samples", "50"]])
def test_hostile_names_and_values_print_as_escapes(run_cli, tmp_path, command) -> None:
    data = [row("A", name=HOSTILE), row("B"), row("C", capex_musd=HOSTILE)]
    path = write_csv(tmp_path, HEADER, data)
    done = run_cli(command[0], path, *command[1:])
    assert done.returncode in (0, 1), done.stderr
    assert _obeyed_in(done.stdout) == []
    assert _obeyed_in(done.stderr) == []
    shown = done.stdout
    if command[0] != "validate":
        assert "\\u001b[2J\\u001b]0;owned" in shown  # the name is there, as escapes
        assert not any(line.startswith("OK: 0 errors") for line in shown.splitlines())
    else:
        assert "[value: \\u001b[2J" in shown  # the bad capex cell is quoted, escaped


def test_json_to_stdout_keeps_the_values_exactly(run_cli, tmp_path) -> None:
    """The stream's escapes are JSON escapes: a JSON reader gets the workbook's text unchanged."""
    path = write_csv(tmp_path, HEADER, [row("A", name=HOSTILE), row("B")])
    done = run_cli("score", path, "--json", "-")
    assert done.returncode == 0, done.stderr
    assert _obeyed_in(done.stdout) == []
    names = {p["project_id"]: p["name"] for p in json.loads(done.stdout)["projects"]}
    loaded = load_workbook(path)
    assert names["A"] == loaded.projects.loc[loaded.projects["project_id"] == "A", "name"].item()
    assert "\x1b[2J" in names["A"]


def test_an_error_sentence_quoting_a_file_name_is_escaped(run_cli, tmp_path) -> None:
    path = tmp_path / "evil\x1b[2J.xlsx"
    path.write_bytes(b"not a workbook")
    done = run_cli("score", path)
    assert done.returncode == 2
    assert "\x1b" not in done.stderr
    assert "evil\\u001b[2J.xlsx" in done.stderr


#: Escaped in a value besides OBEYED: the layout characters and the other bidi controls (TR 9, §2).
ESCAPED_IN_A_VALUE = set(OBEYED) | set("\n\t\u061c\u200e\u200f\u2028\u2029") | {chr(c) for c in range(0x202A, 0x202F)}
ESCAPED_IN_A_VALUE |= {chr(c) for c in range(0x2066, 0x206A)}


@given(st.text())
def test_visible_text_has_nothing_a_terminal_obeys_and_keeps_the_rest(text: str) -> None:
    shown = visible(text)
    assert _obeyed_in(shown) == []
    assert "\n" not in shown
    escaped = sum(c in ESCAPED_IN_A_VALUE for c in text)
    assert len(shown) == len(text) + 5 * escaped  # one character becomes the six of \uXXXX, nothing else changes


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Zl", "Zp"))))
def test_visible_leaves_ordinary_text_alone(text: str) -> None:
    assert visible(text) == text


@given(st.text())
def test_the_stream_keeps_newlines_and_tabs_and_round_trips_through_json(text: str) -> None:
    sink = io.StringIO()
    ConsoleStream(sink).write(json.dumps(text, ensure_ascii=False))
    assert _obeyed_in(sink.getvalue()) == []
    assert json.loads(sink.getvalue()) == text  # every escape is a JSON escape of the same character


def test_a_terminal_that_cannot_show_a_character_gets_an_escape_not_an_error() -> None:
    raw = io.BytesIO()
    ascii_only = io.TextIOWrapper(raw, encoding="ascii")
    stream = ConsoleStream(ascii_only)  # type: ignore[arg-type]
    stream.write("Lynas Malaysia — 九州\n")
    ascii_only.flush()
    assert raw.getvalue() == b"Lynas Malaysia \\u2014 \\u4e5d\\u5dde\n"
