"""``clearsight demo``: generate the fictional demo corpus, scan it, show the top cases."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated

import typer

from clearsight.cli.cases import print_cases
from clearsight.cli.common import console, local_actor, open_store
from clearsight.cli.scan import print_report, run_scan
from clearsight.config import Settings, load_settings
from clearsight.demo.corpus import generate
from clearsight.normalize.pseudonym import ensure_key
from clearsight.review.service import ReviewService


def demo(
    out: Annotated[Path, typer.Option("--dir", help="where the corpus and database go")] = Path(
        "demo-out"
    ),
    seed: Annotated[int, typer.Option(help="corpus seed")] = 7,
    top: Annotated[int, typer.Option(min=1, help="how many cases to show")] = 15,
) -> None:
    """Generate a fictional multilingual corpus, scan it into a new database, list top cases."""
    corpus = generate(out / "corpus", seed=seed)
    db = out / "clearsight.db"
    for old in out.glob("clearsight.db*"):
        old.unlink()
    settings = load_settings(db=str(db), key_file=out / "pseudonym.key")
    ensure_key(settings.key_file)
    report = run_scan(settings, list(corpus.paths))
    print_report(report)
    store = open_store(settings)
    try:
        found = store.cases(limit=top)
        previews = store.texts(c.item_hash for c in found)
    finally:
        store.close()
    print_cases(found, previews)
    password = _demo_admin(settings)
    first = found[0].item_hash[:12] if found else "ITEM_ID"
    console.print(f"Next: clearsight items show {first} --db {db}", markup=False)
    console.print(
        f"Review workspace: clearsight serve --dev --db {db}  (log in as 'admin' with the "
        f"generated password {password} — shown once)",
        markup=False,
    )


def _demo_admin(settings: Settings) -> str:
    """An admin account with a generated password for the demo's review workspace."""
    password = secrets.token_urlsafe(12)
    store = open_store(settings)
    try:
        ReviewService(store.engine, settings).create_user(
            "admin", "admin", password, actor=local_actor()
        )
    finally:
        store.close()
    return password
