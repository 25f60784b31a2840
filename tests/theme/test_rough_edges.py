"""The rough edges found walking the demo as a citizen, each with its test (issue #16, point 5)."""

import re
from collections import Counter
from types import SimpleNamespace

from django.template.loader import render_to_string

from tests.content.pages import make_typed_page
from tests.statistics.test_pages import BROWSER, form_post, site_setup  # noqa: F401 (fixture)
from tests.statistics.utils import clean_visits, page_templates  # noqa: F401 (fixtures)
from tests.utils import make_content, make_image, make_index
from wagtail_govstandard.content.models.pages import NewsPage


def _ids(html):
    return [i for i, n in Counter(re.findall(r'\sid="([^"]+)"', html)).items() if n > 1]


def test_a_category_with_one_live_item_goes_straight_to_it(home, client):
    contact, _texts = make_typed_page(home, "contact")
    index = contact.get_parent()
    response = client.get(index.url)
    assert response.status_code == 302 and response["Location"] == contact.url
    news = make_index(home, "news", title="ข่าว")
    make_content(news, NewsPage, title="ข่าวเดียว", kind="pr")
    assert client.get(news.url).status_code == 200  # a list category keeps its list and filter


def test_the_statistics_page_has_one_survey_form_and_one_visit_box(client, site_setup, thai_site):  # noqa: F811
    _survey, _counter, page = site_setup
    html = client.get(page.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert html.count("<form method=\"post\" action=\"/govstandard/surveys/") == 1
    assert html.count('class="govstandard-visit-statistics"') == 1
    assert not _ids(html), _ids(html)
    radio_names = re.findall(r'type="radio" name="([^"]+)" value="1"', html)
    assert len(radio_names) == len(set(radio_names)) == 3


def test_a_refused_rating_names_each_question_and_shows_one_form(client, site_setup, thai_site):  # noqa: F811
    survey, _counter, page = site_setup
    response = form_post(client, survey, page, **{"q-content": "", "q-timeliness": "9"})
    html = response.content.decode()
    summary = html[html.index('class="govstandard-errors"'):html.index("</div>", html.index('class="govstandard-errors"'))]
    assert 'tabindex="-1"' in html[html.index('class="govstandard-errors"') - 80:][:200]  # site.js focuses it
    items = re.findall(r"<li><a href=\"#([^\"]+)\">([^<]+)</a></li>", summary)
    assert [text.split(":")[0] for _target, text in items] == ["เนื้อหาครบถ้วน ถูกต้อง", "ข้อมูลเป็นปัจจุบัน"]
    for target, _text in items:
        assert f'id="{target}"' in html
    assert html.count("<form method=\"post\" action=\"/govstandard/surveys/") == 1
    assert not _ids(html), _ids(html)


def test_thanked_visitors_are_not_offered_the_form_again_at_once(client, site_setup, thai_site):  # noqa: F811
    from django.contrib.staticfiles import finders

    survey, _counter, page = site_setup
    html = form_post(client, survey, page, place="page").content.decode()
    # The answer page thanks the visitor and offers no survey form, not even in the footer.
    assert 'class="govstandard-survey-message"' in html
    assert f'action="/govstandard/surveys/{survey.slug}/respond/"' not in html
    css = open(finders.find("wagtail_govstandard/theme/site.css")).read()
    assert ".govstandard-survey-message ~ form { display: none; }" in css


def test_visit_figures_have_thousands_separators(thai_site):
    counter = SimpleNamespace(pk=1, heading="สถิติผู้เข้าชม", show_visitors=True)
    html = render_to_string("wagtail_govstandard/statistics/includes/visit_statistics.html",
                            {"counter": counter, "rows": [{"code": "total", "views": 92976, "visitors": 1234567}]})
    assert "<td>92,976</td>" in html and "<td>1,234,567</td>" in html


def test_gallery_pictures_are_described_by_their_title_not_their_caption(home, client):
    index = make_index(home, "news")
    photo = make_image("ภาพเจ้าหน้าที่ตรวจลูกน้ำยุงลายในชุมชน")
    news = make_content(index, NewsPage, title="กิจกรรม", kind="activity",
                        gallery=[("photo", {"image": photo, "caption": "วันรณรงค์ 1 ธันวาคม"})])
    html = client.get(news.url).content.decode()
    gallery = html[html.index('class="gallery"'):]
    assert 'alt="ภาพเจ้าหน้าที่ตรวจลูกน้ำยุงลายในชุมชน"' in gallery
    assert 'alt="วันรณรงค์ 1 ธันวาคม"' not in gallery and re.search(r"<figcaption[^>]*>วันรณรงค์ 1 ธันวาคม</figcaption>", gallery)


def test_the_filter_form_has_an_action_and_every_form_its_own_name(home, client):
    index = make_index(home, "news", title="ข่าว")
    make_content(index, NewsPage, title="หนึ่ง", kind="pr")
    make_content(index, NewsPage, title="สอง", kind="pr")
    html = client.get(index.url).content.decode()
    assert f'<form class="filters" method="get" action="{index.url}"' in html
    assert 'action=""' not in html
    names = re.findall(r'<form[^>]*aria-label="([^"]+)"', html)
    assert len(names) == len(set(names)) >= 2


def test_the_skip_link_sits_inside_the_banner_landmark(home, client):
    html = client.get("/").content.decode()
    header = html[html.index('<header class="site-header">'):html.index("</header>")]
    assert 'class="skip-link" href="#main"' in header
    assert html.index('class="skip-link"') > html.index("<header")


def test_the_contact_map_figure_is_labelled(home, client):
    contact, _texts = make_typed_page(home, "contact")
    html = client.get(contact.url).content.decode()
    assert '<figure aria-labelledby="contact-map-caption">' in html
    assert '<figcaption id="contact-map-caption">' in html


def test_content_pages_have_a_thai_plural_not_an_english_s():
    from django.utils import translation

    from wagtail_govstandard.content.models.pages import GovContentPage

    with translation.override("th"):
        assert str(GovContentPage._meta.verbose_name_plural) == "หน้าเนื้อหา"
    assert str(GovContentPage._meta.verbose_name_plural) == "content pages"
