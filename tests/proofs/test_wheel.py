"""The built wheel is the whole package: installed alone (no source tree on the path), it migrates
and serves a news item with its templates, static files and Thai catalogue."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SERVE_A_PAGE = textwrap.dedent("""
    import os, sys
    import django
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    django.setup()
    import wagtail_govstandard
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import translation
    from wagtail.models import Page, Site
    from wagtail_govstandard.models import CategoryIndexPage, NewsPage

    site_dir = sys.argv[1]
    assert wagtail_govstandard.__file__.startswith(site_dir), wagtail_govstandard.__file__
    call_command("migrate", verbosity=0)
    setup_test_environment()
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Home", slug="wheel-home"))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    index = home.add_child(instance=CategoryIndexPage(title="News", slug="news", category="news"))
    item = index.add_child(instance=NewsPage(title="From the wheel", slug="from-the-wheel", source_owner="Planning"))
    item.save_revision().publish()
    response = Client().get(item.url, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200, response.status_code
    origins = {t.origin.name for t in response.templates if t.origin and t.origin.name}
    assert any(name.startswith(site_dir) and "content/news_page.html" in name for name in origins), origins
    with translation.override("th"):
        assert translation.gettext("Government Website Standard") != "Government Website Standard"
    print("served", response.status_code, len(origins))
""")


def test_the_built_wheel_installs_and_serves_a_page(tmp_path):
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    assert "is absent from the `packages` configuration" not in build.stdout + build.stderr
    (wheel,) = wheels.glob("wagtail_govstandard-*.whl")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    assert (site / "wagtail_govstandard/static/wagtail_govstandard/css/site.css").is_file()
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{site}:{ROOT / 'example_site'}",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    # -P and cwd outside the repository: nothing but the installed wheel provides the package.
    served = subprocess.run(
        [sys.executable, "-P", "-c", SERVE_A_PAGE, str(site)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert served.returncode == 0, served.stdout[-2000:] + served.stderr[-4000:]
    assert "served 200" in served.stdout
