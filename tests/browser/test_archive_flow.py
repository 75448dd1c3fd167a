"""A secretary's round through the archive in a real browser (issue 5).

Malin Ekdahl (``sekr``, secretary) logs in on the welcome page, uploads two new notes of the
ledningsgrupp at once — a text file with its date and a Word file without one — gives the
undated one its date in the preview and saves both; finds the first by a word it only holds
inflected ("skolorna" for "skola"); and marks Mattias Sandell's action from it done, which his
page then shows. The notes are dated two years back, a year the demo archive (which ends in
the week before today and spans some thirty weeks) never reaches, so the search's year facet
isolates them. Screenshots are ``test-artefacts/archive-*.png``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import docx
from playwright.sync_api import expect

from tests.browser.conftest import log_in, needs_chromium, new_page, shot

pytestmark = needs_chromium

ACTION = "Mattias tar fram ett förslag till en gemensam fortbildningsdag för lärarna."
INFLECTED = "skolorna"
COMMENT = "Förslaget presenterat för rektorerna."


def wednesday_two_years_back(today: date) -> date:
    """The first Wednesday of March two years before ``today``."""
    first = date(today.year - 2, 3, 1)
    return first + timedelta(days=(2 - first.weekday()) % 7)


def dated_notes(day: date) -> str:
    """Notes as a secretary types them: date and time, the group's participants, BESLUT and
    INFORMATION, numbered items with presenters, a decision and an action with its owner."""
    return f"""Mötesanteckningar Ledningsgruppen
Datum: {day.isoformat()}, kl. 13.00–15.00

Deltagare LG: Mattias Sandell, Johanna Lindqvist, Gustav Wennerholm, Ingela Ljung Sörqvist,
Malin Ekdahl, Oskar Nyström deltog via Teams
Frånvarande: Sofia Hägglund

BESLUT

1. Feriejobb under sommaren
Föredragande: Ingela Ljung Sörqvist
Ingela redogör för förslaget om feriejobb för ungdomar i förvaltningens verksamheter.
Ledningsgruppen beslutar att erbjuda fyrtio feriejobb under sommaren.

INFORMATION

2. Incheckning

3. Digitala läromedel – utvärdering
Föredragande: Oskar Nyström
Oskar redogör för utvärderingen av de digitala läromedlen. Lärarna på {INFLECTED} i norra
området är överlag nöjda men efterfrågar mer stöd i början av terminen.
{ACTION}

