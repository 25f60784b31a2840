"""The document form base (WAGTAILDOCS_DOCUMENT_FORM_BASE) that checks uploads by content."""

from wagtail.documents.forms import BaseDocumentForm

from wagtail_govstandard.content.uploads import validate_upload


class GovDocumentForm(BaseDocumentForm):
    """Document form base (WAGTAILDOCS_DOCUMENT_FORM_BASE) that checks uploads by content."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):  # a new upload, not the stored file
            validate_upload(uploaded)
        return uploaded
