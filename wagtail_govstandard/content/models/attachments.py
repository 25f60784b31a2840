"""Files attached to a content page; type and size come from the stored file (seed 2.2)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from wagtail_govstandard.content import uploads


class PageAttachment(Orderable):
    page = ParentalKey(
        "wagtail_govstandard.GovContentPage", on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.CASCADE, related_name="+",
        verbose_name=_("file"),
    )
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("Defaults to the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    @property
    def display_title(self):
        return self.title or self.document.title

    @property
    def url(self):
        return self.document.url

    @property
    def file_extension(self):
        return uploads.file_extension(self.document)

    @property
    def file_size(self):
        return self.document.get_file_size()

    @property
    def description(self):
        """"PDF, 1.2 MB", shown next to the download link."""
        return uploads.describe(self.document)
