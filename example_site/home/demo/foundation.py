"""What every demo step builds on: users per role, work groups, the home page, category indexes.

`prepare()` returns the ctx the steps of STEPS receive. Idempotent: it finds before it creates.
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from wagtail_govstandard import roles
from wagtail_govstandard.content import categories
from wagtail_govstandard.models import CategoryIndexPage, WorkGroup
from wagtail_govstandard.requests import setup as govstandard_setup

from ..models import HomePage

PASSWORD = "govstandard-demo-2569"
SITE_NAME = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"

# username: (first name, last name, role group, superuser)
USERS = {
    "admin": ("ผู้ดูแล", "ระบบ", None, True),
    "webmaster": ("สมชาย", "ใจดี", roles.WEBMASTER, False),
    "webmaster2": ("สมหญิง", "รักงาน", roles.WEBMASTER, False),
    "head": ("วิชัย", "มั่นคง", roles.HEAD, False),
    "head2": ("มาลี", "สุขสันต์", roles.HEAD, False),
    "provider": ("ประภา", "ขยันยิ่ง", roles.PROVIDER, False),
}
# slug: (Thai name, English name, heads, members)
WORK_GROUPS = {
    "planning": ("กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", "Health Strategy Development", ["head"], ["provider"]),
    "health-promotion": ("กลุ่มงานส่งเสริมสุขภาพ", "Health Promotion", ["head2"], []),
}
# Wagtail's own group that may edit and publish every page: the publishers of the guideline.
WAGTAIL_PUBLISHERS = "Moderators"


def ensure_users():
    roles.ensure_groups()
    User = get_user_model()
    users = {}
    for username, (first, last, role, superuser) in USERS.items():
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.go.th",
                      "is_staff": superuser, "is_superuser": superuser},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        if role:
            user.groups.add(Group.objects.get(name=role))
        if role == roles.WEBMASTER and Group.objects.filter(name=WAGTAIL_PUBLISHERS).exists():
            user.groups.add(Group.objects.get(name=WAGTAIL_PUBLISHERS))
        users[username] = user
    return users


def ensure_work_groups(users):
    groups = {}
    for slug, (name_th, name_en, heads, members) in WORK_GROUPS.items():
        group, _created = WorkGroup.objects.get_or_create(
            slug=slug, defaults={"name_th": name_th, "name_en": name_en, "email": f"{slug}@example.go.th"}
        )
        group.heads.add(*(users[name] for name in heads))
        group.members.add(*(users[name] for name in members))
        groups[slug] = group
    return groups


def ensure_home():
    """A HomePage as the default site's root, replacing Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    # The default site's own home (a provincial install has one HomePage per Site).
    home = HomePage.objects.filter(pk=site.root_page_id).first() if site else None
    home = home or HomePage.objects.exclude(sites_rooted_here__isnull=False).first() or HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(
            title="หน้าแรก", slug="home-gov", seo_title=SITE_NAME,
            intro="<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานสาธารณสุขจังหวัดตัวอย่าง "
                  "ข้อมูลข่าวสาร บริการ และความรู้ด้านสุขภาพสำหรับประชาชน</p>",
        ))
        home.save_revision().publish()
    if site is None:
        site = Site(is_default_site=True)
    # Full URLs in the API point at the demo server (make demo passes DEMO_PORT).
    site.hostname, site.port = "127.0.0.1", int(os.environ.get("DEMO_PORT") or 8000)
    site.root_page, site.site_name = home, SITE_NAME
    site.save()
    _remove_welcome_page(home)
    return site, home


def _remove_welcome_page(home):
    """Wagtail's "Welcome to your new Wagtail site!" page, a plain Page with no children."""
    for page in Page.objects.filter(depth=2).exclude(pk=home.pk):
        if type(page.specific) is Page and page.numchild == 0 and not Site.objects.filter(root_page=page).exists():
            page.delete()


def index_slug(code):
    return code.split(".")[-1].replace("_", "-")


def ensure_indexes(home):
    indexes = {}
    for category in categories.CATEGORIES:
        index = CategoryIndexPage.objects.child_of(home).filter(category=category.code).first()
        if index is None:
            index = home.add_child(instance=CategoryIndexPage(
                title=category.label_th, slug=index_slug(category.code), category=category.code,
            ))
            index.save_revision().publish()
        indexes[category.code] = index
    return indexes


def prepare(stdout=None):
    users = ensure_users()
    site, home = ensure_home()
    govstandard_setup.run()  # the roles' permissions on this site's pages, as `govstandard_setup`
    return {
        "site": site, "home": home, "users": users, "password": PASSWORD,
        "work_groups": ensure_work_groups(users), "indexes": ensure_indexes(home),
        "stdout": stdout,
    }
