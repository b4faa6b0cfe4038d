"""Training data and training pipelines for Clearsight's detection models."""
