from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-demo-only-never-use-in-production"
# hospital.localhost: the demo's second Site (home.demo.hospital); browsers resolve it to 127.0.0.1.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver", "hospital.localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
