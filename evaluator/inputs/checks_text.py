"""The checks of the Projects sheet's text cells: formulas, names, ids, countries, vocabulary, elements (METHOD.md §1).

Each check is a small pure function of the sheet's readings (:class:`~evaluator.inputs.readings.ProjectColumns`)
that yields the cells it flags (:class:`~evaluator.inputs.data_rows.Flagged`), vectorised over whole columns: a
message is formatted only for a flagged cell. :data:`evaluator.inputs.validate.CHECKS` lists them in the order their
issues are written; the numeric checks are in :mod:`evaluator.inputs.checks_numbers`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from evaluator.base.i18n import translate
from evaluator.inputs.cells import EXCEL_CELL_CHARACTERS, invisible_characters, text_of
from evaluator.inputs.data_rows import REQUIRED, Flagged, by_value, fixed
from evaluator.inputs.readings import ProjectColumns
from evaluator.model.issues import Severity, display_value
from evaluator.reference.elements import parse_element_list
from evaluator.reference.vocabulary import FACILITY_TYPES, INPUT_FORMS, OUTPUT_FORMS


def check_formulas_calculated(columns: ProjectColumns) -> Iterator[Flagged]:
    """A formula cell saved without its value: an error where the field is required (issue 8.10)."""
    rows = columns.rows
    by_column = {column: name for name, column in rows.header.fields.items()}
    by_column.update({column: symbol for symbol, column in rows.header.elements.items() if column not in by_column})
    for column, mask in sorted(rows.uncalculated.items()):
        field = by_column[column]

        def message(i: int, _value: Any, c: int = column, f: str = field) -> str:
            return translate(
                "Issues",
                "{column} holds a formula with no saved value ({formula}) — open and save the file in Excel or "
                "LibreOffice so that its results are stored.",
            ).format(column=f, formula=display_value(rows.formula_text[(i, c)], 40))

        yield Flagged(mask, field, Severity.ERROR if field in REQUIRED else Severity.WARNING, message, column)


def check_text_fits_cell(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    """Text longer than an Excel cell holds: cut there with a final "…", said once per cell (issue 9.13)."""
    lengths = columns.rows.text_lengths(field)

    def too_long(i: int, _value: Any) -> str:
        return translate(
            "Issues",
            "{column} holds {length} characters, more than an Excel cell holds ({limit}); it is cut "
            "there, ending in “…”.",
        ).format(column=field, length=f"{lengths[i]:,}", limit=f"{EXCEL_CELL_CHARACTERS:,}")

    yield Flagged(lengths > EXCEL_CELL_CHARACTERS, field, Severity.WARNING, too_long)


def check_name_given(columns: ProjectColumns) -> Iterator[Flagged]:
    empty = columns.rows.empty(columns.names == "", "name")
    yield Flagged(empty, "name", Severity.ERROR, fixed(translate("Issues", "{column} is empty.").format(column="name")))


def check_id_visible(columns: ProjectColumns) -> Iterator[Flagged]:
    """An id holding invisible characters (zero-width spaces, marks): they are removed (issue 9.13)."""
    ids = columns.ids

    def message(i: int, _value: Any) -> str:
        return translate(
            "Issues", "{column} '{value}' holds invisible characters ({characters}); they were removed."
        ).format(column="project_id", value=ids.visible[i], characters=invisible_characters(ids.written[i]))

    yield Flagged(ids.visible != ids.written, "project_id", Severity.WARNING, message)


def check_id_unique(columns: ProjectColumns) -> Iterator[Flagged]:
    """An id already used on an earlier row (compared by id key: ``A\u200b1``, ``Ａ1`` and ``A1`` are one id)."""
    ids = columns.ids

    def message(i: int, _value: Any) -> str:
        return translate("Issues", "{column} '{value}' is already used on row {row}; ids must be unique.").format(
            column="project_id", value=ids.ids[i], row=ids.first_row[ids.keys[i]]
        )

    yield Flagged(ids.duplicate, "project_id", Severity.ERROR, message)


def check_country_given(columns: ProjectColumns) -> Iterator[Flagged]:
    empty = columns.rows.empty(columns.site.written == "", "country")
    sentence = translate("Issues", "{column} is empty.").format(column="country")
    yield Flagged(empty, "country", Severity.ERROR, fixed(sentence))


def check_country_not_placeholder(columns: ProjectColumns) -> Iterator[Flagged]:
    """A site country written as not known ("TBD", "various", "n/a"): it is required, so the row is left out."""
    yield Flagged(
        columns.site.not_known,
        "country",
        Severity.ERROR,
        by_value(
            lambda v: translate("Issues", "{column} '{value}' means not known; the site country is required.").format(
                column="country", value=v
            )
        ),
    )


def check_country_recognised(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.site.unknown,
        "country",
        Severity.ERROR,
        by_value(lambda v: translate("Issues", "'{value}' is not a recognised country.").format(value=v)),
    )


def check_feed_shares_stated(columns: ProjectColumns) -> Iterator[Flagged]:
    """Several feed countries without shares: each is read as an equal share (METHOD.md v2 §1)."""
    lists = columns.feed.lists
    equal = {text for text, sources in lists.items() if not sources.stated}
    yield Flagged(
        pd.Series(columns.feed.written).isin(equal).to_numpy(),
        "feed_country",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues",
                "{column} '{value}' names {count} feed countries without shares; each is read as an equal share.",
            ).format(column="feed_country", value=v, count=len(lists[v].codes))
        ),
    )


def check_feed_shares_add_up(columns: ProjectColumns) -> Iterator[Flagged]:
    """Stated feed shares not summing to 100 % ± 1: rescaled to 100 %."""
    lists = columns.feed.lists
    rescaled = {text for text, sources in lists.items() if sources.rescaled}
    yield Flagged(
        pd.Series(columns.feed.written).isin(rescaled).to_numpy(),
        "feed_country",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues", "The feed shares in {column} '{value}' add up to {total}%; they are rescaled to 100%."
            ).format(column="feed_country", value=v, total=f"{lists[v].written_total:g}")
        ),
    )


def check_feed_country_recognised(columns: ProjectColumns) -> Iterator[Flagged]:
    feed = columns.feed
    yield Flagged(
        feed.unknown & ~feed.listed,
        "feed_country",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues", "'{value}' is not a recognised country; the feed country is treated as unknown."
            ).format(value=v)
        ),
    )


def check_feed_country_not_placeholder(columns: ProjectColumns) -> Iterator[Flagged]:
    """A feed country written as not known ("TBD", "n/a"): a blank, not a misspelt one (issue 8.8); risk assumed."""
    yield Flagged(
        columns.feed.not_known,
        "feed_country",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues",
                "{column} '{value}' means not known: the feed risk is assumed, a point for due diligence.",
            ).format(column="feed_country", value=v)
        ),
    )


def check_facility_type_known(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.facility_types.unknown,
        "facility_type",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues",
                "{column} '{value}' is not one of {types}; it is left blank.",
            ).format(column="facility_type", value=v, types=", ".join(FACILITY_TYPES))
        ),
    )


def check_form_known(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    """An output or input form the method does not know (METHOD.md v2 §1): left blank, so its value factor is
    unknown; a blank cell takes the facility type's default form."""
    vocabulary = columns.output_forms if field == "output_form" else columns.input_forms
    forms = OUTPUT_FORMS if field == "output_form" else INPUT_FORMS
    yield Flagged(
        vocabulary.unknown,
        field,
        Severity.WARNING,
        by_value(
            lambda v: translate("Issues", "{column} '{value}' is not one of {forms}; it is left blank.").format(
                column=field, value=v, forms=", ".join(forms)
            )
        ),
    )


