from django.db import models
from wagtail.models import AbstractPage


class CustomBasePage(AbstractPage):
    """Every page of this project carries a hospital code."""

    hospital_code = models.CharField(max_length=16, blank=True)
