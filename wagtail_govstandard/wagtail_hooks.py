"""Registration only: menus, panels, viewsets, reports, permissions. Each points elsewhere."""

from wagtail import hooks  # noqa: F401

# --- foundation (pages, documents) ---

# --- publication requests and workflow (seed 2.2) ---

# --- monitoring: expiry, completeness, annual report, audit (seed 3) ---

# --- visit statistics and satisfaction survey (seed 1.10) ---
from .visits.counting import remember_served_page

hooks.register("before_serve_page", remember_served_page)
