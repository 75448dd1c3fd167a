"""A meeting run from agenda to approved minutes in a real browser against a real server.

The archive is the demo's with the logins of ``conftest``: ``sekr`` (secretary, Malin Ekdahl)
writes the minutes, ``sekr2`` (secretary, Oskar Nyström) edits them at the same time, and
``ordf`` (member, Mattias Sandell, the chair of the group's latest meetings) approves them.
Screenshots are ``test-artefacts/notes-*.png``.
"""

from __future__ import annotations

from tests.browser.conftest import logged_in, needs_chromium, shot, until

pytestmark = needs_chromium


def saved(page) -> None:
    """Wait until the server has every change (the browser's copy is gone once it has)."""
    key = f"anteckna-draft-{page.locator('#draft-form').get_attribute('data-draft')}"
    until(
        page,
        f"() => document.body.dataset.draftState === 'saved' && !localStorage.getItem('{key}')",
    )


def type_at_end(page, selector: str, text: str) -> None:
    area = page.locator(selector)
    area.click()
    area.press("End")
    page.keyboard.type(text)


def test_a_meeting_from_agenda_to_approved_minutes(browser, server):
    page = logged_in(browser, server, "sekr")
    page.goto(f"{server}/notes/")
    shot(page, "notes-1-agenda")
    page.click("form.take-notes button")
    page.wait_for_selector("#draft-form")
    assert page.locator('select[name="chair"]').input_value() == "Mattias Sandell"
    shot(page, "notes-2-new-draft")

    page.check('tr:has(input[value="Sofia Hägglund"]) input[value="absent"]')
    page.check('tr:has(input[value="Rasmus Öberg"]) input[value="remote"]')
    partly = page.locator('tr:has(input[value="Gustav Wennerholm"])')
    partly.locator('input[value="partial"]').check()
    partly.locator('input[type="time"]').first.fill("13:00")
    partly.locator('input[type="time"]').last.fill("14:30")
    page.fill("#item-0-text", "Alla checkar in.")
    type_at_end(
        page,
        "#item-2-text",
        "Linnéa informerar om lokalerna. Gustav tar fram en plan för lokalerna.",
    )
    page.click('#item-2 button[data-mark="action"]')
    page.select_option('select[name="item-2-action-0-owners"]', "Gustav Wennerholm")
    page.fill('input[name="item-2-action-0-due"]', "2026-04-30")
    type_at_end(page, "#item-2-text", " Ärendet tas upp igen om två veckor.")
    page.click('#item-2 button[data-mark="followup"]')
    page.fill('input[name="item-2-followup-0-days"]', "14")
    type_at_end(page, "#item-2-text", " Planen ska gälla från augusti.")
    page.click('#item-2 button[data-mark="decision"]')
    saved(page)
    shot(page, "notes-3-written")

    page.reload()  # in the middle of the meeting: nothing is lost
    page.wait_for_selector("#draft-form")
    assert page.locator("#item-0-text").input_value() == "Alla checkar in."
    assert "Gustav tar fram en plan" in page.locator("#item-2-text").input_value()
    assert page.is_checked('tr:has(input[value="Sofia Hägglund"]) input[value="absent"]')
    assert partly.locator('input[type="time"]').first.input_value() == "13:00"
    assert page.locator('input[name="item-2-action-0-text"]').input_value() == (
        "Gustav tar fram en plan för lokalerna."
    )
    owners = page.locator('select[name="item-2-action-0-owners"] option:checked')
    assert owners.all_inner_texts() == ["Gustav Wennerholm"]
    assert page.locator('input[name="item-2-followup-0-text"]').input_value() == (
        "Ärendet tas upp igen om två veckor."
    )
    assert page.locator('input[name="item-2-followup-0-days"]').input_value() == "14"
    assert page.locator('input[name="item-2-decision-0-text"]').input_value() == (
        "Planen ska gälla från augusti."
    )

    # the connection drops: the text waits in the browser and comes back after a reload
    page.route("**/autosave", lambda route: route.abort())
    page.fill("#item-3-text", "Skrivet utan uppkoppling.")
    until(page, "() => document.body.dataset.draftState === 'offline'")
    page.reload()
    page.wait_for_selector("#draft-form")
    assert page.locator("#item-3-text").input_value() == "Skrivet utan uppkoppling."
    page.unroute("**/autosave")
    saved(page)

    # a second secretary saves in between: the first sees a conflict, nothing is overwritten
    other = logged_in(browser, server, "sekr2")
    other.goto(page.url)
    other.fill("#item-1-text", "Oskar skrev här.")
    saved(other)
    page.fill("#item-3-text", "Skrivet utan uppkoppling. Och mer.")
    page.wait_for_selector("#draft-conflict:not([hidden])", timeout=20_000)
    assert "Oskar skrev här." in page.locator(".conflict-theirs").text_content()
    shot(page, "notes-4-conflict")
    page.click('button[data-conflict="mine"]')
    saved(page)
    other.context.close()

    page.click('button[name="then"][value="finish"]')
    page.wait_for_url("**/finish/")
    shot(page, "notes-5-finish")
    page.click('button[name="step"][value="ready"]')
    page.wait_for_selector('button[name="step"][value="ready"]', state="detached")
    draft_url = page.url
    page.context.close()

    chair = logged_in(browser, server, "ordf")
    chair.goto(draft_url)
    chair.click('button[name="step"][value="approve"]')
    chair.wait_for_selector(".draft-status-approved")
    shot(chair, "notes-6-approved")
    chair.click('a[href^="/meetings/"]')
    chair.wait_for_url("**/meetings/*/")
    text = chair.locator("main").inner_text()
    for expected in (
        "Alla checkar in.",
        "Gustav tar fram en plan för lokalerna.",
        "Planen ska gälla från augusti.",
        "Skrivet utan uppkoppling. Och mer.",
        "Sofia Hägglund",
    ):
        assert expected in text
    shot(chair, "notes-7-meeting")
    chair.context.close()
