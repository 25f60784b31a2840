"""The main menu: the category indexes grouped the way citizens look for things.

Five groups, in this order: about the agency, information under the Official Information Act,
manuals and services, news and announcements, ITA. A category not named here falls into "about
the agency" (seed 1.1) or "information" (anything else), so a new category is never hidden.
"""

from django.utils.translation import gettext_lazy as _

ABOUT, OIA, SERVICES, NEWS, ITA = "about", "oia", "services", "news", "ita"
GROUPS = [
    (ABOUT, _("About the agency")),
    (OIA, _("Official information")),
    (SERVICES, _("Manuals and services")),
    (NEWS, _("News and announcements")),
    (ITA, _("ITA")),
]
GROUP_OF = {
    "general.history": ABOUT, "general.vision": ABOUT, "general.structure": ABOUT,
    "general.executives": ABOUT, "general.cio": ABOUT, "general.duties": ABOUT,
    "general.contact": ABOUT, "links": ABOUT,
    "general.strategy": OIA, "general.action_plan": OIA, "general.budget": OIA,
    "general.performance_agreement": OIA, "general.performance_report": OIA,
    "laws": OIA, "official_info": OIA,
    "sop_manual": SERVICES, "citizen_manual": SERVICES, "eservices": SERVICES,
    "news": NEWS, "knowledge": NEWS,
    "statistics": ITA,
}


def group_of(category):
    return GROUP_OF.get(category.code, ABOUT if category.seed == "1.1" else OIA)


def build(indexes, extra=None):
    """[(label, None, [pages])] for the groups that have pages.

    `indexes` are category index pages in the registry's order; `extra` maps a group code to
    pages added at its end (the ITA page of the theme settings)."""
    from wagtail_govstandard.content import categories

    members = {code: [] for code, _label in GROUPS}
    for page in indexes:
        members[group_of(categories.get(page.category))].append(page)
    for code, pages in (extra or {}).items():
        members[code].extend(pages)
    return [(label, None, members[code]) for code, label in GROUPS if members[code]]
