"""Transparency reports (TCO Art 7, DSA Art 15) and the statement-of-reasons export."""
