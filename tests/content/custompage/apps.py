from django.apps import AppConfig


class CustomPageConfig(AppConfig):
    name = "tests.content.custompage"
    label = "custompage"
    default_auto_field = "django.db.models.BigAutoField"