def check_facility_type_single_step(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.facility_types.combined,
        "facility_type",
        Severity.WARNING,
        by_value(
            lambda v: translate("Issues", "{column} '{value}' names several steps; read as integrated.").format(
                column="facility_type", value=v
            )
        ),
    )


def check_stage_known(columns: ProjectColumns) -> Iterator[Flagged]:
    yield Flagged(
        columns.stages.unknown,
        "stage",
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues",
                "{column} '{value}' is not one of concept, scoping, pfs, dfs, construction, commissioning, "
                "operating, on hold; it is left blank.",
            ).format(column="stage", value=v)
        ),
    )


def check_elements_known(columns: ProjectColumns) -> Iterator[Flagged]:
    """An element list naming something that is no rare earth: the rest of the list is used."""
    unknown = columns.coverage.list_unknown
    if unknown is None:
        return
    yield Flagged(
        unknown,
        "elements",
        Severity.WARNING,
        by_value(
            lambda v: translate("Issues", "not rare-earth elements: {names}; the rest of the list is used.").format(
                names=", ".join(parse_element_list(text_of(v))[1])
            )
        ),
    )


def check_element_flags_readable(columns: ProjectColumns) -> Iterator[Flagged]:
    """A per-element column holding neither yes/no nor a tonnage: read as not produced."""
    for symbol, column, flags in columns.coverage.flags:

        def message(v: Any, s: str = symbol) -> str:
            return translate(
                "Issues",
                "{column} column holds '{value}'; write yes/no, x, 1/0 or tonnes per year (read as not produced).",
            ).format(column=s, value=text_of(v))

        yield Flagged(flags.bad, symbol, Severity.WARNING, by_value(message), column)


def check_elements_listed(columns: ProjectColumns) -> Iterator[Flagged]:
    """A project that loads with no element at all: its coverage score is 0."""
    header = columns.rows.header
    yield Flagged(
        columns.coverage.none,
        "elements",
        Severity.WARNING,
        fixed(translate("Issues", "No rare-earth element is listed for this project; its coverage score is 0.")),
        header.fields.get("elements", min(header.elements.values(), default=None)),
        loaded_only=True,
    )


def check_country_has_data(columns: ProjectColumns, field: str) -> Iterator[Flagged]:
    """A real country with no governance data: warned once, on its first row that loads, after all other checks."""
    context = columns.rows.context
    if context.known_countries is None:
        return
    iso3 = columns.site.iso3 if field == "country" else columns.feed.iso3
    yield Flagged(
        (iso3 != "") & ~pd.Series(iso3).isin(context.known_countries).to_numpy(),
        field,
        Severity.WARNING,
        by_value(
            lambda v: translate(
                "Issues",
                "No governance data for '{country}'; its country risk is assumed to be {risk} "
                "(add it to a Countries sheet to set it).",
            ).format(country=text_of(v), risk=f"{context.assumed_risk:g}")
        ),
        loaded_only=True,
        once_per=iso3,
    )
