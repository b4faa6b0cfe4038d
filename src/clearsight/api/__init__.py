"""The REST API: a thin adapter over the review service and the scan stages."""

from __future__ import annotations

from clearsight.api.app import create_app

__all__ = ["create_app"]
