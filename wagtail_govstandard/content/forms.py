"""Admin forms: content pages take their category from the index they are added under."""

from wagtail.admin.forms import WagtailAdminPageForm


class GovContentPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("category") and self.parent_page is not None:
            parent_category = getattr(self.parent_page.specific, "category", "")
            allowed = {c.code for c in self.instance.allowed_categories()}
            if parent_category in allowed:
                cleaned_data["category"] = parent_category
        return cleaned_data
