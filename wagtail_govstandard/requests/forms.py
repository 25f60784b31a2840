"""Forms of the request workflow, shared by the admin views and the API (one validation path)."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail_govstandard.content import categories, uploads
from wagtail_govstandard.content.date_input import BEDateField
from wagtail_govstandard.content.models.pages import CategoryIndexPage
from wagtail_govstandard.requests import access, people
from wagtail_govstandard.requests.models import REJECTION_REASONS, PublicationRequest


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, each checked by content (foundation's validate_upload)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files]
        errors = []
        for uploaded in cleaned:
            try:
                uploads.validate_upload(uploaded)
            except ValidationError as error:
                errors.extend("%s: %s" % (uploaded.name, m) for m in error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned


class PublicationRequestForm(forms.ModelForm):
    """The seed's form: filed by a provider for a work group they belong to; reused to resubmit."""

    external_link = forms.URLField(
        label=_("External link"), required=False, max_length=500, assume_scheme="https"
    )
    attachments = MultipleFileField(
        label=_("Attachments"), help_text=_("Documents for the webmaster to publish (checked by content).")
    )

    class Meta:
        model = PublicationRequest
        fields = [
            "work_group", "subject", "details", "external_link", "remarks", "requested_category",
            "publish_from", "publish_until", "coverage_start", "coverage_end", "requester_position",
        ]
        field_classes = dict.fromkeys(("publish_from", "publish_until", "coverage_start", "coverage_end"), BEDateField)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["work_group"].queryset = access.filing_work_groups(user)
        self.fields["work_group"].empty_label = None if self.fields["work_group"].queryset.count() == 1 else "---------"
        self.fields["requested_category"].choices = [("", "---------")] + categories.choices()
        if not self.instance.pk:
            self.fields["requester_position"].initial = people.last_position(user)
        else:
            self.fields["work_group"].disabled = True

    def clean(self):
        data = super().clean()
        errors = {}
        for start, end in (("publish_from", "publish_until"), ("coverage_start", "coverage_end")):
            if data.get(start) and data.get(end) and data[end] < data[start]:
                errors[end] = _("The period cannot end before it starts.")
        if errors:
            raise ValidationError(errors)
        return data


class ApproveForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea({"rows": 3}))
    position = forms.CharField(label=_("Your position"), required=False, max_length=255)


class RejectForm(forms.Form):
    reasons = forms.MultipleChoiceField(
        label=_("Reasons"), choices=REJECTION_REASONS, widget=forms.CheckboxSelectMultiple
    )
    other = forms.CharField(label=_("Other reason"), required=False, max_length=500)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea({"rows": 3}))
    position = forms.CharField(label=_("Your position"), required=False, max_length=255)

    def clean(self):
        data = super().clean()
        if "other" in (data.get("reasons") or []) and not (data.get("other") or "").strip():
            raise ValidationError({"other": _("Say what the other reason is.")})
        return data


class VerbalApprovalForm(forms.Form):
    """A webmaster records an urgent verbal approval: which head, when, and a note (seed 2.2.1)."""

    head = forms.ModelChoiceField(label=_("Head who approved"), queryset=get_user_model().objects.none())
    approved_at = forms.DateTimeField(
        label=_("When they approved"), required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Leave empty for now."),
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea({"rows": 3}))
    position = forms.CharField(label=_("The head's position"), required=False, max_length=255)

    def __init__(self, *args, request_obj, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["head"].queryset = request_obj.work_group.heads.filter(is_active=True).exclude(
            pk=request_obj.requested_by_id
        )

    def clean_approved_at(self):
        value = self.cleaned_data.get("approved_at") or timezone.now()
        if value > timezone.now() + datetime.timedelta(minutes=5):
            raise ValidationError(_("The approval cannot be in the future."))
        return value


class ConfirmForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea({"rows": 2}))


def publishable_categories():
    return [c for c in categories.CATEGORIES if c.needs_pages]


class PublishForm(forms.Form):
    """The webmaster picks the category and the index page the new page goes under (seed 2.2.2)."""

    category = forms.ChoiceField(label=_("Category"))
    parent = forms.ModelChoiceField(
        label=_("Parent page"), queryset=CategoryIndexPage.objects.all(),
        help_text=_("The category index the page goes under."),
    )
    position = forms.CharField(label=_("Your position"), required=False, max_length=255)
    publish_now = forms.BooleanField(
        label=_("Publish at once"), required=False,
        help_text=_("Leave unticked to review the draft in the page editor first."),
    )

    def __init__(self, *args, request_obj=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [(c.code, c.label) for c in publishable_categories()]
        if request_obj is not None and request_obj.requested_category:
            self.fields["category"].initial = request_obj.requested_category
            # The category's only live index is the only sensible parent: chosen already.
            indexes = list(CategoryIndexPage.objects.live().filter(
                category=request_obj.requested_category).values_list("pk", flat=True)[:2])
            if len(indexes) == 1:
                self.fields["parent"].initial = indexes[0]

    def clean(self):
        data = super().clean()
        parent, code = data.get("parent"), data.get("category")
        if parent and code and parent.category != code:
            raise ValidationError({"parent": _("Choose an index page of the chosen category.")})
        return data
