"""The status page's token: 24 random bytes from `secrets`, URL-safe (32 characters)."""

import secrets


def new_token():
    return secrets.token_urlsafe(24)
