"""The public site's look: theme settings, the page frame, home page blocks, the alert banner."""
