"""What a meeting page's body reads (``services.meeting_page.meeting_body``): every row in
order under its item, in a fixed number of queries however many rows there are."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from anteckna.model import Action, Decision, FollowUp, Item
from anteckna.services.meeting_page import meeting_body


def item(n: int) -> Item:
    return Item(
        f"Punkt {n}",
        number=str(n),
        presenters=("Jonas Wiklund", "Åsa Öberg"),
        decisions=(Decision(f"Beslut {n}a."), Decision(f"Beslut {n}b.")),
        actions=(
            Action(f"Jonas gör {n}.", owners=("Jonas Wiklund",), due=date(2024, 5, 20)),
            Action(f"Åsa och Jonas gör {n}.", owners=("Åsa Öberg", "Jonas Wiklund")),
        ),
        follow_ups=(FollowUp(f"Tas upp igen {n}.", relative="om två veckor"),),
    )


def test_rows_come_in_order_under_their_items(store_meeting, make_meeting):
    stored = store_meeting(replace(make_meeting(), items=tuple(item(n) for n in (1, 2, 3))))
    body = meeting_body(stored, date(2024, 5, 21))
    assert [view.item.title for view in body.items] == ["Punkt 1", "Punkt 2", "Punkt 3"]
    second = body.items[1]
    assert [p.name for p in second.presenters] == ["Jonas Wiklund", "Åsa Öberg"]
    assert [d.text for d in second.decisions] == ["Beslut 2a.", "Beslut 2b."]
    assert [a.action.text for a in second.actions] == ["Jonas gör 2.", "Åsa och Jonas gör 2."]
    assert [o.name for o in second.actions[1].owners] == ["Åsa Öberg", "Jonas Wiklund"]
    assert [a.overdue for a in second.actions] == [True, False]
    assert [f.text for f in second.follow_ups] == ["Tas upp igen 2."]


def test_the_queries_do_not_grow_with_the_rows(
    store_meeting, make_meeting, django_assert_num_queries
):
    small = store_meeting(replace(make_meeting(), items=(item(1),)), file_name="a.txt")
    large = store_meeting(
        replace(make_meeting(), items=tuple(item(n) for n in range(1, 30))), file_name="b.txt"
    )
    with django_assert_num_queries(9):
        meeting_body(small, date(2024, 5, 21))
    with django_assert_num_queries(9):
        meeting_body(large, date(2024, 5, 21))
