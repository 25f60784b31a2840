"""The ITA evidence table: for every item of the frameworks that apply to a site in its
assessment year, the URLs that answer it (category index, items of the period, generated
evidence, manual links), one row per URL, or one "none" row for an item nothing answers —
the rows agencies paste into the ITA system. Read from the framework files, not the registry."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail_govstandard.ita import completeness, loader, site_settings

KIND_LABELS = {"index": _("category index"), "item": _("item"), "generated": _("generated evidence"),
               "manual": _("manual link"), "none": _("no evidence yet")}


@dataclass
class EvidenceRow:
    framework: str
    item: str
    evidence: str
    kind: str
    title: str
    url: str
    status: str

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]


def reports(site, request=None):
    """The per-item reports of the frameworks that apply to `site` in its assessment year."""
    ita_settings = site_settings.for_site(site)
    if ita_settings is None:
        return []
    year = site_settings.assessment_year(ita_settings)
    return [completeness.build(framework, site, year, manual_links=ita_settings.links_for(framework),
                               request=request)
            for framework in loader.for_families(ita_settings.frameworks, year)]


def rows(site, request=None, found=None):
    """EvidenceRow list over every applicable framework (pass `found` to reuse reports)."""
    table = []
    for report in found if found is not None else reports(site, request):
        for item in report.items:
            for result in item.evidence:
                base = (report.framework.id, item.item.code, result.evidence.code)
                if not result.links:
                    table.append(EvidenceRow(*base, "none", str(result.evidence.title), "", result.status))
                table += [EvidenceRow(*base, link.kind, link.title, link.url, result.status)
                          for link in result.links]
    return table
