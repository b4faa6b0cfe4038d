"""Training data written by the Clearsight project: fictional, multilingual, contrastive.

Every row carries ``source: "clearsight-written"``. The texts were written for Clearsight: all
groups, slogans, towns and people are invented; identity terms name real protected
characteristics only so that models learn that mentioning them is not hate. The rows teach
stance rather than topic: each harmful category has a benign or counter-speech partner on the
same topic (glorification/condemnation, recruitment/analysis, threat/hyperbole, slogan/quote,
support/negated support), in en, ru, fr, de and ar. The frames and names are kept apart from
the functional suite (``clearsight.evaluation.functional``); a test enforces it.
"""

from __future__ import annotations

from clearsight.training.written.build import CATEGORIES, SOURCE, examples
from clearsight.training.written.row import WrittenRow

__all__ = ["CATEGORIES", "SOURCE", "WrittenRow", "examples"]
