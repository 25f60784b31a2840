"""The ITA evidence table: for every OIT and MOIT item the category registry maps, the URLs on
this site that evidence it (the category index, then its latest live items) — the rows
agencies paste into the ITA system. Queries: one for the indexes, one per mapped category."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.models.pages import GovContentPage
from wagtail_govstandard.monitoring.completeness import index_urls


@dataclass
class EvidenceRow:
    item: str
    category: categories.Category
    kind: str  # "index", "item" or "none"
    title: str
    url: str

    @property
    def kind_label(self):
        return {"index": _("category index"), "item": _("item"), "none": _("no evidence yet")}[self.kind]


def _ref_order(ref):
    match = re.match(r"(MOIT|O)\s*(\d+)", ref)
    return (match.group(1) == "MOIT", int(match.group(2))) if match else (True, 999)


def mapped_items():
    """[(ref, [Category])] for every OIT/MOIT ref in the registry, O1..O43 then MOIT."""
    found = {}
    for category in categories.CATEGORIES:
        for ref in category.oit_items + category.moit_items:
            found.setdefault(ref, []).append(category)
    return sorted(found.items(), key=lambda pair: _ref_order(pair[0]))


def latest_items(site, code, limit):
    return list(GovContentPage.objects.live().descendant_of(site.root_page).filter(category=code)
                .order_by("-published_date", "-pk").only("pk", "title", "url_path")[:limit])


def evidence(site, request=None):
    """EvidenceRow list, one per URL (or one "none" row for an item without evidence)."""
    indexes, limit = index_urls(site, request), conf.get("ITA_EVIDENCE_ITEMS")
    items_by_code, rows = {}, []
    for ref, mapped in mapped_items():
        before = len(rows)
        for category in mapped:
            if category.code not in items_by_code:
                items_by_code[category.code] = latest_items(site, category.code, limit)
            if category.code in indexes:
                rows.append(EvidenceRow(ref, category, "index", str(category.label), indexes[category.code]))
            rows += [EvidenceRow(ref, category, "item", page.title, page.get_full_url(request))
                     for page in items_by_code[category.code]]
        if len(rows) == before:
            rows += [EvidenceRow(ref, category, "none", "", "") for category in mapped]
    return rows
