"""Clearsight: find and triage violent-extremist content for human review, offline."""

__version__ = "0.1.0"
