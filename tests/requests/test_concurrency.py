"""Two people acting on one request at the same moment: exactly one wins (PostgreSQL row locks)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from tests.requests.conftest import build_crew, file_request
from wagtail_govstandard.models import PublicationRequest
from wagtail_govstandard.requests import forms, transitions

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


def race(actions):
    """Start every action at once (a barrier), return the outcomes in order."""
    barrier = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            action()
            outcomes[index] = "won"
        except transitions.TransitionRefused:
            outcomes[index] = "refused"
        except (ValidationError, Exception) as error:  # noqa: B014 (anything else is a failure)
            outcomes[index] = repr(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


def test_ten_heads_approving_and_rejecting_at_once_exactly_one_wins():
    crew = build_crew()
    heads = [crew.head, crew.cohead]
    request_obj = file_request(crew.provider, crew.planning)

    def approve(user):
        return lambda: transitions.approve(request_obj, user, forms.ApproveForm({}))

    def reject(user):
        return lambda: transitions.reject(request_obj, user, forms.RejectForm({"reasons": ["incomplete"]}))

    actions = [approve(heads[i % 2]) if i % 2 == 0 else reject(heads[i % 2]) for i in range(10)]
    outcomes = race(actions)
    assert sorted(outcomes) == ["refused"] * 9 + ["won"], outcomes
    request_obj.refresh_from_db()
    assert request_obj.status in ("approved", "rejected")
    decisions = request_obj.history.filter(status__in=["approved", "rejected"]).count()
    assert decisions == 1


def test_two_webmasters_publishing_at_once_create_one_page():
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    from tests.utils import make_home, make_index
    from wagtail_govstandard.models import GovContentPage
    from wagtail_govstandard.requests import setup

    # A transactional test starts from a flushed database: Wagtail's tree root and site are gone.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.get_first_root_node():
        Site.objects.create(hostname="localhost", root_page=Page.add_root(title="Root"), is_default_site=True)
    crew = build_crew()
    home = make_home()
    setup.ensure_roles()
    news = make_index(home, "news")
    request_obj = file_request(crew.provider, crew.planning)
    transitions.approve(request_obj, crew.head, forms.ApproveForm({}))

    def publish(user):
        return lambda: transitions.draft_page(request_obj, user, lambda locked: forms.PublishForm(
            {"category": "news", "parent": news.pk}, request_obj=locked))

    outcomes = race([publish(crew.webmaster), publish(crew.webmaster2)] * 3)
    assert sorted(outcomes) == ["refused"] * 5 + ["won"], outcomes
    assert GovContentPage.objects.count() == 1
    assert PublicationRequest.objects.get().page_id == GovContentPage.objects.get().pk
