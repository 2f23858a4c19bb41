"""Facility types, stages and product forms as analysts write them (METHOD.md v2 §1)."""

from __future__ import annotations

import pytest

from evaluator.reference.vocabulary import (
    DEFAULT_INPUT_FORM,
    DEFAULT_OUTPUT_FORM,
    FACILITY_TYPES,
    INPUT_FORMS,
    OUTPUT_FORMS,
    facility_type_of,
    form_of,
    stage_of,
)


@pytest.mark.parametrize(
    ("written", "facility_type"),
    [
        ("Cracking & leaching", "intermediate"),
        ("MREC", "intermediate"),
        ("Strip-cast alloy", "alloy"),
        ("Alloys", "alloy"),
        ("Magnet recycling", "recycling"),
        ("Recycler", "recycling"),
        ("Metal", "metal"),
        ("separation + metal", "integrated"),
    ],
)
def test_v2_facility_types(written: str, facility_type: str) -> None:
    assert facility_type_of(written)[0] == facility_type


@pytest.mark.parametrize(
    ("written", "form"),
    [
        ("Mixed rare earth carbonate", "mixed"),
        ("MREC", "mixed"),
        ("Separated oxides", "oxide"),
        ("NdPr oxide", "oxide"),
        ("NdFeB", "magnet"),
        ("Monazite", "concentrate"),
        ("NdPr metal", "metal"),
        ("NdFeB alloy", "alloy"),
    ],
)
def test_output_forms_as_written(written: str, form: str) -> None:
    assert form_of(written) == form


def test_input_only_forms_are_refused_as_outputs_and_read_as_inputs() -> None:
    assert form_of("Run-of-mine", INPUT_FORMS) == "ore"
    assert form_of("End-of-life magnets", INPUT_FORMS) == "scrap"
    assert form_of("Swarf", INPUT_FORMS) == "scrap"
    assert form_of("Scrap") is None, "a plant does not sell scrap"
    assert form_of("ore") is None
    assert form_of("widgets", INPUT_FORMS) is None


def test_every_facility_type_has_default_forms_of_the_right_kind() -> None:
    assert set(DEFAULT_OUTPUT_FORM) == set(FACILITY_TYPES) == set(DEFAULT_INPUT_FORM)
    assert set(DEFAULT_OUTPUT_FORM.values()) <= set(OUTPUT_FORMS)
    assert set(DEFAULT_INPUT_FORM.values()) <= set(INPUT_FORMS)
    # METHOD.md v2 §1's table, spot-checked: intermediate sells mixed from concentrate, a magnet plant buys alloy.
    assert (DEFAULT_OUTPUT_FORM["intermediate"], DEFAULT_INPUT_FORM["intermediate"]) == ("mixed", "concentrate")
    assert (DEFAULT_OUTPUT_FORM["magnet"], DEFAULT_INPUT_FORM["magnet"]) == ("magnet", "alloy")
    assert (DEFAULT_OUTPUT_FORM["recycling"], DEFAULT_INPUT_FORM["recycling"]) == ("oxide", "scrap")


def test_on_hold_and_its_aliases() -> None:
    assert {stage_of(w) for w in ("On hold", "suspended", "Paused", "cancelled")} == {"on_hold"}
