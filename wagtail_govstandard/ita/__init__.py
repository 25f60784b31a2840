"""The ITA year as data: frameworks, per-item completeness, the public ITA page, the MOIT 1 pack, the province view."""
