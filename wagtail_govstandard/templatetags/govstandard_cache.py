"""{% visit_beacon %}: the visit count of a page a front cache may serve (see cache/beacon.py);
{% frame_cache %}: the header and footer kept as rendered HTML (see cache/fragments.py)."""

import uuid

from django import template
from django.template.defaulttags import ForNode
from django.urls import reverse
from django.utils.safestring import mark_safe

from wagtail_govstandard.cache import beacon

register = template.Library()


@register.inclusion_tag("wagtail_govstandard/cache/beacon.html", takes_context=True)
def visit_beacon(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None or not beacon.enabled():
        return {"beacon": False}
    beacon.mark_rendered(request)
    return {
        "beacon": True, "path": request.path,
        "endpoint": reverse("wagtailapi_v3:govstandard_visits"),
        "pixel": reverse("wagtail_govstandard:visit_pixel"),
    }


# --- {% frame_cache %}: the header and footer as rendered HTML, per Site, language and version ---

HOLES = "_govstandard_frame_holes"


class FrameDynamicNode(template.Node):
    """{% frame_dynamic %}...{% endframe_dynamic %}: rendered on every request inside a cached frame."""

    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.index = None  # its place in the enclosing {% frame_cache %}

    def render(self, context):
        nonce = context.get(HOLES)
        if nonce and self.index is not None:  # the frame is being cached: leave a mark to fill in
            return f"\x00{nonce}:{self.index}\x00"
        return self.nodelist.render(context)


class FrameCacheNode(template.Node):
    def __init__(self, name, vary, condition, nodelist):
        self.name, self.vary, self.condition, self.nodelist = name, vary, condition, nodelist
        self.holes = nodelist.get_nodes_by_type(FrameDynamicNode)
        for loop in nodelist.get_nodes_by_type(ForNode):
            if loop.nodelist_loop.get_nodes_by_type(FrameDynamicNode):
                # a hole is filled once, with the context outside the frame
                raise template.TemplateSyntaxError("{% frame_dynamic %} cannot sit in a loop")
        for index, hole in enumerate(self.holes):
            hole.index = index

    def render(self, context):
        from wagtail_govstandard.cache import fragments

        request = context.get("request")
        # A preview shows a draft under the live page's id: never from, nor into, the cache.
        previewing = getattr(request, "is_preview", False)
        if request is None or previewing or not fragments.enabled() or context.get(HOLES) or (
            self.condition is not None and not self.condition.resolve(context)
        ):
            return self.nodelist.render(context)

        def render_marked():
            nonce = uuid.uuid4().hex
            with context.push({HOLES: nonce}):
                return nonce, str(self.nodelist.render(context))

        vary = [value.resolve(context) for value in self.vary]
        nonce, html = fragments.cached(self.name, request, vary, render_marked)
        for hole in self.holes:
            html = html.replace(f"\x00{nonce}:{hole.index}\x00", str(hole.nodelist.render(context)), 1)
        return mark_safe(html)  # noqa: S308 (rendered by the template engine, escaped there)


@register.tag("frame_cache")
def frame_cache(parser, token):
    """{% frame_cache "header" value ... [if=condition] %}...{% endframe_cache %}: the block's HTML
    is rendered once per Site, language, content version (content/versions.py) and the values
    given, then served from the cache (not cached when `condition` is false); each
    {% frame_dynamic %} block inside it is rendered on every request with the context outside
    the block (not inside a loop; not with a {% with %} variable of the block). Only for what
    depends on nothing else (cache/fragments.py)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% frame_cache %} needs a name")
    condition = None
    if bits[-1].startswith("if="):
        condition = parser.compile_filter(bits.pop()[3:])
    nodelist = parser.parse(("endframe_cache",))
    parser.delete_first_token()
    vary = [parser.compile_filter(bit) for bit in bits[2:]]
    return FrameCacheNode(bits[1].strip("\"'"), vary, condition, nodelist)


@register.tag("frame_dynamic")
def frame_dynamic(parser, token):
    nodelist = parser.parse(("endframe_dynamic",))
    parser.delete_first_token()
    return FrameDynamicNode(nodelist)
