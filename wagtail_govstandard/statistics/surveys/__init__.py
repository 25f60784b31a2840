"""The satisfaction survey (seed 1.10): validating and storing answers, and reading results."""
