"""Content-Security-Policy of the example site (django-csp), with a looser policy for the admin.

Public pages get ``CONTENT_SECURITY_POLICY``: everything from this host only, no inline script,
no inline style, no plugins. The Wagtail admin (and the dev-only API docs) cannot live with that:
Wagtail's own widgets and panels ship inline ``<script>`` blocks (date/time inputs, inline
panels) and set ``style=`` attributes, so under ``CSP_LOOSER_PREFIXES`` the directives of
``CSP_LOOSER_DIRECTIVES`` replace the public ones. Still nothing from another host there.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(tuple(getattr(settings, "CSP_LOOSER_PREFIXES", ()))):
            parts.replace = {**getattr(settings, "CSP_LOOSER_DIRECTIVES", {}), **(parts.replace or {})}
        return parts
