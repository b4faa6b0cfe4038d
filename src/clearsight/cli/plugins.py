"""``clearsight plugins``: what the registry holds, built-in and third-party."""

from __future__ import annotations

from rich.table import Table

from clearsight.cli.common import console
from clearsight.pipeline.registry import default_registry


def plugins() -> None:
    """List sources, normalizers and analyzers with their versions and origins."""
    table = Table(title="plug-ins")
    for name in ("kind", "name", "version", "origin", "about"):
        table.add_column(name)
    for entry in default_registry().all():
        cls = entry.cls
        about = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        table.add_row(cls.kind, cls.name, cls.version, entry.origin, about)
    console.print(table)
