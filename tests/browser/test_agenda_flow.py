"""The next meeting's agenda and the calendar feed in a real browser (issue 6).

On the demo archive (built for today, its last meeting in the week before), Malin Ekdahl
(``sekr``, secretary) reads on the group's latest meeting when a matter comes back "om två
veckor", opens the group's draft agenda for that date, and finds the matter as a follow-up and
the group's open actions under review. She closes one of those actions on its meeting's page;
the agenda no longer lists it, the follow-up stays. Then her own calendar link from the start
page is fetched without a login and read by two iCalendar parsers (icalendar, vobject): it holds
the group's meetings, the day the matter comes back, her open actions' due dates and the coming
events the start page shows. Everything the test expects is read from the pages, never from
the samples' text. Screenshots are ``test-artefacts/agenda-*.png``.
"""

from __future__ import annotations

import re
import urllib.request
from datetime import date, datetime, timedelta

import icalendar
import vobject
from playwright.sync_api import expect

from anteckna.samples import sample_paths
from tests.browser.conftest import logged_in, needs_chromium, shot

pytestmark = needs_chromium

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
COMMENT = "Rapporterat klart på mötet."


def days_in(text: str) -> list[date]:
    return [date.fromisoformat(found) for found in DAY.findall(text)]


def own_text(element) -> str:
    """The element's own words, without those of its children (labels, line links)."""
    texts = element.evaluate(
        "e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent)"
    )
    return " ".join(" ".join(texts).split())


def day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def test_a_follow_up_on_the_agenda_and_in_the_calendar(browser, server):
    page = logged_in(browser, server, "sekr")
    start = f"{server}/"
    agenda_url = server + page.locator('#latest a[href$="/agenda"]').first.get_attribute("href")
    meeting_href = page.locator("#latest ul li a").first.get_attribute("href")
    coming = [
        (entry.locator("a").inner_text(), days_in(entry.locator(".meta").inner_text()))
        for entry in page.locator("#events li:has(a)").all()
    ]
    mine = [  # (text, due date) of each open action with a due date
        (entry.locator("a").inner_text(), days_in(entry.locator("span").nth(1).inner_text())[0])
        for entry in page.locator("#my-actions li:has(a)").all()
        if entry.locator("span").count() == 2
    ]
    shot(page, "agenda-01-start")

    # the latest meeting: a matter comes back in two weeks
    page.goto(server + meeting_href)
    held = days_in(page.locator("header.meeting-head .meta").first.inner_text())[0]
    follow_up = page.locator(".follow-up", has_text="om två veckor")
    expect(follow_up).to_have_count(1)
    due = days_in(follow_up.locator("strong").inner_text())[0]
    assert due == held + timedelta(days=14)
    sentence = own_text(follow_up)
    shot(page, "agenda-02-latest-meeting")

    # the agenda of the meeting on that day
    page.goto(agenda_url)
    page.fill('input[name="date"]', due.isoformat())
    page.click('form.filters button[type="submit"]')
    page.wait_for_url(f"**date={due.isoformat()}")
    returning = page.locator("tr.kind-follow_up", has=page.locator(f'a[href="{meeting_href}"]'))
    expect(returning).to_have_count(1)
    expect(returning).to_contain_text(sentence)
    matter = own_text(returning.locator("td").nth(1))
    reviews = page.locator("tr.kind-action_review")
    count = reviews.count()
    assert count > 0
    reviewed = reviews.last
    action = own_text(reviewed.locator("td").nth(1))
    shot(page, "agenda-03-draft")

    # close the newest action under review on its meeting's page
    reviewed.locator("a[href^='/meetings/']").click()
    page.wait_for_url("**/meetings/*/")
    entry = page.locator(".action", has_text=action)
    expect(entry).to_have_count(1)
    entry.locator('input[name="comment"]').fill(COMMENT)
    entry.locator('button[name="status"][value="done"]').click()
    expect(page.locator(".messages .success")).to_be_visible()
    expect(page.locator(".action", has_text=action).locator(".status-done")).to_be_visible()
    shot(page, "agenda-04-action-closed")

    page.goto(f"{agenda_url}?date={due.isoformat()}")
    expect(page.locator("tr.kind-action_review")).to_have_count(count - 1)
    expect(page.locator("tr.kind-action_review", has_text=action)).to_have_count(0)
    expect(returning).to_have_count(1)
    shot(page, "agenda-05-after-closing")

    # the calendar link on the start page, read without a login
    page.goto(start)
    feed = page.locator('li.feed:not(:has(input[name="group"])) .feed-url').input_value()
    with urllib.request.urlopen(feed, timeout=10) as response:
        assert response.headers.get_content_type() == "text/calendar"
        body = response.read()
    page.context.close()

    calendar = icalendar.Calendar.from_ical(body)
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids))
    by_summary = {str(event["SUMMARY"]): event for event in events}

    meetings = [event for event in events if str(event["UID"]).startswith("meeting-")]
    assert len(meetings) == len(sample_paths())
    assert held in {day_of(event.decoded("DTSTART")) for event in meetings}

    comes_back = by_summary[f"Återkoppling: {matter}"]
    assert comes_back.decoded("DTSTART") == due
    assert comes_back.decoded("DTEND") == due + timedelta(days=1)
    assert sentence in str(comes_back["DESCRIPTION"])

    assert mine, "the secretary has open actions with a due date on her start page"
    for text, deadline in mine:
        assert by_summary[f"Åtgärd: {text}"].decoded("DTSTART") == deadline
    assert not any(action in summary for summary in by_summary)

    assert coming, "the start page shows coming events"
    for title, span in coming:
        event = by_summary[title]
        assert event.decoded("DTSTART") == span[0]
        assert event.decoded("DTEND") == span[-1] + timedelta(days=1)

    parsed = vobject.readOne(body.decode("utf-8"))
    assert sorted(e.uid.value for e in parsed.vevent_list) == sorted(uids)
    read_again = {e.summary.value: e.dtstart.value for e in parsed.vevent_list}
    assert read_again[f"Återkoppling: {matter}"] == due
