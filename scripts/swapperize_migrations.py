"""Make generated migrations follow WAGTAIL_PAGE_MODEL (Wagtail 8's swappable base page).

makemigrations writes the base page as 'wagtailcore.page' and its link as 'page_ptr'; a
project with a custom base page needs both read from swapper. Run by `make migrations`.
"""

import re
import sys
from pathlib import Path

HEADER = (
    "import swapper\n\n"
    'PAGE_MODEL = swapper.get_model_name("wagtailcore", "Page")\n'
    'PAGE_PTR = swapper.split(PAGE_MODEL)[1].lower() + "_ptr"\n'
)


def swapperize(text):
    if "'wagtailcore.page'" not in text and "('page_ptr'" not in text:
        return text
    text = text.replace("('page_ptr',", "(PAGE_PTR,")
    text = re.sub(r"bases=\('wagtailcore\.page',", "bases=(PAGE_MODEL,", text)
    if "swappable_dependency(settings.WAGTAIL_PAGE_MODEL)" not in text:
        text = text.replace(
            "    dependencies = [\n",
            "    dependencies = [\n        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),\n",
            1,
        )
    if "PAGE_MODEL = swapper" not in text:
        text = text.replace("\n\nclass Migration", "\n" + HEADER + "\n\nclass Migration", 1)
    return text


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(swapperize(path.read_text()))
