"""Retention: purge content past its retention period unless a legal hold keeps it."""

from clearsight.retention.purge import RetentionPlan, held_items, plan, run

__all__ = ["RetentionPlan", "held_items", "plan", "run"]
