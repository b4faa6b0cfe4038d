"""The TVEC functional test suite: HateCheck-style fictional cases, per functionality x language.

cases()            every FunctionalCase, built deterministically from templates x fillers
write_jsonl(path)  export them as JSON lines
run_suite(score, thresholds) -> SuiteReport (accuracy per functionality x language)
"""

from __future__ import annotations

from clearsight.evaluation.functional.report import Scorer, SuiteReport, is_correct, run_suite
from clearsight.evaluation.functional.spec import (
    FUNCTIONALITIES,
    LABELS,
    LANGS,
    FunctionalCase,
    Functionality,
)
from clearsight.evaluation.functional.suite import case_row, cases, write_jsonl

__all__ = [
    "FUNCTIONALITIES",
    "LABELS",
    "LANGS",
    "FunctionalCase",
    "Functionality",
    "Scorer",
    "SuiteReport",
    "case_row",
    "cases",
    "is_correct",
    "run_suite",
    "write_jsonl",
]
