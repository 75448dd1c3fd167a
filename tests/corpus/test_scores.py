"""The shared scorer's figures on the seeds, the corpus and our own samples, held to the bars."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from anteckna.model.serialise import to_dict
from anteckna.parse import parse
from tests.corpus.conftest import CORPUS, SEEDS, SHARED, load, pairs

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "anteckna" / "samples"


def _scorer() -> ModuleType:
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.skip("no ../shared/tools/score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(docs: Path, gold: Path) -> dict[str, float]:
    score = _scorer()
    totals: dict[str, list[int]] = {}
    found = pairs(docs, gold)
    if not found:
        pytest.skip(f"no documents with gold in {docs}")
    for doc, gold_file in found:
        meeting = parse(doc.read_text(encoding="utf-8"), file_name=doc.name)
        result = score.compare(score.project_view(to_dict(meeting)), load(gold_file))
        for field, counts in result.items():
            total = totals.setdefault(field, [0, 0, 0])
            for position, count in enumerate(counts):
                total[position] += count
    figures = {}
    for field, (tp, npred, ngold) in totals.items():
        precision, recall = score.prf(tp, npred, ngold)
        figures[field] = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
    return figures


def test_seeds_are_read_perfectly() -> None:
    figures = _f1(SEEDS, SEEDS / "gold")
    assert figures == {field: 1.0 for field in figures}


def test_corpus_meets_the_bars() -> None:
    figures = _f1(CORPUS / "docs", CORPUS / "gold")
    bars = {"attendees": 0.95, "absent": 0.95, "items": 0.95, "decisions": 0.90, "actions": 0.80}
    assert {f: round(figures[f], 3) for f in bars if figures[f] < bars[f]} == {}


def test_own_samples_meet_the_bars() -> None:
    figures = _f1(SAMPLES, SAMPLES / "gold")
    assert {f: round(v, 3) for f, v in figures.items() if v < 0.9} == {}
