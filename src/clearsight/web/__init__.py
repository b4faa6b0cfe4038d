"""The web UI: server-rendered pages over the review service."""
