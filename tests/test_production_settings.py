"""config.settings.production: secrets from the environment, passes check --deploy, refuses without a key."""

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE_SITE = Path(__file__).resolve().parent.parent / "example_site"
SECRET = "x7$Kq9!vR2mZ#pL4wT8nB1cY6hJ3dF5gS0aE-uQ_oI+rW*zX@eV&tN^kM(yH)jC"


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL")}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    # This checkout's package, not whichever one the interpreter has installed.
    environment["PYTHONPATH"] = os.pathsep.join([str(EXAMPLE_SITE.parent), str(EXAMPLE_SITE)])
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=EXAMPLE_SITE, env=environment,
        capture_output=True, text=True, timeout=120,
    )


def test_check_deploy_gives_no_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", REDIS_URL="redis://127.0.0.1:6379/13",
                    SECRET_KEY=SECRET, ALLOWED_HOSTS="www.example.go.th,hospital.example.go.th")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_the_cache_is_per_process():
    """Issue #11 finding 3: the per-IP survey and visit limits need a cache every worker shares."""
    result = manage("check", "--deploy", "--fail-level", "WARNING",
                    SECRET_KEY=SECRET, ALLOWED_HOSTS="www.example.go.th")
    assert result.returncode != 0
    assert "wagtail_govstandard.W001" in result.stdout + result.stderr


def test_refuses_to_start_without_a_secret_key():
    result = manage("check", ALLOWED_HOSTS="www.example.go.th")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_reads_hosts_database_and_redis_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], "
        "s.CACHES['default']['LOCATION'], s.DEBUG)"
    )
    result = manage(
        "shell", "-c", code, SECRET_KEY=SECRET, ALLOWED_HOSTS="a.example.go.th, b.example.go.th",
        DATABASE_URL="postgres://user:pw@db.internal:5432/gov", REDIS_URL="redis://cache.internal:6379/3",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == (
        "['a.example.go.th', 'b.example.go.th'] django.db.backends.postgresql "
        "wagtail_govstandard.cache.redis.RedisCache redis://cache.internal:6379/3 False"
    )



API_DOCS_SETTING = "from django.conf import settings; print(settings.WAGTAILAPI_DOCS_ENABLED)"


def test_the_v3_api_docs_are_off_unless_a_setting_turns_them_on(client, db, settings):
    """Issue #11 finding 12: production leaves /api/v3/docs/ and the OpenAPI schema off (404)."""
    common = {"SECRET_KEY": SECRET, "ALLOWED_HOSTS": "testserver"}
    assert manage("shell", "-c", API_DOCS_SETTING, **common).stdout.strip().endswith("False")
    assert manage("shell", "-c", API_DOCS_SETTING, API_DOCS_ENABLED="1", **common).stdout.strip().endswith("True")
    settings.WAGTAILAPI_DOCS_ENABLED = False
    assert [client.get(p).status_code for p in ("/api/v3/docs/", "/api/v3/openapi.json")] == [404, 404]
    settings.WAGTAILAPI_DOCS_ENABLED = True
    assert [client.get(p).status_code for p in ("/api/v3/docs/", "/api/v3/openapi.json")] == [200, 200]
