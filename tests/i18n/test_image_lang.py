"""Text read in place of an image (alt) is in the lang the element says (issue #12): an image
whose alt text is Thai, on an English page, carries lang="th"; in the page's language, no lang."""

import re

from tests.utils import make_image


def img_tags(html):
    main = html[html.index("<main"):html.index("</main>")]
    return re.findall(r"<img [^>]*>", main)


def test_a_thai_alt_text_on_an_english_page_carries_its_lang(client, bilingual):
    item = bilingual["item"]
    item.image = make_image("ภาพเตือนภัยฝุ่น")
    item.save_revision().publish()
    item_en = bilingual["item_en"]
    item_en.image = make_image("Dust warning picture")
    item_en.save_revision().publish()
    english = img_tags(client.get(item_en.url).content.decode())
    assert english and all('alt="Dust warning picture"' in tag and "lang=" not in tag for tag in english), english
    item_en.image = item.image
    item_en.save_revision().publish()
    english = img_tags(client.get(item_en.url).content.decode())
    assert english and all('alt="ภาพเตือนภัยฝุ่น"' in tag and 'lang="th"' in tag for tag in english), english
    thai = img_tags(client.get(item.url).content.decode())
    assert thai and all("lang=" not in tag for tag in thai), thai
