from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-demo-only-never-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
