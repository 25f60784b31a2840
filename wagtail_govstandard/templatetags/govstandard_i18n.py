"""{% language_switch %}, and lang attributes for text that may not be in the page's language."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail_govstandard.i18n import locales, marking, switch

register = template.Library()


@register.simple_tag(takes_context=True)
def language_switch(context):
    """{% language_switch as switch %}: switch.links to this page in the site's other languages,
    switch.notice when the reader landed here because the page they left has no translation."""
    return switch.shown(context.get("request"), context.get("page"))


@register.simple_tag
def lang_attr(text, container_lang=None):
    """' lang="th"' when `text` is written in another script than the surrounding language."""
    lang = marking.lang_for(text, container_lang or locales.active_language())
    return format_html(' lang="{}"', lang) if lang else ""


@register.simple_tag(takes_context=True)
def page_lang(context):
    """The language of the page being shown (its locale), for <html lang>."""
    page = context.get("page")
    if getattr(page, "locale_id", None) is not None:
        return locales.language_of(page)
    return locales.active_language()


@register.filter
def mark_languages(html, container_lang=None):
    """{{ excerpt|mark_languages }}: safe HTML with each run in the other script in its own lang."""
    return mark_safe(marking.mark_runs(html, container_lang or locales.active_language()))  # noqa: S308 (input is safe HTML)


@register.simple_tag
def img_lang(rendition, alt=None, css_class=""):
    """{% image photo fill-400x300 as pic %}{% img_lang pic alt %}: the <img>, with its own lang
    when its alt text (default: the image's own) is in another script than the page, so a Thai
    alt on an English page is read in a Thai voice."""
    alt = rendition.image.default_alt_text if alt is None else alt
    return format_html('<img src="{}" width="{}" height="{}" alt="{}"{}{}>', rendition.url, rendition.width,
                       rendition.height, alt, format_html(' class="{}"', css_class) if css_class else "",
                       lang_attr(alt))


@register.simple_tag
def phone_link(text):
    """A phone field as a link that dials its first number (content/phones.py), marked with its
    language when it is not the page's ("0 3742 5141 ต่อ 101" on an English page); plain text when
    it holds no number."""
    from wagtail_govstandard.content.phones import tel_uri

    if not text:
        return ""
    uri, marked = tel_uri(text), lang_attr(text)
    if not uri:
        return format_html("<span{}>{}</span>", marked, text)
    return format_html('<a href="{}"{}>{}</a>', uri, marked, text)
