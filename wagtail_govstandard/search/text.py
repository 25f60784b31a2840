"""The readable text of a page, for the search index and the excerpt under a result."""

from django.db import models
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

# Fields that say nothing a reader searches for (codes, URLs, numbers).
SKIP = {"slug", "path", "url_path", "draft_title", "category", "kind", "channel", "oia_section", "seo_title"}


def _field_text(page, field):
    value = getattr(page, field.name, None)
    if value in (None, ""):
        return []
    if isinstance(field, StreamField):
        return [strip_tags(str(part)) for part in field.get_searchable_content(value)]
    if isinstance(field, RichTextField):
        return [strip_tags(value)]
    return [str(value)]


def page_text(page):
    """Title, description and every text field of the specific page, StreamField blocks
    included, then the titles of its attached files."""
    parts = [page.title, getattr(page, "search_description", "")]
    prose, short = [], []  # body-like fields first: the excerpt and the description start there
    for field in page._meta.get_fields():
        if field.name in SKIP or field.name in ("title", "search_description"):
            continue
        if isinstance(field, (StreamField, RichTextField)):
            prose += _field_text(page, field)
        elif isinstance(field, (models.TextField, models.CharField)) and not field.choices \
                and not isinstance(field, models.URLField):
            short += _field_text(page, field)
    parts += prose + short
    if page.pk and hasattr(page, "files"):
        parts += [a.document.title for a in page.files if a.document_id]
    return "\n".join(p for p in parts if p)
