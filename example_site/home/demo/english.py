"""The English site at /en/: translations of the demo tree, written in English.

Each translation is made as wagtail-localize's "Translate this page" would start it
(Page.copy_for_translation into the English locale, parents first), then its reader-facing
fields are written in English and it is published. One page of every type is translated; the
rest of the items stay Thai-only (e.g. the staff meeting news), so the switch shows the
"available in Thai only" notice. Idempotent: an existing translation is left alone.
"""

from wagtail.models import Locale, Page

from wagtail_govstandard.content import categories

SOURCE = "Planning and Strategy Group"
OWNER = {"source_owner": SOURCE}


def _body(*paragraphs):
    return [("paragraph", "<p>%s</p>" % p) for p in paragraphs]


def _steps(page, titles):
    """The Thai steps with English titles and descriptions (same durations)."""
    steps = []
    for block, (title, description, responsible) in zip(page.steps, titles):
        value = dict(block.value)
        steps.append(("step", {**value, "title": title, "description": description, "responsible": responsible}))
    return steps


# The home page's slides, in order: what the picture shows (its alt text) and the caption.
SLIDES = [
    {"alt_text": "Dengue fever campaign: cover water jars, change the water, turn containers upside down",
     "caption": "Dengue fever campaign: clear three things, prevent three diseases"},
    {"alt_text": "Free health checks for older people at the sub-district health promoting hospital near home",
     "caption": "Free health checks for older people"},
]


def _home_body(page):
    """The Thai home's blocks, the slides' alt text and captions written in English."""
    body = []
    for block in page.specific.body:
        value = block.value
        if block.block_type == "slides":
            thai = [dict(slide) for slide in value["slides"]]
            english = [{**slide, **words} for slide, words in zip(thai, SLIDES)]
            value = {**dict(value), "slides": english + thai[len(SLIDES):]}
        body.append((block.block_type, value))
    return body


HOME = {"title": "Home", "seo_title": "Example Provincial Public Health Office", "body": _home_body,
        "intro": "<p>Welcome to the website of the Example Provincial Public Health Office: news, "
                 "services and health information for the public.</p>"}