4. Utcheckning
"""


def undated_notes(path: Path) -> None:
    """A Word file with headings for its items and no date anywhere (nor in its name)."""
    document = docx.Document()
    document.add_heading("Mötesanteckningar ledningsgruppen", level=1)
    document.add_paragraph(
        "Deltagare LG: Mattias Sandell, Johanna Lindqvist, Johanna Berglöf, Gustav Wennerholm,"
        " Pernilla Ahlstedt, Malin Ekdahl"
    )
    document.add_paragraph("Frånvarande: Oskar Nyström")
    document.add_heading("1. Incheckning", level=2)
    document.add_heading("2. Rekrytering av rektorer", level=2)
    document.add_paragraph("Föredragande: Johanna Lindqvist")
    document.add_paragraph(
        "Johanna informerar om läget i rekryteringen. Två av tre tjänster är tillsatta och de"
        " nya rektorerna börjar efter sommaren."
    )
    document.add_paragraph("Ledningsgruppen beslutar att annonsera den tredje tjänsten på nytt.")
    document.add_paragraph("Mattias kontaktar HR-avdelningen om en ny annons.")
    document.add_heading("3. Budgetuppföljning", level=2)
    document.add_paragraph("Föredragande: Pernilla Ahlstedt")
    document.add_paragraph(
        "Pernilla går igenom utfallet hittills. Prognosen visar ett litet underskott inom"
        " förvaltningen. Ärendet tas upp igen om två veckor."
    )
    document.add_heading("4. Utcheckning", level=2)
    document.save(str(path))


def test_import_search_and_close_an_action(browser, server, tmp_path):
    held = wednesday_two_years_back(date.today())
    later = held + timedelta(days=14)
    text_file = tmp_path / "lg-anteckningar-digitala-laromedel.txt"
    text_file.write_text(dated_notes(held), encoding="utf-8")
    word_file = tmp_path / "lg-anteckningar-rekrytering.docx"
    undated_notes(word_file)

    page = new_page(browser)
    page.goto(f"{server}/")
    shot(page, "archive-01-welcome")
    log_in(page, server, "sekr", via="/")
    shot(page, "archive-02-start")

    # two files at once; nothing is stored before Save
    page.click('nav a[href="/import/"]')
    page.set_input_files('input[name="files"]', [text_file, word_file])
    shot(page, "archive-03-import")
    page.click('form.upload button[type="submit"]')
    page.wait_for_url("**/import/*/")
    dated = page.locator(f'section.staged:has(h2:text-is("{text_file.name}"))')
    undated = page.locator(f'section.staged:has(h2:text-is("{word_file.name}"))')
    expect(dated).to_be_visible()
    expect(undated).to_be_visible()
    assert dated.locator('input[type="date"]').input_value() == held.isoformat()
    assert ACTION in dated.locator(".action").inner_text()
    assert "Mattias Sandell" in dated.locator(".action").inner_text()
    assert undated.locator('input[type="date"]').input_value() == ""
    expect(undated.locator(".overdue")).to_be_visible()  # "no date found"
    assert "Rekrytering av rektorer" in [
        field.input_value() for field in undated.locator("article.item input").all()
    ]
    shot(page, "archive-04-preview")

    undated.locator('input[type="date"]').fill(later.isoformat())
    page.click('form.preview > button[type="submit"]')
    rows = page.locator("table.outcomes tbody tr.outcome-imported")
    expect(rows).to_have_count(2)
    shot(page, "archive-05-saved")
    meetings = {
        name: rows.filter(has_text=name).locator('a[href^="/meetings/"]').get_attribute("href")
        for name in (text_file.name, word_file.name)
    }

    page.goto(f"{server}{meetings[word_file.name]}")
    head = page.locator("header.meeting-head .meta").first.inner_text()
    assert later.isoformat() in head
    assert "Ledningsgruppen" in head
    # the follow-up counts its two weeks from the date given in the preview
    comes_back = page.locator(".follow-up").inner_text()
    assert (later + timedelta(days=14)).isoformat() in comes_back
    shot(page, "archive-06-meeting-dated-in-preview")
    page.goto(f"{server}{meetings[text_file.name]}")
    assert held.isoformat() in page.locator("header.meeting-head .meta").first.inner_text()
    expect(page.locator(".decision").first).to_contain_text("fyrtio feriejobb")
    shot(page, "archive-07-meeting-dated-in-notes")

    # "skola" finds "skolorna"; the year narrows the hits to the new notes
    page.click('nav a[href="/search/"]')
    page.fill("#search-q", "skola")
    page.click('form.search button[type="submit"]')
    page.wait_for_url("**/search/?*")
    page.click(f'aside.facets a[href*="year={held.year}"]')
    page.wait_for_url(f"**year={held.year}*")
    hits = page.locator("ol.hits > li")
    expect(hits).to_have_count(1)
    assert hits.locator(".snippet mark").first.inner_text().casefold() == INFLECTED
    shot(page, "archive-08-search")
    hits.locator("a").first.click()
    page.wait_for_url(re.compile(rf"{re.escape(meetings[text_file.name])}#item-\d+$"))
    target = page.locator(f"#{page.url.rsplit('#', 1)[1]}")
    expect(target).to_contain_text(INFLECTED)
    expect(target).to_be_in_viewport()
    shot(page, "archive-09-search-hit")

    # the actions register: Mattias Sandell's open actions, this one marked done
    page.click('nav a[href="/actions/"]')
    page.select_option('select[name="owner"]', label="Mattias Sandell")
    page.select_option('select[name="status"]', "open")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url("**/actions/?*")
    row = page.locator("tbody tr", has_text=ACTION)
    expect(row).to_have_count(1)
    shot(page, "archive-10-actions-open")
    row.locator('input[name="comment"]').fill(COMMENT)
    row.locator('button[name="status"][value="done"]').click()
    expect(page.locator(".messages .success")).to_be_visible()
    expect(page.locator("tbody tr", has_text=ACTION)).to_have_count(0)
    shot(page, "archive-11-actions-done")

    page.click('nav a[href="/people/"]')
    page.click('a:text-is("Mattias Sandell")')
    page.wait_for_url("**/people/*/")
    done = page.locator("li", has_text=ACTION)
    expect(done).to_have_count(1)
    expect(done.locator(".status-done")).to_be_visible()
    shot(page, "archive-12-person")
    page.context.close()
