"""Every visible run of text in Chromium is in the language its nearest `lang` says (issue #12),
and so is what is read instead of or beside it: alt, title, aria-label and placeholder values.

A screen reader picks its voice from the nearest lang attribute: Thai text inside lang="en" (or
the reverse) is read as gibberish. The demo pages are opened in Thai at /... and English at
/en/...; every visible text node's script (Thai letters vs Latin letters, as
wagtail_govstandard.i18n.marking decides) must match the lang of its nearest ancestor.
"""

from urllib.parse import urlparse

import pytest
from wagtail.models import Locale

from tests.e2e.conftest import chromium, new_page, site_url, thai_default_site  # noqa: F401 (fixtures)
from tests.e2e.content import build_public_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGE_TYPES = ("HomePage", "CategoryIndexPage", "NewsPage", "CitizenManualPage", "StatisticsPage", "ContactPage", "ItaPage")
SEARCH = {"th": "/search/?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7", "en": "/en/search/?q=health"}

# The same rule as marking.script_language, run on the page's DOM: every visible text node with
# letters, its script against the lang of its nearest ancestor that has one.
WALK = r"""() => {
  const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
  const pathOf = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) part += "#" + e.id;
      else if (e.classList.length) part += "." + [...e.classList].join(".");
      parts.unshift(part);
    }
    return parts.join(" > ");
  };
  const scriptOf = (text) => {
    const thai = (text.match(/[\u0E00-\u0E7F]/g) || []).length;
    const latin = (text.match(/[A-Za-z]/g) || []).length;
    return !thai && !latin ? "" : (thai >= latin ? "th" : "en");
  };
  const offenders = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("script,style,noscript,template,[hidden],[aria-hidden=true]")) continue;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const script = scriptOf(node.nodeValue);
    if (!script) continue;  // numbers, dates in digits, punctuation
    const text = node.nodeValue;
    const holder = el.closest("[lang]");
    const lang = holder ? holder.getAttribute("lang").split("-")[0] : "";
    if (script !== lang) offenders.push({path: pathOf(el), lang, script, text: text.trim().slice(0, 80)});
  }
  // What a screen reader says for an element without reading its text: alt, title, aria-label,
  // placeholder, in the lang of the element itself (or its nearest ancestor with one).
  for (const el of document.body.querySelectorAll("[alt],[title],[aria-label],[placeholder]")) {
    if (el.closest("script,style,noscript,template,[hidden],[aria-hidden=true]")) continue;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const holder = el.closest("[lang]");
    const lang = holder ? holder.getAttribute("lang").split("-")[0] : "";
    for (const name of ["alt", "title", "aria-label", "placeholder"]) {
      const text = el.getAttribute(name);
      if (!text) continue;
      const script = scriptOf(text);
      if (script && script !== lang) {
        offenders.push({path: pathOf(el) + "[" + name + "]", lang, script, text: text.trim().slice(0, 80)});
      }
    }
  }
  return offenders;
}"""


def demo_paths():
    """{language: [path]} of the representative pages, in Thai and in their English translation."""
    pages = build_public_site()
    english = Locale.objects.get(language_code="en")
    paths = {"th": [], "en": []}
    for name, page in sorted(pages.items()):
        translation = page.get_translation_or_none(english)
        assert name not in PAGE_TYPES or (translation is not None and translation.live), f"the demo has no English {name}"
        paths["th"].append(urlparse(page.get_full_url()).path)
        if translation is not None and translation.live:
            paths["en"].append(urlparse(translation.get_full_url()).path)
    for language, path in SEARCH.items():
        paths[language].append(path)
    return paths


def offenders_on(page, path):
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    return page.evaluate(WALK)


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_visible_text_is_in_the_language_its_lang_says(new_page, language):  # noqa: F811
    paths = demo_paths()[language]
    assert all(path.startswith("/en/") == (language == "en") for path in paths), paths
    page = new_page(language)
    found = {}
    for path in paths:
        offenders = offenders_on(page, path)
        assert page.locator("html").get_attribute("lang") == language, path
        if offenders:
            found[path] = offenders
    report = "\n".join(f"{path}\n" + "\n".join(f"  [{o['lang']}] holds {o['script']} at {o['path']}: {o['text']!r}"
                                              for o in offs) for path, offs in found.items())
    assert not found, "text in the wrong language:\n" + report


def test_the_walk_reports_thai_inside_english(new_page):  # noqa: F811
    """The check is not blind: a Thai run in lang="en" and an English one in lang="th" are found."""
    page = new_page("th")
    page.set_content('<html lang="en"><body><p>Hello</p><p id="x">สวัสดี</p>'
                     '<div lang="th"><span class="y">Good morning</span>ตอนเช้า</div><p hidden>ซ่อน</p>'
                     '<p>2569</p><img id="i" alt="ภาพข่าว" src="data:,"><img alt="Photo" lang="en" src="data:,">'
                     '<a id="t" href="#" title="หน้าแรก">Home</a><button aria-label="Search">ค้นหา</button>'
                     '<input id="s" placeholder="ค้นหา"><span title="2569">1</span></body></html>')
    offenders = page.evaluate(WALK)
    assert [(o["path"], o["lang"], o["script"]) for o in offenders] == [
        ("body > p#x", "en", "th"), ("body > div > span.y", "th", "en"), ("body > button", "en", "th"),
        ("body > img#i[alt]", "en", "th"), ("body > a#t[title]", "en", "th"), ("body > input#s[placeholder]", "en", "th")]
