"""The README's Queue section documents every queue setting and the commands it names exist."""

from pathlib import Path

from django.core.management import get_commands

from wagtail_govstandard.queue import conf

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_every_queue_setting_is_documented():
    assert [name for name in conf.DEFAULTS if conf.PREFIX + name not in README] == []


def test_the_commands_and_scripts_it_names_exist():
    for command in ("govstandard_queue_purge", "govstandard_queue_rollover"):
        assert command in README and command in get_commands()
    root = Path(__file__).resolve().parents[2]
    for path in ("wagtail_govstandard/queue/scripts/replay_visits.py", "wagtail_govstandard/queue/scripts/make_audio.py",
                 "wagtail_govstandard/queue/scripts/sample_visits.csv", "bench/tickets.py"):
        assert path in README and (root / path).exists(), path
