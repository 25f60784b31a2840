"""Admin forms: content pages take their category from the index they are added under, and every
date field of the package's page types and snippets reads and shows B.E. dates for Thai editors."""

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from wagtail_govstandard.content.date_input import use_be_dates


class GovPageForm(WagtailAdminPageForm):
    """The page editor's form of the package's page types: date fields in the editor's calendar."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_be_dates(self)


class GovSnippetForm(WagtailAdminModelForm):
    """The editing form of the package's snippets: date fields in the editor's calendar."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_be_dates(self)


class GovContentPageForm(GovPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("category") and self.parent_page is not None:
            parent_category = getattr(self.parent_page.specific, "category", "")
            allowed = {c.code for c in self.instance.allowed_categories()}
            if parent_category in allowed:
                cleaned_data["category"] = parent_category
        return cleaned_data
