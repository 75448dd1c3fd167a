"""A new version of a document keeps what points at the elements it still has."""

from __future__ import annotations

import dataclasses

from anteckna.model import FollowUp, Item
from anteckna.store import models


def later_meeting(make_meeting):
    """A second meeting of the group, with a follow-up of its own."""
    item = Item("Uppföljning", number="1", follow_ups=(FollowUp("Tas upp igen", "nästa möte"),))
    return make_meeting(items=(item,), source=dataclasses.replace(make_meeting().source))


def test_the_keys_are_stored(store_meeting, make_meeting):
    row = store_meeting(make_meeting())
    assert row.items.get().key == "n:1"
    assert row.actions.get().key == "jonas skickar ut planen"
    assert row.follow_ups.get().key == "tas upp igen"
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    assert row.attendance.get(person=jonas).key == f"p:{jonas.pk}"


def test_links_into_a_kept_element_survive_a_new_version(store_meeting, make_meeting):
    first = store_meeting(make_meeting(), file_name="lg.txt", data=b"v1")
    other = store_meeting(later_meeting(make_meeting), file_name="lg2.txt", data=b"x")
    other.follow_ups.update(resolved_by=first.items.get())
    first.actions.update(status="done", closed_in=other)
    first.follow_ups.update(resolved_by=other.items.get())

    item = make_meeting().items[0]
    again = make_meeting(items=(dataclasses.replace(item, text="Ny text."),))
    second = store_meeting(again, file_name="lg.txt", data=b"v2")

    new_item = second.items.get()
    assert new_item.text == "Ny text."
    assert other.follow_ups.get().resolved_by == new_item
    action = second.actions.get()
    assert (action.status, action.closed_in) == ("done", other)
    assert second.follow_ups.get().resolved_by == other.items.get()


def test_a_link_into_a_gone_element_is_cleared(store_meeting, make_meeting):
    first = store_meeting(make_meeting(), file_name="lg.txt", data=b"v1")
    other = store_meeting(later_meeting(make_meeting), file_name="lg2.txt", data=b"x")
    other.follow_ups.update(resolved_by=first.items.get())
    renumbered = dataclasses.replace(make_meeting().items[0], number="2")
    store_meeting(make_meeting(items=(renumbered,)), file_name="lg.txt", data=b"v2")
    assert other.follow_ups.get().resolved_by is None
