"""Bias audits of models (and, later, of human decisions); the model promotion gate.

Distinct from :mod:`clearsight.eventlog`, the hash-chained log these audits write events to.
"""