# url_path under the home page -> English fields (callables get the Thai page).
PAGES = {
    "history/history/": {"title": "History", **OWNER, "body": _body(
        "The Example Provincial Public Health Office was founded in 1974 to coordinate public "
        "health services across the province.")},
    "vision/vision-mission/": {"title": "Vision, mission and values", **OWNER, "body": _body(
        "Vision: people of the province are healthy and services are of a good standard.")},
    "duties/duties/": {"title": "Powers and duties", **OWNER, "body": _body(
        "The office plans, supports and supervises public health work in the province.")},
    "executives/executives/": {"title": "Executives", **OWNER,
                               "intro": "<p>The executives of the Example Provincial Public Health Office</p>"},
    "contact/contact/": {
        "title": "Contact us", **OWNER,
        "address": "Example Provincial Public Health Office\n99 Sukhaphapdi Road, Nai Mueang\n"
                   "Mueang District, Example Province 27000",
        "opening_hours": "Monday to Friday 08:30-16:30 (except public holidays)",
        "body": "<p>Complaints: the complaints centre, ground floor of the office building.</p>"},
    "laws/pdpa-2562/": {"title": "Personal Data Protection Act B.E. 2562 (2019)",
                        "source_owner": "Office of the Council of State",
                        "body": "<p>Summary: how personal data is collected, used and disclosed.</p>"},
    "knowledge/heatstroke-article/": {"title": "Article: preventing heatstroke in the hot season",
                                      "source_owner": "Department of Disease Control", "body": _body(
        "Drink water often, avoid the midday sun and watch older people and children for signs of heatstroke.")},
    "knowledge/handwashing-infographic/": {"title": "Infographic: seven steps of hand washing",
                                           "source_owner": "Department of Health", "body": _body(
        "Washing hands in seven steps lowers the risk of infectious disease.")},
    "links/related-websites/": {"title": "Related websites", **OWNER,
                                "intro": "<p>Agencies under the office, in the Ministry of Public Health, and outside.</p>"},
    "official-info/procurement-summary/": {"title": "Monthly procurement summary (form Sor Khor Ror 1)", **OWNER,
                                           "body": _body("The summary of the month's procurement, form Sor Khor Ror 1.")},
    "sop-manual/web-publishing-sop/": {
        "title": "Operating manual: publishing information on the agency's website", **OWNER,
        "intro": "<p>Following the 2019 announcement on publishing information to the public on the agency's website.</p>",
        "steps": lambda page: _steps(page, [
            ("The information provider fills in the request form",
             "Fill in the form, attach the files, send it to the head of the work group", "Information provider"),
            ("The head of the work group approves",
             "Checks the information is correct, complete and current; urgent requests may be approved verbally",
             "Head of the work group"),
            ("The webmaster publishes", "Publishes in the right category with the source, period and date", "Webmaster"),
            ("The owner is told", "Tells the owner it was published, or why not", "Webmaster"),
        ])},
    "citizen-manual/clinic-licence/": {
        "title": "Citizen's manual: a licence to run a clinic", **OWNER,
        "intro": "<p>Service: a licence for a health facility that does not admit patients overnight.</p>",
        "service_channel": "Consumer Protection and Public Health Pharmacy Group, 2nd floor",
        "fee": "As set by ministerial regulation",
        "required_documents": "<ul><li>National ID card</li><li>Professional licence</li><li>Floor plan of the clinic</li></ul>",
        "steps": lambda page: _steps(page, [
            ("Submit the application; documents checked",
             "Staff check the application and documents are complete", "Consumer Protection Group"),
            ("Site inspection", "Staff inspect the premises against the clinic standard", "Consumer Protection Group"),
            ("Decision", "Put to the licensing officer", "Provincial Chief Medical Officer"),
            ("Pay the fee and receive the licence", "", "Consumer Protection Group"),
        ])},
    "news/e-queue-launch/": {
        "title": "Electronic patient queues now in every hospital of the province",
        "source_owner": "Health Promotion Group", "body": _body(
        "Patients can now book a queue online and follow it on their phone in every hospital of the province.")},
    "news/pm25-alert/": {"title": "Health alert: PM2.5 dust above the standard", "source_owner": "Health Promotion Group",
                         "body": _body("PM2.5 dust is above the standard today: wear an N95 mask outdoors "
                                       "and keep children and older people indoors.")},
    "news/dengue-campaign/": {"title": "Big Cleaning Day against dengue fever", "source_owner": "Health Promotion Group",
                              "body": _body("Staff and volunteers cleared mosquito breeding sites in the town.")},
    "eservices/e-queue/": {"title": "Electronic patient queue booking", **OWNER,
                           "service_hours": "24 hours a day",
                           "body": "<p>Book a queue at any hospital of the province.</p>"},
    "statistics/satisfaction/": {"title": "Visit statistics and satisfaction with the website",
                                 "source_owner": "Digital Health Group",
                                 "intro": "<p>Visits and the website satisfaction survey for the fiscal year "
                                          "(ITA O15, O16).</p>"},
    "privacy-policy/": {"title": "Privacy policy", "body": (
        "<p>The office collects, uses and discloses personal data only as needed, under the "
        "Personal Data Protection Act B.E. 2562 (2019).</p><p>The website keeps no visitor's IP "
        "address; visits are counted as daily totals only.</p><p>Data protection officer: dpo@example.go.th</p>")},
    "cookie-policy/": {"title": "Cookie policy", "body": (
        "<p>The website uses only necessary cookies: the form protection cookie (CSRF).</p>"
        "<p>There are no advertising or third-party cookies.</p>")},
    "accessibility/": {"title": "Accessibility statement", "body": (
        "<p>This website follows WCAG 2.1 level AA: a skip link to the main content, keyboard use, "
        "contrasting colours and text alternatives for images.</p>"
        "<p>Report an accessibility problem to saraban@example.go.th</p>")},
    "sitemap/": {"title": "Sitemap", "intro": "<p>Every page of the website, by category.</p>"},
    "ita-2569/": {"title": "Integrity and Transparency Assessment (ITA), fiscal year 2569 (MOIT)",
                  "intro": "<p>The evidence the office publishes for each item of the Ministry of Public "
                           "Health's ITA framework (MOIT) for fiscal year 2569.</p>"},
}


def english_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate(page, locale, fields, user=None):
    """The English translation of `page`, created (parents first) and published the first time."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale, copy_parents=True, alias=False).specific
    for name, value in fields.items():
        setattr(translated, name, value(page) if callable(value) else value)
    translated.save_revision(user=user).publish(user=user)
    return translated


def _translate_parents(page, home, locale, user):
    """Index pages above `page` (titled by the registry's English label), before the page."""
    for ancestor in page.get_ancestors().filter(depth__gt=home.depth).specific():
        category = getattr(ancestor, "category", "")
        if categories.exists(category):
            translate(ancestor, locale, {"title": str(categories.get(category).label_en)}, user)


def load(ctx):
    locale = english_locale()
    home = ctx["home"]
    user = ctx["users"]["webmaster"]
    translate(home, locale, HOME, user)
    for index in ctx["indexes"].values():
        translate(index, locale, {"title": str(index.category_object().label_en)}, user)
    base = home.url_path
    for relative, fields in PAGES.items():
        source = Page.objects.filter(url_path=base + relative).first()
        if source is None:
            continue
        source = source.specific
        _translate_parents(source, home, locale, user)
        translate(source, locale, fields, user)
