"""Visit counting (seed 1.10): who is counted, the visitor hash, the buffer, the roll-ups."""
