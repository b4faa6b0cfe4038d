"""``clearsight audit verify``: check the hash chain of the event log.

Exit 0 and the number of events when intact; exit 1 and the first bad event on tampering.
"""

from __future__ import annotations

import typer

from clearsight.cli.audit_bias import bias
from clearsight.cli.common import ConfigOption, DbOption, console, open_store, settings_from
from clearsight.eventlog import verify as verify_chain

audit_app = typer.Typer(help="The audit log (hash-chained events).", no_args_is_help=True)
audit_app.command("bias")(bias)


@audit_app.command("verify")
def verify(db: DbOption = None, config: ConfigOption = None) -> None:
    """Check every event's hash and link; record the head hash it prints somewhere safe."""
    store = open_store(settings_from(db, config))
    try:
        result = verify_chain(store.engine)
    finally:
        store.close()
    if result.ok:
        console.print(f"ok: {result.checked} events intact", markup=False)
        console.print(f"head: {result.head_hash}", markup=False, soft_wrap=True)
        return
    where = f"event id {result.first_bad_id}" if result.first_bad_id else "the log's end"
    console.print(
        f"TAMPERED: {where} (seq {result.first_bad_seq}): {result.reason}; "
        f"{result.checked} events checked before it",
        markup=False,
        soft_wrap=True,
    )
    raise typer.Exit(1)


from clearsight.cli.report import audit_decisions  # noqa: E402  (part of issue 6)

audit_app.command("decisions")(audit_decisions)
