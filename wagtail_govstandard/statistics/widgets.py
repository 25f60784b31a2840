"""The rows behind the footer's statistics widgets, read once per change (content/versions.py).

The site-wide visit box and the site-wide survey with its questions are the same on every page
of a Site: they are cached under the "pages" token, which saving or deleting a visit box, a
survey or a question renews. The figures themselves are cached by visits/figures.py and
surveys/results.py.
"""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail_govstandard.content import versions


def guarded(compute):
    """compute() in a savepoint: a table that cannot be read raises DatabaseError and leaves the
    surrounding transaction usable (the caller shows nothing)."""
    def read():
        with transaction.atomic():
            return compute()
    return read


def site_wide_counter(site):
    """The visit box of `site` shown in its footer (its own, else one for every site), or None."""
    from wagtail_govstandard.statistics.visits.models import VisitCounter

    def compute():
        return (VisitCounter.objects.filter(site_wide=True).filter(Q(site=site) | Q(site__isnull=True))
                .order_by("site_id", "pk").first())

    return _cached_or_none("site-wide-counter", (site.pk,), compute)


def site_wide_survey():
    """The newest active survey shown site-wide, its questions read with it, or None."""
    from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey

    return _cached_or_none("site-wide-survey", (), SatisfactionSurvey.site_wide_survey)


def counter(pk):
    """The visit box `pk` (a statistics page's own box), or None."""
    from wagtail_govstandard.statistics.visits.models import VisitCounter

    return _cached_or_none("counter", (pk,), lambda: VisitCounter.objects.filter(pk=pk).first())


def survey(pk):
    """The survey `pk` with its questions (a statistics page's own survey), or None."""
    from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey

    return _cached_or_none(
        "survey", (pk,), lambda: SatisfactionSurvey.objects.filter(pk=pk).prefetch_related("questions").first()
    )


_NONE = "none"  # versions.cached() reads a stored None as "not cached"


def _cached_or_none(name, parts, compute):
    value = versions.cached(name, parts, guarded(lambda: compute() or _NONE))
    return None if isinstance(value, str) else value


def _renew(sender, **kwargs):
    versions.bump()


def connect():
    from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey, SurveyQuestion
    from wagtail_govstandard.statistics.visits.models import VisitCounter

    for model in (VisitCounter, SatisfactionSurvey, SurveyQuestion):
        name = model.__name__
        post_save.connect(_renew, sender=model, dispatch_uid=f"govstandard_widgets_{name}")
        post_delete.connect(_renew, sender=model, dispatch_uid=f"govstandard_widgets_{name}_gone")
