"""The ``clearsight`` command: a thin adapter over the library.

Exit codes: 0 ok, 1 failure, 2 user error (bad arguments, missing files, bad input).
"""

from __future__ import annotations

import os
import sys

import typer

from clearsight.cli import (
    audit,
    bank,
    cases,
    classify,
    demo,
    lexicon,
    model,
    plugins,
    report,
    retention,
    scan,
    serve,
    token,
    user,
)
from clearsight.cli.common import safe
from clearsight.errors import ClearsightError

app = typer.Typer(
    name="clearsight",
    help="Find and triage violent-extremist content for human review, offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("init")(scan.init)
app.command("scan")(scan.scan)
app.command("plugins")(plugins.plugins)
app.command("demo")(demo.demo)
app.command("classify")(classify.classify)
app.add_typer(model.model_app, name="model")
app.command("serve")(serve.serve)
app.add_typer(cases.cases_app, name="cases")
app.add_typer(cases.items_app, name="items")
app.add_typer(lexicon.lexicon_app, name="lexicon")
app.add_typer(user.user_app, name="user")
app.add_typer(token.token_app, name="token")
app.add_typer(audit.audit_app, name="audit")
app.add_typer(report.report_app, name="report")
app.add_typer(retention.retention_app, name="retention")
app.add_typer(bank.bank_app, name="bank")
app.command("match")(bank.match)
app.command("hash")(bank.hash_)


def main() -> None:
    """Console-script entry point: maps Clearsight errors to exit codes and messages.

    Typer handles usage errors itself (exit 2) and exits through SystemExit.
    """
    try:
        app()
    except ClearsightError as exc:
        print(f"error: {safe(str(exc))}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except Exception as exc:  # an unexpected failure: exit 1, traceback only when asked
        if os.environ.get("CLEARSIGHT_DEBUG"):
            raise
        print(f"error: {type(exc).__name__}: {safe(str(exc))}", file=sys.stderr)
        sys.exit(1)
