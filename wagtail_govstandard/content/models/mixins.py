"""GovContentMixin: the metadata seed 2.2 demands of every published item, and its rules."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import local_today


class GovContentMixin(models.Model):
    """Source or owner, coverage period, publication date and end, review date (seed 2.2, 3.2).

    Dates that people set or read are calendar days in Asia/Bangkok: an item whose
    publication end is 30 April is shown through 30 April, Bangkok time.
    """

    category = models.CharField(
        _("category"), max_length=64, choices=categories.choices, db_index=True,
        help_text=_("Filled from the category index the page is placed under."), blank=True,
    )
    source_owner = models.CharField(
        _("source or owner"), max_length=255,
        help_text=_("Who the information comes from (guideline 2.2), e.g. the work group or issuer."),
    )
    owner_work_group = models.ForeignKey(
        "wagtail_govstandard.WorkGroup", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("owning work group"),
    )
    coverage_start = models.DateField(_("information covers from"), null=True, blank=True)
    coverage_end = models.DateField(_("information covers until"), null=True, blank=True)
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"), null=True, blank=True,
        help_text=_("For plans, budgets and reports, e.g. 2569."),
    )
    published_date = models.DateField(_("publication date"), default=local_today)
    publication_end = models.DateField(
        _("publication end"), null=True, blank=True, db_index=True,
        help_text=_("The last day the item is shown (Asia/Bangkok); then it comes down."),
    )
    review_by = models.DateField(_("review by"), null=True, blank=True, db_index=True)

    metadata_panels = [
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("source_owner"),
                FieldPanel("owner_work_group"),
                FieldRowPanel([FieldPanel("coverage_start"), FieldPanel("coverage_end")]),
                FieldPanel("fiscal_year"),
                FieldRowPanel([FieldPanel("published_date"), FieldPanel("publication_end")]),
                FieldPanel("review_by"),
            ],
            heading=_("Publication details (guideline 2.2)"),
        ),
    ]

    class Meta:
        abstract = True

    # Which categories this page type may hold; None: any whose page_types name the model.
    def allowed_categories(self):
        return categories.for_page_type(type(self).__name__)

    def category_object(self):
        return categories.get(self.category) if categories.exists(self.category) else None

    def fill_defaults(self, parent=None):
        """Category from the parent index, publication end and review date from the category."""
        if not self.category and parent is not None:
            parent_category = getattr(parent.specific, "category", "")
            if parent_category in {c.code for c in self.allowed_categories()}:
                self.category = parent_category
        if not self.category and len(self.allowed_categories()) == 1:
            self.category = self.allowed_categories()[0].code
        category = self.category_object()
        if category is None:
            return
        start = self.published_date or local_today()
        days = conf.get("PUBLICATION_DAYS").get(category.code, category.publication_days)
        if self.publication_end is None and days:
            self.publication_end = start + datetime.timedelta(days=days)
        if self.review_by is None:
            review = conf.get("REVIEW_DAYS").get(category.code, category.review_days)
            self.review_by = start + datetime.timedelta(days=review)

    def clean(self):
        super().clean()
        self.fill_defaults(self.get_parent() if self.path else None)
        errors = {}
        allowed = {c.code for c in self.allowed_categories()}
        if self.category not in allowed:
            errors["category"] = _("Choose one of: %s.") % ", ".join(
                str(categories.get(code).label) for code in sorted(allowed)
            )
        if self.coverage_start and self.coverage_end and self.coverage_end < self.coverage_start:
            errors["coverage_end"] = _("The period cannot end before it starts.")
        if self.publication_end and self.published_date and self.publication_end < self.published_date:
            errors["publication_end"] = _("Publication cannot end before the publication date.")
        category = self.category_object()
        if category and category.time_bound and not self.publication_end:
            errors["publication_end"] = _("Items of this category must have a publication end.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_expired(self):
        return bool(self.publication_end and self.publication_end < local_today())
