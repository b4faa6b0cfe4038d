"""``clearsight cases list`` and ``clearsight items show``."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from clearsight.cli.common import ConfigOption, DbOption, console, open_store, safe, settings_from
from clearsight.storage.protocols import ItemView
from clearsight.types import Case

cases_app = typer.Typer(help="The review queue: cases opened by triage.", no_args_is_help=True)
items_app = typer.Typer(help="Stored items with their evidence.", no_args_is_help=True)

JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


@cases_app.command("list")
def list_cases(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="how many cases")] = 20,
    status: Annotated[str, typer.Option(help="open, or 'all'")] = "open",
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Cases by priority (highest first), then age."""
    store = open_store(settings_from(db, config))
    try:
        found = store.cases(limit=limit, status=None if status == "all" else status)
        previews = store.texts(c.item_hash for c in found)
    finally:
        store.close()
    if as_json:
        console.print_json(data=[_case_json(c) for c in found])
        return
    print_cases(found, previews)


def print_cases(found: list[Case], previews: dict[str, str | None]) -> None:
    """One line per case; ``clearsight items show`` gives the whole text and evidence."""
    fixed = 4 + 4 + 12 + 14 + 19  # case, prio, item, categories and the table's borders
    room = max(console.width - fixed, 24)
    table = Table(title=f"{len(found)} cases (highest priority first)")
    table.add_column("case", justify="right", no_wrap=True)
    table.add_column("prio", justify="right", no_wrap=True)
    table.add_column("item", no_wrap=True)
    table.add_column("categories", overflow="ellipsis", no_wrap=True, max_width=14)
    table.add_column("text", overflow="ellipsis", no_wrap=True, max_width=room * 3 // 5)
    table.add_column("why", overflow="ellipsis", no_wrap=True, max_width=room * 2 // 5)
    for c in found:
        table.add_row(
            str(c.id),
            f"{c.priority:.1f}",
            c.item_hash[:12],
            ", ".join(c.categories),
            Text(safe(previews.get(c.item_hash), 200).replace("\n", " ")),
            Text(safe(c.reasons[0] if c.reasons else "", 200)),
        )
    console.print(table)


def _case_json(case: Case) -> dict[str, Any]:
    data = dataclasses.asdict(case)
    data["item_id"] = case.item_hash[:16]
    data["created_at"] = case.created_at.isoformat()
    return data


@items_app.command("show")
def show_item(
    item_id: Annotated[str, typer.Argument(help="item id (a prefix of 6+ hex characters)")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """One item: text with evidence highlighted, findings, sightings and its case."""
    store = open_store(settings_from(db, config))
    try:
        view = store.item(item_id)
    finally:
        store.close()
    if as_json:
        console.print(json.dumps(dataclasses.asdict(view), default=str, ensure_ascii=False))
        return
    print_item(view)


def print_item(view: ItemView) -> None:
    console.print(Text(f"item {view.id}  kind={view.kind}  lang={view.lang or '?'}", style="bold"))
    if view.title:
        console.print(Text("title: " + safe(view.title, 300)))
    if view.url:
        console.print(Text("url (not fetched): " + safe(view.url, 300)))
    if view.text is not None:
        console.print(highlighted(view))
    for m in view.media:
        console.print(Text(f"media {m.mime} {m.width}x{m.height} sha256={m.sha256} md5={m.md5}"))
    _print_findings(view)
    for s in view.sightings:
        where = f"line {s.line}" if s.line is not None else f"record {s.position}"
        author = f" author={s.author}" if s.author else ""
        console.print(Text(f"seen: {s.source} {safe(s.path, 80)} {where}{author}"))
    if view.case:
        c = view.case
        console.print(Text(f"case {c.id}: priority {c.priority:.1f}, {c.status}", style="bold"))
        for reason in c.reasons:
            console.print(Text("  - " + safe(reason, 300)))


def highlighted(view: ItemView) -> Text:
    """The item text with every evidence span underlined in reverse video."""
    text = Text(safe(view.text))
    for f in view.findings:
        for span in f.evidence.get("spans", []):
            text.stylize("reverse underline", span["start"], span["end"])
    return text


def _print_findings(view: ItemView) -> None:
    table = Table(title="findings")
    for name in ("analyzer", "category", "score", "evidence"):
        table.add_column(name, overflow="fold")
    for f in view.findings:
        spans = [safe(s["text"], 60) for s in f.evidence.get("spans", [])]
        table.add_row(
            f"{f.analyzer}@{f.version}", f.category, f"{f.score:.2f}", Text(", ".join(spans))
        )
    console.print(table)
