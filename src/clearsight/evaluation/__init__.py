"""Evaluation of detection models: the TVEC functional test suite and its report."""
