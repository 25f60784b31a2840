"""The board's layout on a TV (screen.layout): the columns that give the largest type for the number
of service points, on each screen shape; at most five earlier numbers per counter. The browser proof
that it fits every screen is tests/queue/test_board_screen.py."""

import pytest
from django.core.exceptions import ValidationError

from wagtail_govstandard.queue import calling, numbering, screen
from wagtail_govstandard.queue.pages import BoardPage
from wagtail_govstandard.queue.screen import RECENT_MAX

from .conftest import counter
from .test_public import board, no_debounce  # noqa: F401  (a published board; calls without the double-click window)


def test_the_demo_hospitals_four_points_share_a_wide_screen_two_by_two(client, hospital, board):
    html = client.get(board.url).content.decode()
    assert 'class="queue-board-grid queue-wide-2 queue-square-2 queue-tall-1 queue-counters-2 queue-recent-3"' in html


@pytest.mark.parametrize(("cards", "counters", "wide", "square", "tall"), [
    (1, 1, 1, 1, 1),
    (2, 1, 2, 1, 1),   # two short cards: side by side on a wide screen, one above the other on a 4:3 one
    (3, 1, 2, 2, 1),   # two rows of wide cards beat three narrow ones
    (4, 2, 2, 2, 1),   # the demo hospital
    (6, 3, 3, 3, 2),
    (12, 2, 4, 3, 2),  # on 4:3, three or four columns give the same type: the fewer columns
    (40, 1, 6, 6, 4),  # never more columns than queue.css has classes for
])
def test_the_columns_give_the_largest_type(cards, counters, wide, square, tall):
    height = screen.card_height(counters, 3)
    assert [screen.best_columns(cards, height, shape) for shape in ("wide", "square", "tall")] == [wide, square, tall]


def test_more_earlier_numbers_make_taller_cards():
    heights = [screen.card_height(2, recent) for recent in (0, 3, 4, 5)]
    assert heights[0] == heights[1] < heights[2] < heights[3]


def test_a_board_lists_at_most_five_earlier_numbers(client, hospital, board):
    board.recent_count = RECENT_MAX + 1
    with pytest.raises(ValidationError) as error:
        board.full_clean()
    assert "recent_count" in error.value.message_dict
    BoardPage.objects.filter(pk=board.pk).update(recent_count=9)  # saved before the limit
    desk = counter(hospital.registration)
    for _ in range(8):
        numbering.issue(hospital.registration)
        calling.call_next(desk)
    line = client.get(f"/api/v3/govstandard/queue/boards/{board.pk}/state/").json()["points"][0]["counters"][0]
    assert len(line["recent"]) == RECENT_MAX
    html = client.get(board.url).content.decode()
    assert "queue-recent-5" in html
