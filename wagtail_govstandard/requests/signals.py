"""Signal receivers of the request workflow: a page from a request going live publishes the request
and makes its files public; taken down or deleted, the files are private again (requests.files)."""

from wagtail.signals import page_published

from wagtail_govstandard.requests import files, publisher, transitions


def on_page_published(sender, instance, revision=None, **kwargs):
    transitions.mark_published(instance, publisher.acting_user(revision))


def connect():
    page_published.connect(on_page_published, dispatch_uid="govstandard_request_published")
    files.connect()
