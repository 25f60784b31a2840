"""The demo's second Site: a community hospital under the provincial office, with its own small
tree and MOIT status, so the province view has two rows.

Another demo step (the electronic queue) uses the same Site: both find it by hostname and
create it only when missing, so either may run first and running twice changes nothing.
"""

import datetime

from wagtail.models import Page, Site

from wagtail_govstandard.content.dates import fiscal_year_range
from wagtail_govstandard.models import (
    CategoryIndexPage,
    ContactPage,
    ExecutivesPage,
    ItaPage,
    ItaSettings,
    NewsPage,
)

from ..models import HomePage
from .helpers import page

HOSTNAME = "hospital.localhost"
TITLE = "โรงพยาบาลชุมชนตัวอย่าง"
FRAMEWORK = "moph_moit_2569"
YEAR = 2569
INDEXES = {
    "general.executives": ("executives", "ทำเนียบผู้บริหาร"),
    "general.contact": ("contact", "ช่องทางการติดต่อ"),
    "news": ("news", "ข่าวประชาสัมพันธ์"),
}


def ensure_site(port=80):
    """The hospital's Site and root page: found by hostname, else created."""
    site = Site.objects.filter(hostname=HOSTNAME).select_related("root_page").first()
    if site is not None:
        return site, site.root_page.specific
    root = HomePage.objects.filter(title=TITLE).first()
    if root is None:
        root = Page.get_first_root_node().add_child(instance=HomePage(
            title=TITLE, slug="community-hospital", seo_title=TITLE,
            intro=f"<p>เว็บไซต์{TITLE} ในสังกัดสำนักงานสาธารณสุขจังหวัดตัวอย่าง</p>"))
        root.save_revision().publish()
    site = Site.objects.create(hostname=HOSTNAME, port=port, root_page=root, site_name=TITLE)
    return site, root


def ensure_index(home, code, slug, title):
    index = CategoryIndexPage.objects.child_of(home).filter(category=code).first()
    if index is None:
        index = home.add_child(instance=CategoryIndexPage(title=title, slug=slug, category=code))
        index.save_revision().publish()
    return index


def load(ctx):
    site, home = ensure_site()
    owner = ctx["users"]["webmaster"]
    common = {"user": owner, "source_owner": "งานบริหารทั่วไป"}
    indexes = {code: ensure_index(home, code, *names) for code, names in INDEXES.items()}
    page(indexes["general.executives"], ExecutivesPage, "executives", title="ผู้อำนวยการโรงพยาบาล", **common)
    page(indexes["general.contact"], ContactPage, "contact", title="ติดต่อโรงพยาบาล", address="99 หมู่ 1 ตำบลตัวอย่าง อำเภอตัวอย่าง",
         phone="0 3700 0000", email="hospital@example.go.th", **common)
    start, _end = fiscal_year_range(YEAR)
    page(indexes["news"], NewsPage, "pr-2569", title="โรงพยาบาลเปิดคลินิกเบาหวานนอกเวลา", kind="pr",
         published_date=start + datetime.timedelta(days=30), publication_end=fiscal_year_range(YEAR + 1)[1],
         **common)
    ita_settings = ItaSettings.for_site(site)
    ita_settings.frameworks, ita_settings.assessment_year = ["moph_moit"], YEAR
    ita_settings.agency_name = TITLE
    ita_settings.save()
    page(home, ItaPage, f"ita-{YEAR}", title=f"การประเมิน ITA ปีงบประมาณ พ.ศ. {YEAR}", framework_id=FRAMEWORK,
         user=owner)
    return site
