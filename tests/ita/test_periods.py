"""Period rules: the months, quarters and halves of a B.E. fiscal year, and which are due."""

import datetime

from wagtail_govstandard.ita import periods


def test_months_of_2569_run_october_2568_to_september_2569():
    spans = periods.months(2569)
    assert spans[0] == (datetime.date(2025, 10, 1), datetime.date(2025, 10, 31))
    assert spans[4] == (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    assert spans[-1] == (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30))


def test_only_ended_months_and_quarters_are_due():
    as_of = datetime.date(2026, 3, 15)
    assert [s[0].month for s in periods.due_spans(periods.MONTHLY, 2569, as_of)] == [10, 11, 12, 1, 2]
    assert [s[0].month for s in periods.due_spans(periods.QUARTERLY, 2569, as_of)] == [10]
    assert not periods.first_half_due(2569, as_of)
    assert periods.first_half_due(2569, datetime.date(2026, 4, 1))
    assert len(periods.due_spans(periods.MONTHLY, 2568, as_of)) == 12


def test_covers_names_the_year_an_item_must_relate_to():
    assert periods.covers(periods.PREVIOUS_FY, 2569) == (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
    assert periods.covers(periods.FIRST_HALF, 2569) == (datetime.date(2025, 10, 1), datetime.date(2026, 3, 31))
