"""Command line: ``ree-evaluator score | sensitivity | portfolio | validate | template`` (no GUI needed).

Exit status: 0 scored (warnings and skipped rows included) / valid; 1 ``validate`` found rows with errors;
2 the input cannot be used, or an argument or output path is wrong. Errors are one sentence on stderr, no traceback
(``--debug`` shows it).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TextIO

from evaluator import __version__
from evaluator.base.wording import counted
from evaluator.console import ConsoleStream, visible

EXIT_OK = 0
EXIT_ROW_ERRORS = 1
EXIT_UNUSABLE = 2
#: Stopped by Ctrl-C or SIGTERM, as a shell reports a signal: 128 + its number.
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
COMMANDS = ("score", "sensitivity", "portfolio", "validate", "template")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ree-evaluator",
        description="Score, rank and export candidate rare-earth processing projects from an Excel workbook. "
        "Run ree-evaluator without arguments to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on unexpected errors")
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation headless (window, charts, export) and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    reading = argparse.ArgumentParser(add_help=False)
    reading.add_argument("input", type=Path, help="input workbook (.xlsx, .xlsm, .xls, .ods or .csv)")
    reading.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="import choices as JSON: sheet, header_row, unit_row, columns {header: field}, decimal_mark, "
        "include_hidden_rows (see docs/input-template.md)",
    )
    scoring = argparse.ArgumentParser(add_help=False, parents=[reading])
    scoring.add_argument("--method", choices=("wsm", "topsis"), help="aggregation method (default: wsm)")
    scoring.add_argument(
        "--weights",
        metavar="cost=40,risk=35,coverage=25",
        help="criterion weights; normalised to sum to 1; criteria not named keep their value",
    )
    scoring.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set any parameter, e.g. --set discount_rate=0.1 --set stages=operating,construction; "
        "repeatable; see METHOD.md for names",
    )
    scoring.add_argument(
        "--preset",
        metavar="NAME",
        help="start from a named set of parameters: v2 (the default, METHOD.md v2) or v1 (version 1's method, §7); "
        "the workbook's Settings sheet and --set still apply on top",
    )
    scoring.add_argument("--json", type=Path, metavar="OUT.json", help="write the result as JSON ('-' for stdout)")
    scoring.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    score = commands.add_parser("score", parents=[scoring], help="score and rank a workbook; optionally export it")
    score.add_argument("-o", "--output", type=Path, help="write the ranked shortlist workbook here (.xlsx)")
    score.add_argument(
        "--pdf", type=Path, metavar="OUT.pdf", help="write the committee pack as a PDF (summary, shortlist, charts)"
    )
    score.add_argument("--top", type=int, metavar="N", help="shortlist size (default 10)")

    sensitivity = commands.add_parser(
        "sensitivity", parents=[scoring], help="Monte Carlo rank acceptability, winner stability and weight sweep"
    )
    sensitivity.add_argument("--samples", type=int, metavar="N", help="Monte Carlo samples (default 5000)")
    sensitivity.add_argument("--seed", type=int, metavar="S", help="random seed (same seed, same results)")
    sensitivity.add_argument("-o", "--output", type=Path, help="write the shortlist workbook with a Sensitivity sheet")
    sensitivity.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the committee pack as a PDF")

    portfolio = commands.add_parser(
        "portfolio", parents=[scoring], help="choose the set of projects covering the critical elements best"
    )
    portfolio.add_argument(
        "--budget", type=_positive_number, required=True, metavar="MUSD", help="capex budget, USD million"
    )
    portfolio.add_argument("--max-projects", type=int, metavar="K", help="at most K projects")
    portfolio.add_argument("--per-country", type=int, metavar="M", help="at most M projects per host country")
    portfolio.add_argument(
        "--min-countries", type=int, metavar="D", help="each critical element produced in at least D countries"
    )
    portfolio.add_argument("--critical", metavar="Nd,Pr,Dy,Tb", help="the critical elements (default Nd, Pr, Dy, Tb)")
    portfolio.add_argument("-o", "--output", type=Path, help="write the shortlist workbook with a Portfolio sheet")
    portfolio.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the committee pack as a PDF")

    commands.add_parser("validate", parents=[reading], help="list every problem in a workbook with its cell reference")

    template = commands.add_parser("template", help="write a blank, documented input template")
    template.add_argument("output", type=Path, help="where to write the template (.xlsx)")
    template.add_argument("--force", action="store_true", help="replace the file if it exists")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ree-evaluator`` console script.

    Everything printed, argparse's messages included, goes through :class:`~evaluator.console.ConsoleStream`:
    workbook text reaches the terminal shown, never obeyed (issue 9.9).
    """
    streams = sys.stdout, sys.stderr
    if sys.stdout is not None:  # None in a windowed build: print() then writes nothing, and must go on doing so
        sys.stdout = ConsoleStream(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = ConsoleStream(sys.stderr)
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    finally:
        sys.stdout, sys.stderr = streams


def _main(args_list: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    from evaluator.base.errors import EvaluatorError
    from evaluator.model.parameters import ParameterError

    previous = _stop_cleanly_on_sigterm()
    try:
        _check_outputs(args)
        command = {
            "score": _score,
            "sensitivity": _sensitivity,
            "portfolio": _portfolio,
            "validate": _validate,
            "template": _template,
        }[args.command]
        return command(args, sys.stdout)
    except ParameterError as error:
        print(f"ree-evaluator: invalid parameter: {visible(error)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except EvaluatorError as error:  # the one family of user sentences (evaluator/base/errors.py)
        print(f"ree-evaluator: {visible(error)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:  # output piped into `head` or a closed pager: not an error worth a message
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (KeyboardInterrupt, _Terminated) as stop:
        # Ctrl-C or SIGTERM: the exception has unwound every write (atomic temps removed), so say so in one line
        # instead of a KeyboardInterrupt traceback (issue 9.12).
        code = EXIT_INTERRUPTED if isinstance(stop, KeyboardInterrupt) else EXIT_TERMINATED
        print(
            "ree-evaluator: stopped before finishing; files not reported as written were left untouched.",
            file=sys.stderr,
        )
        return code
    except Exception as error:  # a bug: still one sentence unless asked for the traceback
        if args.debug:
            raise
        print(
            f"ree-evaluator: unexpected error ({type(error).__name__}: {error}); rerun with --debug for details.",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


def _positive_number(text: str) -> float:
    """A finite number above zero (``nan``, ``inf`` and ``-5`` are refused with the argument's name by argparse)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number above zero")
    return value


class _Terminated(BaseException):
    """SIGTERM as an exception, so that ``finally`` blocks (temporary files) run as they do for Ctrl-C."""


def _stop_cleanly_on_sigterm():
    """Turn SIGTERM into :class:`_Terminated` for this command (the default kills without cleaning up)."""
    import signal

    def terminated(_signum, _frame) -> None:
        raise _Terminated

    try:
        return signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread (the CLI called from a library user's thread): leave it
        return None


def names_a_file(argument: str) -> bool:
    """A lone argument opens the app on it (ui/launch.py) only when it is a file (or names one): ``scores`` is a
    mistyped command (it launched the GUI, which then aborted on a server, issue 9.13) and goes to the parser."""
    if argument.startswith("-") or argument in COMMANDS:
        return False
    return Path(argument).exists() or bool(Path(argument).suffix)


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse, before reading anything, an output that is an input or another output (issue 9.2)."""
    from evaluator.base.file_checks import FileCheckError, refuse_overwriting

    if args.command == "template":
        if args.output.exists() and not args.force:
            raise FileCheckError(f"{args.output} exists; pass --force to replace it (nothing was written).")
        return
    outputs = [getattr(args, "output", None), getattr(args, "pdf", None), getattr(args, "json", None)]
    refuse_overwriting(outputs, [args.input, getattr(args, "mapping", None)])


def print_help_without_the_app(arguments: Sequence[str]) -> int:
    """What ``ree-evaluator`` does when the app is wanted but PySide6 is not installed: the commands' help, and a
    line saying why (exit 0 when nothing was asked of the app, 2 when a file or the self-test was)."""
    if sys.stdout is not None:
        build_parser().print_help(ConsoleStream(sys.stdout))
    if sys.stderr is not None:
        print("\nThe desktop app is not installed here; use the commands above.", file=sys.stderr)
    return EXIT_UNUSABLE if arguments else EXIT_OK


def parse_weights(text: str) -> dict[str, str]:
    """``cost=40,risk=35,coverage=25`` → ``{"weight_cost": "40", ...}`` (values checked by Parameters)."""
    from evaluator.model.criteria import CRITERIA
    from evaluator.model.parameters import ParameterError

    out: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        criterion = name.strip().lower()
        if not sep or criterion not in CRITERIA:
            raise ParameterError(f"--weights takes cost=N,risk=N,coverage=N; '{part.strip()}' is not of that form")
        out[f"weight_{criterion}"] = value.strip()
    return out


def _parameters(args: argparse.Namespace, workbook_settings: dict):
    """Defaults (or ``--preset``), then the workbook's Settings sheet, then the command line (the later wins)."""
    from evaluator.model.parameters import ParameterError, preset

    overrides: dict[str, object] = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            raise ParameterError(f"--set takes NAME=VALUE, got '{item}'")
        overrides[name.strip()] = value.strip()
    if args.weights:
        overrides.update(parse_weights(args.weights))
    if args.method:
        overrides["method"] = args.method
    for option, name in _OPTION_PARAMETERS.items():
        value = getattr(args, option, None)
        if value is not None:
            overrides[name] = value
    return preset(args.preset or "v2").replace(**workbook_settings).with_settings(overrides)


#: Command-line options that are parameters under another name.
_OPTION_PARAMETERS = {
    "top": "top_n",
    "samples": "mc_samples",
    "seed": "mc_seed",
    "budget": "portfolio_budget_musd",
    "max_projects": "portfolio_max_projects",
    "per_country": "portfolio_per_country",
    "min_countries": "portfolio_min_countries",
    "critical": "portfolio_critical",
}


def _choices(args: argparse.Namespace):
    """The import choices of ``--mapping FILE`` (issue 8.7), or the automatic import."""
    from evaluator.inputs.mapping_file import read_mapping_file
    from evaluator.model.import_choices import AUTOMATIC

    return read_mapping_file(args.mapping) if getattr(args, "mapping", None) else AUTOMATIC


def _scored(args: argparse.Namespace):
    """Load, apply parameters, score; the shared first half of score, sensitivity and portfolio."""
    from evaluator.inputs.load import load_workbook
    from evaluator.model.issues import InputFileError
    from evaluator.scoring.ranking import score

    dataset = load_workbook(args.input, _choices(args))
    params = _parameters(args, dataset.settings)
    if len(dataset) == 0:
        failed = dataset.rows_with_errors
        rows = "its only data row has" if failed == 1 else f"all {failed} data rows have"
        why = (
            f"{rows} errors; run 'ree-evaluator validate {args.input}' to see them"
            if dataset.rows_read
            else f"sheet '{dataset.sheet}' holds no project rows below its header"
        )
        raise InputFileError(f"No project in {args.input.name} can be scored: {why}.")
    return score(dataset, params)


def _emit_json(document: dict, target: Path, out: TextIO) -> None:
    import json

    from evaluator.outputs.json_export import write_document

    if str(target) == "-":
        json.dump(document, out, indent=2, ensure_ascii=False, allow_nan=False)
        out.write("\n")
    else:
        write_document(document, target)


def _write_outputs(args: argparse.Namespace, ranking, document: Callable[[], dict], out: TextIO, **export) -> bool:
    """Write the workbook (``-o``, with ``export``'s extra sheets), the PDF pack (``--pdf``) and the JSON
    (``--json``) that were asked for.

    Returns True when the JSON went to standard output: nothing else may be printed there then.
    """
    if args.output:
        from evaluator.outputs.workbook_export import export_shortlist

        export_shortlist(ranking, args.output, **export)
    if getattr(args, "pdf", None):
        from evaluator.outputs.pdf_export import export_pdf

        export_pdf(ranking, args.pdf, **export)
    if args.json:
        _emit_json(document(), args.json, out)
        return str(args.json) == "-"
    return False


def _say_written(args: argparse.Namespace, out: TextIO, workbook: str = "Workbook") -> None:
    """Say where the files went, after the results."""
    if args.output:
        print(f"{workbook} written to {args.output}", file=out)
    if getattr(args, "pdf", None):
        print(f"PDF written to {args.pdf}", file=out)
    if args.json:
        print(f"JSON written to {args.json}", file=out)


def _sensitivity(args: argparse.Namespace, out: TextIO) -> int:
    from evaluator.analysis.robustness import analyse
    from evaluator.outputs.json_export import sensitivity_document

    ranking = _scored(args)
    report = analyse(ranking)
    mc, stability, sweep = report.monte_carlo, report.stability, report.sweep
    document = partial(sensitivity_document, ranking, mc, stability, sweep)  # built only for --json
    if _write_outputs(args, ranking, document, out, robustness=report) or args.quiet:
        return EXIT_OK
    params = ranking.parameters
    print(
        f"{params.method.upper()}, {len(ranking)} projects; Monte Carlo {mc.samples:,} samples, seed {mc.seed}, "
        f"α = {mc.alpha:g}; {mc.varied['capex_ranges']} capex and {mc.varied['opex_ranges']} opex ranges used.",
        file=out,
    )
    print(visible(stability.sentence), file=out)
    print(f"{'rank':>4}  {'id':<10} {'project':<34} {'P(top1)':>8} {'P(top3)':>8} {'mean':>6} {'5-95 %':>8}", file=out)
    table = mc.table().head(params.top_n)
    for row in table.itertuples(index=False):
        interval = f"{row.rank_p5}-{row.rank_p95}"
        print(
            f"{row.rank:>4}  {_cut(row.project_id, 10):<10} {_cut(row.name, 34):<34} {row.p_top1:>8.1%} "
            f"{row.p_top3:>8.1%} {row.mean_rank:>6.1f} {interval:>8}",
            file=out,
        )
    names = dict(zip(ranking.table["project_id"], ranking.table["name"], strict=True))  # sentences name projects
    for criterion, item in sweep.criteria.items():
        changes = (
            "; ".join(
                f"at {c.weight:.1%} {visible(names.get(c.before, c.before))} → {visible(names.get(c.after, c.after))}"
                for c in item.changes
            )
            or "none"
        )
        print(f"Rank 1 along the {criterion} weight sweep (now {item.current:.0%}): {changes}", file=out)
    _say_written(args, out)
    return EXIT_OK


def _portfolio(args: argparse.Namespace, out: TextIO) -> int:
    from evaluator.analysis.portfolio import PortfolioConstraints, build_portfolio, portfolio_document

    ranking = _scored(args)
    result = build_portfolio(ranking, PortfolioConstraints.from_parameters(ranking.parameters))
    if _write_outputs(args, ranking, lambda: portfolio_document(result), out, portfolio=result) or args.quiet:
        return EXIT_OK
    print(f"Portfolio ({result.status}): {visible(result.message)}", file=out)
    if result.selected:
        print(f"Binding: {', '.join(result.binding) or 'none'}.", file=out)
        print(
            f"{'rank':>4}  {'id':<10} {'project':<34} {'country':<14} {'capex USD m':>11} {'adds':>6}  only it gives",
            file=out,
        )
        for row in result.projects.itertuples(index=False):
            print(
                f"{row.rank:>4}  {_cut(row.project_id, 10):<10} {_cut(row.name, 34):<34} {_cut(row.country, 14):<14} "
                f"{row.capex_musd:>11,.0f} {row.adds:>6.1f}  {row.unique}",
                file=out,
            )
    _say_written(args, out)
    return EXIT_OK


def _score(args: argparse.Namespace, out: TextIO) -> int:
    from evaluator.outputs.json_export import ranking_document

    ranking = _scored(args)
    if _write_outputs(args, ranking, lambda: ranking_document(ranking), out) or args.quiet:
        return EXIT_OK
    _print_ranking(ranking, out)
    _say_written(args, out, "Shortlist")
    return EXIT_OK


def _print_ranking(ranking, out: TextIO) -> None:
    dataset = ranking.dataset
    params = ranking.parameters
    w = params.weights()
    print(
        f"{dataset.source.path.name if dataset.source else 'dataset'}: {len(dataset)} projects loaded, "
        f"{counted(dataset.rows_with_errors, 'row')} left out, {counted(dataset.warning_count, 'warning')}.",
        file=out,
    )
    print(
        f"{params.method.upper()}, weights cost {w[0]:.0%} / risk {w[1]:.0%} / coverage {w[2]:.0%}. "
        f"{ranking.filter_summary()}",
        file=out,
    )
    table = ranking.table.head(params.top_n)
    header = (
        f"{'rank':>4}  {'id':<10} {'project':<34} {'country':<16} {'LCOP $/kg':>9} {'cost':>6} {'risk':>6} "
        f"{'cover':>6} {'overall':>7}"
    )
    print(header, file=out)
    for row in table.itertuples(index=False):
        print(
            f"{row.rank:>4}  {_cut(row.project_id, 10):<10} {_cut(row.name, 34):<34} {_cut(row.country, 16):<16} "
            f"{row.lcop_usd_per_kg:>9.1f} {row.cost_score:>6.1f} {row.risk_score:>6.1f} {row.coverage_score:>6.1f} "
            f"{row.overall:>7.1f}",
            file=out,
        )


def _cut(text: object, width: int) -> str:
    """``text`` as one visible table cell of at most ``width`` characters (controls escaped first, issue 9.9)."""
    text = visible(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    from evaluator.inputs.load import load_workbook

    dataset = load_workbook(args.input, _choices(args))
    print(
        f"{args.input.name}: {dataset.rows_read} data rows read from sheet '{dataset.sheet}'; "
        f"{counted(len(dataset), 'project')} load, {counted(dataset.rows_with_errors, 'row')} left out, "
        f"{counted(dataset.error_count, 'error')}, {counted(dataset.warning_count, 'warning')}.",
        file=out,
    )
    for issue in dataset.issues:
        value = f" [value: {visible(issue.value)}]" if issue.value else ""
        print(f"{issue.severity.value.upper():7} {visible(issue.cell):<16} {visible(issue.message)}{value}", file=out)
    if dataset.settings:
        shown = ", ".join(f"{k}={_plain_value(v)}" for k, v in dataset.settings.items())
        print(f"Settings from the workbook: {shown}", file=out)
    return EXIT_ROW_ERRORS if dataset.error_count else EXIT_OK


def _plain_value(value: object) -> str:
    """A setting as a person would write it (``CHN, RUS`` rather than ``frozenset({'CHN', 'RUS'})``)."""
    if isinstance(value, frozenset | set | list | tuple):
        return ", ".join(sorted(str(v) for v in value)) or "(none)"
    return str(value)


def _template(args: argparse.Namespace, out: TextIO) -> int:
    from evaluator.inputs.template import write_template

    write_template(args.output)
    print(f"Template written to {args.output}", file=out)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
