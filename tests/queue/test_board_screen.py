"""The board on a TV, in Debian's chromium: on screens of every shape (16:9, 4:3, 5:4, upright),
every service point is on the screen (a TV cannot scroll), no text spills out of its cell or card,
and the number now called stays large; the sound button shows only when the TV refused to play.
Screenshots in artifacts/."""

import pytest

from tests.e2e.browser import screenshot
from tests.e2e.conftest import chromium, new_page, site_url  # noqa: F401  (the browser fixtures)
from wagtail_govstandard.queue import calling, clock, numbering
from wagtail_govstandard.queue.models import DayCounter
from wagtail_govstandard.queue.pages import BoardPage
from wagtail_govstandard.queue.screen import RECENT_MAX

from .conftest import build_hospital, make_point

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCREENS = [(1920, 1080), (1366, 768), (1280, 1024), (1024, 768), (1080, 1920), (768, 1366)]
SMALLEST_NUMBER = 0.05  # of the screen's shorter side: 54 px on a 1080p TV (18 counters on one screen)

# Every text box inside its cell (or heading, or line) and inside its card; every card on the screen.
MEASURE = """() => {
  const problems = [], slack = 1;
  const inside = (r, box) => r.left >= box.left - slack && r.right <= box.right + slack
    && r.top >= box.top - slack && r.bottom <= box.bottom + slack;
  const screen = {left: 0, top: 0, right: innerWidth, bottom: innerHeight};
  const cards = [...document.querySelectorAll(".queue-board-point")];
  for (const card of cards) {
    const box = card.getBoundingClientRect();
    if (!inside(box, screen)) { problems.push(`${card.querySelector("h2").textContent.trim()}: off the screen`); }
    const texts = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const node = texts.currentNode;
      if (!node.textContent.trim()) { continue; }
      const range = document.createRange();
      range.selectNodeContents(node);
      const holder = node.parentElement.closest("td, th, h2, p");
      for (const r of range.getClientRects()) {
        if (!inside(r, box)) { problems.push(`"${node.textContent.trim()}" spills out of its card`); }
        if (holder && !inside(r, holder.getBoundingClientRect())) {
          problems.push(`"${node.textContent.trim()}" spills out of its ${holder.tagName.toLowerCase()}`);
        }
      }
    }
  }
  const head = document.querySelector("h1").getBoundingClientRect();
  if (!inside(head, screen) || cards.some((card) => card.getBoundingClientRect().top < head.bottom)) {
    problems.push("the title overlaps the cards or leaves the screen");
  }
  const numbers = [...document.querySelectorAll("[data-now]")].map((cell) => parseFloat(getComputedStyle(cell).fontSize));
  return {problems, cards: cards.length, smallest: Math.min(...numbers), shorter: Math.min(innerWidth, innerHeight)};
}"""


def fill(points, rounds):
    """Every counter with a number now called and `rounds - 1` earlier ones, the numbers past 999
    (five characters, the widest a busy day gives)."""
    day = clock.today()
    for point in points:
        numbering.ensure_day_counter(point.pk, day)
        DayCounter.objects.filter(point=point, day=day).update(last_number=995)
        desks = list(point.counters.all())
        for _ in range(rounds):
            for desk in desks:
                numbering.issue(point)
                calling.call_next(desk)


@pytest.fixture
def hospital_boards(settings, thai_site):
    """Boards of one point, of the demo hospital's four (and of the same with five earlier numbers
    per counter), and of six points, two of them with three counters."""
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0
    hospital = build_hospital()
    lab = make_point(hospital.site, "lab", "E", counters=(1, 2, 3), name_th="ห้องปฏิบัติการ", name_en="Laboratory")
    xray = make_point(hospital.site, "xray", "F", counters=(1, 2, 3), name_th="ห้องเอกซเรย์", name_en="X-ray")
    four = [hospital.registration, hospital.screening, hospital.exam, hospital.pharmacy]
    fill(four + [lab, xray], RECENT_MAX + 1)
    boards = {}
    for slug, points, recent in (("one", four[:1], 3), ("four", four, 3), ("four-five-earlier", four, RECENT_MAX),
                                 ("six", four + [lab, xray], 3)):
        board = hospital.home.add_child(instance=BoardPage(title="จอเรียกคิว OPD / OPD queue board", slug=slug,
                                                           recent_count=recent))
        board.points.set(points)
        board.save_revision().publish()
        boards[slug] = BoardPage.objects.get(pk=board.pk)
    return boards


def test_every_point_fits_on_every_screen_and_the_number_stays_large(new_page, site_url, hospital_boards):  # noqa: F811
    page = new_page("th")
    failures = []
    for slug, board in hospital_boards.items():
        expected = len(board.points.all())
        for width, height in SCREENS:
            page.set_viewport_size({"width": width, "height": height})
            assert page.goto(site_url + board.url).status == 200
            found = page.evaluate(MEASURE)
            screenshot(page, f"queue-board-{slug}-{width}x{height}")
            where = f"board '{slug}' at {width}x{height}"
            assert found["cards"] == expected, where
            failures += [f"{where}: {problem}" for problem in found["problems"]]
            if found["smallest"] < SMALLEST_NUMBER * found["shorter"]:
                failures.append(f"{where}: the number now called is {found['smallest']:.0f} px high")
    assert not failures, "\n".join(failures)


def test_the_sound_button_shows_only_when_the_tv_refuses_to_play(new_page, site_url, hospital_boards):  # noqa: F811
    from wagtail_govstandard.queue.models import Counter

    page = new_page("th")
    # The TV refuses to play until someone presses a key or taps (a browser's autoplay rule).
    page.add_init_script("""
      window.refusing = true;
      HTMLMediaElement.prototype.play = () => window.refusing ? Promise.reject(new DOMException("", "NotAllowedError"))
                                                              : Promise.resolve();
      document.addEventListener("click", () => { window.refusing = false; }, true);
    """)
    page.goto(site_url + hospital_boards["one"].url)
    button = page.locator("[data-sound-on]")
    page.wait_for_timeout(1500)
    assert button.is_hidden()
    desk = Counter.objects.get(point__code="registration", number=1)
    numbering.issue(desk.point)
    called = calling.call_next(desk)
    page.locator('[data-counter="registration-1"] [data-now]', has_text=called.visit.display).wait_for(timeout=5000)
    button.wait_for(state="visible", timeout=5000)
    box, cards = button.bounding_box(), page.locator(".queue-board-point").first.bounding_box()
    assert box["y"] + box["height"] <= cards["y"], "the sound button covers a card"
    button.click()
    assert button.is_hidden()
