"""Turn a Wagtail site into a Thai government website (Government Website Standard, seed 2.2)."""

__version__ = "0.1.0"
