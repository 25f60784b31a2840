"""Log in to the Wagtail admin in the browser as a user (a role) through the real login form."""

from tests.utils import PASSWORD


def login_as(page, base_url, user, password=PASSWORD):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", user.get_username())
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/admin/login/" not in page.url, f"login as {user} failed: still on {page.url}"
    return page
