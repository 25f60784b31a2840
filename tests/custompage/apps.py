from django.apps import AppConfig


class CustomPageConfig(AppConfig):
    name = "tests.custompage"
    label = "custompage"
    default_auto_field = "django.db.models.BigAutoField"
