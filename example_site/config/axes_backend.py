"""django-axes' lockout check, for sign-ins made through a web request.

``authenticate()`` without a request (the test client's ``login()``, a shell script) is no web
sign-in an attacker can repeat; axes' standalone backend would raise on it, this one lets the
next backend decide. Every admin sign-in (Wagtail's login view) passes the request.
"""

from axes.backends import AxesStandaloneBackend


class WebSignInAxesBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
