"""The website satisfaction survey (seed 1.10): questions on a 5-point scale, anonymous answers.

A response stores its ratings, an optional comment (hidden until a webmaster approves it), an
optional respondent type and, only when the agency configured consent text and the respondent
consented, a name and contact. No IP address or visitor hash is stored.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from wagtail_govstandard.i18n.bilingual import in_language

RESPONDENT_TYPES = [
    ("public", _("general public")),
    ("patient", _("patient or relative")),
    ("staff", _("staff")),
    ("other", _("other")),
]

DEFAULT_PDPA_NOTICE = (
    "แบบประเมินนี้ไม่เก็บชื่อหรือข้อมูลที่ระบุตัวตนของท่าน คำตอบใช้เพื่อปรับปรุงเว็บไซต์และรายงานผลโดยสรุปเท่านั้น "
    "(พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)"
)
DEFAULT_PDPA_NOTICE_EN = (
    "This survey does not collect your name or anything that identifies you. The answers are used to "
    "improve the website and are reported only in summary (Personal Data Protection Act B.E. 2562 (2019))."
)


class SatisfactionSurvey(ClusterableModel):
    """A satisfaction survey shown inline: in the footer of every page and/or by a block."""

    title_th = models.CharField(_("title (Thai)"), max_length=255, default="ประเมินความพึงพอใจเว็บไซต์")
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True, default="Rate this website")
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    intro_th = models.TextField(_("introduction (Thai)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    pdpa_notice = models.TextField(_("privacy notice (Thai)"), default=DEFAULT_PDPA_NOTICE)
    pdpa_notice_en = models.TextField(_("privacy notice (English)"), blank=True, default=DEFAULT_PDPA_NOTICE_EN)
    active = models.BooleanField(_("accepting answers"), default=True)
    site_wide = models.BooleanField(
        _("show in the footer of every page"), default=False,
        help_text=_("One survey is shown site-wide: the newest active one with this ticked."),
    )
    ask_respondent_type = models.BooleanField(_("ask who the respondent is"), default=True)
    allow_comment = models.BooleanField(_("allow a comment"), default=True)
    personal_consent_text = models.TextField(
        _("consent text for personal details (Thai)"), blank=True,
        help_text=_("Only when filled in does the form offer name and contact fields, with this "
                    "text and a consent box (PDPA)."),
    )
    personal_consent_text_en = models.TextField(
        _("consent text for personal details (English)"), blank=True,
        help_text=_("Shown on English pages; the Thai text when empty."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        MultiFieldPanel([FieldPanel("title_th"), FieldPanel("title_en"), FieldPanel("slug")], heading=_("Survey")),
        FieldPanel("intro_th"), FieldPanel("intro_en"),
        FieldPanel("pdpa_notice"), FieldPanel("pdpa_notice_en"),
        FieldPanel("active"), FieldPanel("site_wide"), FieldPanel("ask_respondent_type"),
        FieldPanel("allow_comment"), FieldPanel("personal_consent_text"), FieldPanel("personal_consent_text_en"),
        InlinePanel("questions", label=_("Questions (5-point scale)"), min_num=1),
    ]

    class Meta:
        verbose_name = _("satisfaction survey")
        verbose_name_plural = _("satisfaction surveys")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return in_language(self.title_th, self.title_en)

    @property
    def intro(self):
        return in_language(self.intro_th, self.intro_en)

    @property
    def privacy_notice(self):
        return in_language(self.pdpa_notice, self.pdpa_notice_en)

    @property
    def consent_text(self):
        return in_language(self.personal_consent_text, self.personal_consent_text_en)

    @property
    def collects_personal_details(self):
        return bool(self.personal_consent_text.strip())

    @classmethod
    def site_wide_survey(cls):
        return cls.objects.filter(active=True, site_wide=True).prefetch_related("questions").first()


class SurveyQuestion(Orderable):
    survey = ParentalKey(SatisfactionSurvey, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(
        _("key"), max_length=50, help_text=_("Stable name used by the API, e.g. 'content'."),
    )
    text_th = models.CharField(_("question (Thai)"), max_length=500)
    text_en = models.CharField(_("question (English)"), max_length=500, blank=True)

    panels = [FieldPanel("key"), FieldPanel("text_th"), FieldPanel("text_en")]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [models.UniqueConstraint(fields=["survey", "key"], name="govstandard_question_key_once")]

    def __str__(self):
        return self.text

    @property
    def text(self):
        return in_language(self.text_th, self.text_en)


class SurveyResponse(models.Model):
    PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
    COMMENT_STATUSES = [(PENDING, _("waiting for approval")), (APPROVED, _("approved")), (REJECTED, _("rejected"))]

    survey = models.ForeignKey(SatisfactionSurvey, on_delete=models.CASCADE, related_name="responses")
    submitted_at = models.DateTimeField(_("submitted at"), db_index=True)
    day = models.DateField(_("day (Asia/Bangkok)"), db_index=True)
    respondent_type = models.CharField(_("respondent"), max_length=16, choices=RESPONDENT_TYPES, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    comment_status = models.CharField(
        _("comment status"), max_length=16, choices=COMMENT_STATUSES, default=PENDING, db_index=True
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("moderated by"),
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    personal_name = models.CharField(_("name"), max_length=255, blank=True)
    personal_contact = models.CharField(_("contact"), max_length=255, blank=True)
    consent_given = models.BooleanField(_("consented to personal details"), default=False)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.survey_id} {self.submitted_at:%Y-%m-%d %H:%M}"


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(SurveyQuestion, on_delete=models.CASCADE, related_name="answers")
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(rating__gte=1, rating__lte=5), name="govstandard_rating_1_to_5"),
            models.UniqueConstraint(fields=["response", "question"], name="govstandard_one_answer_per_question"),
        ]
