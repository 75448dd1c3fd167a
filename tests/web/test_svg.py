"""The SVG drawings: well-formed, labelled for a screen reader, the right number of marks,
nothing a Content Security Policy would block, and every text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from anteckna.web.svg import Series, bar_chart, heat_map

NS = "{http://www.w3.org/2000/svg}"
STATES = {"present": "närvarande", "absent": "frånvarande"}


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def no_style_or_script(root: ET.Element) -> bool:
    return all(
        "style" not in el.attrib and not el.tag.endswith(("script", "style"))
        and not any(name.startswith("on") for name in el.attrib)
        for el in root.iter()
    )  # fmt: skip


def test_a_heat_map_has_a_cell_per_person_and_meeting():
    cells = [["present", "absent", None], ["absent", None, "present"]]
    root = parse(heat_map("hm", "Närvaro <LG>", "Rader & kolumner", ["Åsa", "Bo"],
                          ["2024-01-01", "2024-01-15", "2024-02-01"], cells, STATES))  # fmt: skip
    assert root.tag == f"{NS}svg" and root.get("role") == "img"
    assert root.get("aria-labelledby") == "hm-title hm-desc"
    assert root.find(f"{NS}title").text == "Närvaro <LG>"
    assert root.find(f"{NS}desc").text == "Rader & kolumner"
    grid = [r for r in root.iter(f"{NS}rect") if "chart-cell" in r.get("class", "")]
    assert len(grid) == 6
    classes = [r.get("class").split()[-1] for r in grid]
    assert classes == ["chart-present", "chart-absent", "chart-none",
                       "chart-absent", "chart-none", "chart-present"]  # fmt: skip
    assert grid[1].find(f"{NS}title").text == "Åsa, 2024-01-15: frånvarande"
    keys = [r for r in root.iter(f"{NS}rect") if "chart-key" in r.get("class", "")]
    assert len(keys) == len(STATES)
    assert no_style_or_script(root)


def test_a_bar_chart_stacks_its_series_to_scale():
    series = [Series("stängda", "closed", (1, 0, 3)), Series("öppna", "open", (1, 0, 1))]
    root = parse(bar_chart("ac", "Åtgärder", "Per månad", ["2024-01", "2024-02", "2024-03"],
                           series))  # fmt: skip
    assert root.find(f"{NS}title").text == "Åtgärder"
    bars = [r for r in root.iter(f"{NS}rect") if "chart-bar" in r.get("class", "")]
    assert len(bars) == 4  # zero values draw nothing
    heights = [int(r.get("height")) for r in bars]
    assert heights[2] + heights[3] == 160 and heights[2] == 3 * heights[3]  # tallest fills the area
    assert [r.find(f"{NS}title").text for r in bars][:2] == [
        "2024-01: 1 stängda",
        "2024-01: 1 öppna",
    ]
    assert no_style_or_script(root)


def test_an_empty_chart_is_still_a_picture():
    root = parse(bar_chart("e", "Möten", "Inga", [], [Series("möten", "meetings", ())]))
    assert root.find(f"{NS}title").text == "Möten"
    assert not [r for r in root.iter(f"{NS}rect") if "chart-bar" in r.get("class", "")]


def test_class_names_cannot_break_out():
    svg = heat_map("x", "t", "d", ["a"], ["b"], [['x" onload="alert(1)']], {})
    root = parse(svg)
    assert no_style_or_script(root)
    [cell] = [r for r in root.iter(f"{NS}rect") if "chart-cell" in r.get("class", "")]
    assert cell.get("class") == "chart-cell chart-x--onload--alert-1-"
