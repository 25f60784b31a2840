"""A client generated from the live /api/v3/openapi.json (openapi-python-client) drives the
package as a front-end developer would, and meets each error status through its typed model.

Generation runs offline (the generator is a pip package; it reads the document and writes
Python). The generated client talks to the site in-process over WSGI (httpx.WSGITransport).
"""

import contextlib
import importlib
import io
import json
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

pytest.importorskip("openapi_python_client",
                    reason="openapi-python-client is not installed (pip install -e '.[proof]'; make test does it)")

import httpx  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections  # noqa: E402
from django.test import Client  # noqa: E402

from tests.statistics.utils import make_survey  # noqa: E402
from tests.utils import make_content, pdf_bytes  # noqa: E402
from wagtail_govstandard.models import NewsPage  # noqa: E402

GENERATOR = [sys.executable, "-m", "openapi_python_client"]
CONFIG = "post_hooks: []\nproject_name_override: govclient\npackage_name_override: govclient\n"


@contextlib.contextmanager
def connection_kept_open():
    """Requests must not close the test's database connection (its transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def generate(spec, folder):
    (folder / "openapi.json").write_text(json.dumps(spec))
    (folder / "config.yaml").write_text(CONFIG)
    done = subprocess.run(
        [*GENERATOR, "generate", "--path", str(folder / "openapi.json"), "--meta", "none",
         "--output-path", str(folder / "govclient"), "--config", str(folder / "config.yaml")],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Wagtail's own page actions (copy, alias, unpublish) are skipped by the generator; none of
    # the package's operations may be.
    assert "govstandard" not in done.stdout + done.stderr, done.stdout
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module("govclient")
    finally:
        sys.path.remove(str(folder))


@pytest.fixture(scope="module")
def package(tmp_path_factory, django_db_blocker):
    """The client, generated once for the module from the document the site serves."""
    from django.test import Client

    with django_db_blocker.unblock():
        spec = Client().get("/api/v3/openapi.json").json()
    yield generate(spec, tmp_path_factory.mktemp("generated"))
    for name in [m for m in sys.modules if m == "govclient" or m.startswith("govclient.")]:
        del sys.modules[name]


@pytest.fixture
def gen(package, crew, site_tree, settings):
    settings.WAGTAILGOVSTANDARD_SURVEY_DAILY_LIMIT_PER_VISITOR = 1
    modules = {name: importlib.import_module(f"govclient.{name}") for name in (
        "api.govstandard.govstandard_categories", "api.govstandard.govstandard_pages",
        "api.govstandard.govstandard_survey_respond",
        "api.govstandard_requests.govstandard_requests_create",
        "api.govstandard_requests.govstandard_requests_approve",
        "api.govstandard_requests.govstandard_requests_publish",
        "api.govstandard_requests.govstandard_requests_detail",
        "api.govstandard_requests.govstandard_requests_list",
        "api.govstandard_requests.govstandard_requests_attachment",
        "models", "types",
    )}
    transport = httpx.WSGITransport(app=WSGIHandler())

    def as_user(user=None):
        args = {"base_url": "http://testserver", "httpx_args": {"transport": transport}}
        if user is None:
            return package.Client(**args)
        from tests.utils import bearer

        token = bearer(user)["Authorization"].removeprefix("Bearer ")
        return package.AuthenticatedClient(token=token, **args)

    with connection_kept_open():
        yield modules, as_user


def op(modules, name):
    group = "govstandard_requests" if name.startswith("govstandard_requests") else "govstandard"
    return modules[f"api.{group}.{name}"]


def test_generated_client_drives_the_whole_workflow(gen, crew, site_tree):
    modules, as_user = gen
    models, types = modules["models"], modules["types"]
    anonymous = as_user()

    categories = op(modules, "govstandard_categories").sync_detailed(client=anonymous)
    assert categories.status_code == 200
    news = next(c for c in categories.parsed if c.code == "news")
    assert news.index_url and news.live_count == 0

    create = op(modules, "govstandard_requests_create").sync_detailed(
        client=as_user(crew.provider),
        body=models.GovstandardRequestsCreateMultiPartBodyParams(
            work_group=crew.planning.pk, subject="ประกาศรับสมัครงาน", details="รายละเอียด",
            requested_category="news", requester_position="นักวิชาการสาธารณสุข",
            attachments=[types.File(payload=io.BytesIO(pdf_bytes()), file_name="announce.pdf",
                                    mime_type="application/pdf")],
        ),
    )
    assert create.status_code == 201, create.content
    filed = create.parsed
    assert isinstance(filed, models.RequestOut) and filed.status == "submitted"
    attachment = filed.attachments[0]
    download = op(modules, "govstandard_requests_attachment").sync_detailed(
        filed.id, attachment.id, client=as_user(crew.head))
    assert download.status_code == 200 and download.content == pdf_bytes()

    approved = op(modules, "govstandard_requests_approve").sync(
        filed.id, client=as_user(crew.head), body=models.ApproveIn(note="อนุญาต"))
    assert isinstance(approved, models.RequestOut) and approved.status == "approved"

    published = op(modules, "govstandard_requests_publish").sync(
        filed.id, client=as_user(crew.webmaster),
        body=models.PublishIn(category="news", parent=site_tree.news.pk, publish_now=True))
    assert isinstance(published, models.PublishOut), published
    assert published.live and published.request.status == "published"

    listing = op(modules, "govstandard_pages").sync(
        client=anonymous, category=models.GovstandardPagesCategory("news"), limit=10)
    assert isinstance(listing, models.PageList) and listing.count == 1
    item = listing.items[0]
    assert item.id == published.page_id and item.title == "ประกาศรับสมัครงาน"
    assert item.attachments[0].file_extension == "pdf"

    # Django's client, not httpx's WSGI transport: that one decodes a percent-encoded Thai slug
    # into a PATH_INFO WSGI cannot carry (latin-1), which no real server does.
    page = Client().get(urlsplit(published.page_url).path)
    assert page.status_code == 200 and "ประกาศรับสมัครงาน" in page.content.decode()


def test_each_error_status_arrives_through_the_typed_error_model(gen, crew, site_tree):
    modules, as_user = gen
    models = modules["models"]
    Problem = models.GovProblem
    own = op(modules, "govstandard_requests_create").sync(
        client=as_user(crew.provider),
        body=models.GovstandardRequestsCreateMultiPartBodyParams(
            work_group=crew.planning.pk, subject="s", details="d"))
    approve = op(modules, "govstandard_requests_approve")

    bad = op(modules, "govstandard_pages").sync(client=as_user(), limit=0)
    unauthenticated = op(modules, "govstandard_requests_list").sync(client=as_user())
    forbidden = approve.sync(own.id, client=as_user(crew.provider), body=models.ApproveIn())
    not_found = op(modules, "govstandard_requests_detail").sync(own.id, client=as_user(crew.head2))
    approve.sync(own.id, client=as_user(crew.head), body=models.ApproveIn())
    conflict = approve.sync(own.id, client=as_user(crew.head), body=models.ApproveIn())

    survey = make_survey(slug="website")
    make_content(site_tree.news, NewsPage, title="x")
    respond = op(modules, "govstandard_survey_respond")
    body = models.GovstandardSurveyRespondBody(
        answers=models.GovstandardSurveyRespondBodyAnswers.from_dict({q.key: 5 for q in survey.questions.all()}))
    first = respond.sync_detailed(survey.slug, client=as_user(), body=body)
    assert first.status_code == 201, first.content
    too_many = respond.sync(survey.slug, client=as_user(), body=body)

    for status, answer in ((400, bad), (401, unauthenticated), (403, forbidden), (404, not_found),
                           (409, conflict), (429, too_many)):
        assert isinstance(answer, Problem), (status, answer)
        assert answer.status == status and answer.title
    assert bad.errors[0].loc == ["limit"]
