"""How a display board fills its TV. A TV cannot scroll, so every service point of the board is on
the screen, whatever its shape: the grid's columns are chosen here for the number of points and
counters (classes queue.css reads), and the type grows with each point's card (CSS container units)
until the card's lines or its width fill it.
"""

import math

RECENT_MAX = 5  # earlier numbers per counter a board lists (a card makes room for as many)

# The card of a point, in units of its type (queue.css --board-unit, the earlier numbers' size; the
# number now called is 3 units): 20 wide (counter, a five-character number, an earlier one), 7.6
# high for its names, waiting count and column heads, and per counter a line of 3.7 (or, when
# more, 1.1 per earlier number stacked beside it and 0.4 of padding). queue.css has the same.
CARD_WIDTH, CARD_HEAD, COUNTER_LINE, RECENT_LINE = 20, 7.6, 3.7, 1.1
# The screen shapes queue.css tells apart (aspect ratio at least 3:2, below it, portrait) and the
# shape each is laid out for.
SHAPES = {"wide": (16, 9), "square": (4, 3), "tall": (9, 16)}
MAX_COLUMNS = MAX_COUNTERS = 6  # queue.css has classes up to these


def card_height(counters, recent_count):
    return CARD_HEAD + counters * max(COUNTER_LINE, recent_count * RECENT_LINE + 0.4)


def best_columns(cards, height, shape):
    """How many columns give the largest type when `cards` cards `height` units high share a screen
    (on a tie, the fewer)."""
    width, screen_height = SHAPES[shape]

    def unit(columns):
        return min(width / columns / CARD_WIDTH, screen_height / math.ceil(cards / columns) / height)

    return max(range(1, min(cards, MAX_COLUMNS) + 1), key=unit)


def layout(data, recent_count):
    """The board grid's classes (queue.css): its columns on each screen shape, and what a card holds."""
    cards = max(len(data["points"]), 1)
    counters = min(max([len(point["counters"]) for point in data["points"]] + [1]), MAX_COUNTERS)
    height = card_height(counters, recent_count)
    columns = " ".join(f"queue-{shape}-{best_columns(cards, height, shape)}" for shape in SHAPES)
    return f"{columns} queue-counters-{counters} queue-recent-{recent_count}"
