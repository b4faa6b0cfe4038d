"""The hash-chained Event log: every stage may append; ``clearsight audit verify`` checks it."""

from clearsight.eventlog.chain import (
    GENESIS,
    Event,
    Verification,
    append,
    canonical,
    latest,
    record,
    verify,
)

__all__ = ["GENESIS", "Event", "Verification", "append", "canonical", "latest", "record", "verify"]
