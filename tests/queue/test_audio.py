"""The board's announcement works offline: every clip board.js can ask for is shipped, small."""

import re
import string
from pathlib import Path

import wagtail_govstandard.queue as queue_app

STATIC = Path(queue_app.__file__).parent / "static" / "govstandard_queue"


def test_every_clip_the_board_plays_is_shipped_and_small():
    script = (STATIC / "board.js").read_text()
    assert '"chime", "call"' in script and '"at-counter"' in script and '".ogg"' in script
    wanted = ["chime", "call", "at-counter"] + [f"digit-{d}" for d in range(10)] + [
        f"letter-{c}" for c in string.ascii_lowercase]
    clips = {p.stem: p for p in (STATIC / "audio").glob("*.ogg")}
    assert sorted(wanted) == sorted(clips)
    for name in wanted:
        data = clips[name].read_bytes()
        assert data[:4] == b"OggS" and 1_000 < len(data) < 20_000, name
    assert sum(p.stat().st_size for p in clips.values()) < 300_000


def test_the_board_spells_a_number_into_clips():
    script = (STATIC / "board.js").read_text()
    assert re.search(r'/\[0-9\]/\.test\(ch\) \? "digit-" \+ ch : "letter-" \+ ch\.toLowerCase\(\)', script)
