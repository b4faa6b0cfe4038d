"""``evaluate_file`` on benchmark files as published: CSV, TSV, JSONL with their own names.

A keyword stand-in tier makes the metrics exact: "grumble" scores hate high, "blah"
offensive. All texts are fictional and harmless; the labels are what the test says they are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from clearsight.analyze.classifier.api import LABELS, Prediction
from clearsight.analyze.classifier.evaluate import MIN_SLICE, evaluate_file
from clearsight.analyze.classifier.label_map import parse_map
from clearsight.analyze.classifier.labelled_rows import ReadSpec
from clearsight.errors import InputError

HATECHECK = parse_map(["hateful=hate", "non-hateful=benign"])
HEADER = ["test_case", "label_gold", "functionality", "target_ident"]


class Keywords:
    """A stand-in tier that scores by keyword and records every text it was given."""

    name, version = "keywords", "0"
    thresholds = dict.fromkeys(LABELS, 0.5)

    def __init__(self) -> None:
        self.texts: list[str] = []

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        self.texts.extend(texts)
        return [Prediction(_scores(text)) for text in texts]


def _scores(text: str) -> dict[str, float]:
    scores = dict.fromkeys(LABELS, 0.1)
    scores["hate"] = 0.9 if "grumble" in text else 0.1
    scores["offensive"] = 0.8 if "blah" in text else 0.2
    return scores


def hatecheck_rows(extra: Sequence[Sequence[str]] = ()) -> list[list[str]]:
    """25 hateful and 25 non-hateful test cases about a fictional group, plus ``extra``."""
    rows = []
    for i in range(25):
        rows.append([f"Case {i}: grumble at the Marrowby gnomes.", "hateful", "derog_h", "gnomes"])
        rows.append(
            [f"Case {i}: the Marrowby gnomes bake bread.", "non-hateful", "pos_nh", "gnomes"]
        )
    return rows + [list(row) for row in extra]


def write_table(
    path: Path, rows: Sequence[Sequence[str]], *, header: Sequence[str] = HEADER, bom: bool = False
) -> Path:
    delimiter = "\t" if path.suffix == ".tsv" else ","
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_hatecheck_style_csv_with_mapped_labels(tmp_path: Path) -> None:
    path = write_table(tmp_path / "cases.csv", hatecheck_rows())
    spec = ReadSpec("test_case", "label_gold", HATECHECK)
    result = evaluate_file(path, Keywords(), spec=spec, labels=("hate",))
    assert (result.rows, result.skipped) == (50, 0)
    assert list(result.metrics["all"]) == ["hate"]  # only the label asked for
    m = result.metrics["all"]["hate"]
    assert (m.n, m.positives, m.roc_auc, m.pr_auc, m.f1) == (50, 25, 1.0, 1.0, 1.0)


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    path = write_table(tmp_path / "cases.tsv", hatecheck_rows())
    result = evaluate_file(path, Keywords(), spec=ReadSpec("test_case", "label_gold", HATECHECK))
    assert result.rows == 50 and result.metrics["all"]["hate"].positives == 25


def test_a_byte_order_mark_does_not_hide_the_first_column(tmp_path: Path) -> None:
    path = write_table(tmp_path / "cases.csv", hatecheck_rows(), bom=True)
    result = evaluate_file(path, Keywords(), spec=ReadSpec("test_case", "label_gold", HATECHECK))
    assert result.rows == 50


def test_a_quoted_field_may_span_lines(tmp_path: Path) -> None:
    note = 'Two lines:\n"grumble" and\r\nmore, with a comma'
    path = write_table(tmp_path / "cases.csv", hatecheck_rows([[note, "hateful", "x", "y"]]))
    tier = Keywords()
    result = evaluate_file(path, tier, spec=ReadSpec("test_case", "label_gold", HATECHECK))
    assert result.rows == 51 and result.skipped == 0
    assert tier.texts[-1] == note


def test_jsonl_with_numeric_classes(tmp_path: Path) -> None:
    texts = {0: "grumble at the gnomes", 1: "blah, what a day", 2: "the gnomes bake bread"}
    rows = [{"tweet": f"{texts[i % 3]} #{i}", "class": i % 3} for i in range(30)]
    path = tmp_path / "tweets.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    spec = ReadSpec("tweet", "class", parse_map(["0=hate", "1=offensive", "2=benign"]))
    metrics = evaluate_file(path, Keywords(), spec=spec).metrics["all"]
    assert [metrics[k].positives for k in LABELS] == [0, 10, 10, 0]  # class 2: no label
    assert metrics["hate"].roc_auc == metrics["offensive"].roc_auc == 1.0


def test_by_reports_each_common_value_and_pools_the_rest(tmp_path: Path) -> None:
    rare = [["Case: grumble.", "hateful", "slur_h", "gnomes"]] * 5
    rare += [["Case: gnomes are kind.", "non-hateful", "counter_nh", "gnomes"]] * 3
    path = write_table(tmp_path / "cases.csv", hatecheck_rows(rare))
    spec = ReadSpec("test_case", "label_gold", HATECHECK, by="Functionality")
    metrics = evaluate_file(path, Keywords(), spec=spec).metrics
    assert list(metrics) == [
        "all",
        "und",
        "Functionality=derog_h",
        "Functionality=pos_nh",
        "Functionality=(other)",
    ]
    assert metrics["Functionality=(other)"]["hate"].n == 8 < MIN_SLICE
    assert metrics["Functionality=derog_h"]["hate"].positives == 25


def test_rows_without_the_by_field_form_their_own_group(tmp_path: Path) -> None:
    rows = [{"text": f"grumble {i}", "label": "hate", "fn": "a"} for i in range(20)]
    rows += [{"text": f"bread {i}", "label": "benign"} for i in range(20)]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    metrics = evaluate_file(path, Keywords(), spec=ReadSpec(by="fn")).metrics
    assert metrics["fn=a"]["hate"].positives == 20 and metrics["fn=(none)"]["hate"].n == 20


def test_lang_sets_one_language_for_the_file(tmp_path: Path) -> None:
    path = write_table(tmp_path / "cases.csv", hatecheck_rows())
    spec = ReadSpec("test_case", "label_gold", HATECHECK, lang="de")
    metrics = evaluate_file(path, Keywords(), spec=spec).metrics
    assert list(metrics) == ["all", "de"] and metrics["de"]["hate"].n == 50


def test_unmapped_values_are_skipped_and_counted_not_scored(tmp_path: Path) -> None:
    odd = [["Case: maybe grumble.", "unclear", "x", "y"]] * 3 + [["Case: blank", "", "x", "y"]]
    path = write_table(tmp_path / "cases.csv", hatecheck_rows(odd))
    tier = Keywords()
    result = evaluate_file(path, tier, spec=ReadSpec("test_case", "label_gold", HATECHECK))
    assert result.rows == 50 and result.skipped == 4
    assert result.skips.labels == {"unclear": 3, "": 1}
    assert not any("maybe" in text or "blank" in text for text in tier.texts)


def test_unreadable_rows_are_counted_by_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    good = "".join(f"Case {i}: grumble,hateful\n" for i in range(3))
    long_row = '"' + "grumble " * 60 + '",hateful\n'
    path.write_text(f"text,label\n{good}one,two,three\n{long_row}{good}", encoding="utf-8")
    tier = Keywords()
    result = evaluate_file(path, tier, spec=ReadSpec(mapping=HATECHECK), limit=200)
    assert result.rows == 6
    assert (result.skips.unreadable, result.skips.lines) == (2, [5, 6])


def test_unreadable_jsonl_lines_are_counted_by_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    lines = ['{"text": "grumble", "label": "hate"}', "not json", "", '{"text": 5, "label": "hate"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = evaluate_file(path, Keywords())
    assert (result.rows, result.skips.unreadable, result.skips.lines) == (1, 2, [2, 4])


@pytest.mark.parametrize(
    ("name", "spec", "message"),
    [
        ("cases.csv", ReadSpec(), "no 'text' column; the columns are: 'test_case', 'label_gold'"),
        ("cases.csv", ReadSpec("test_case", "label_gold", by="target"), "no 'target' column"),
        ("cases.csv", ReadSpec("test_case", "gold"), "no 'gold' column"),
        ("rows.jsonl", ReadSpec("test_case"), "no 'labels' or 'label' field; the fields are:"),
    ],
)
def test_a_missing_field_is_named_with_those_present(
    tmp_path: Path, name: str, spec: ReadSpec, message: str
) -> None:
    path = tmp_path / name
    if name.endswith(".csv"):
        write_table(path, hatecheck_rows())
    else:
        path.write_text(json.dumps({"test_case": "bread", "label_gold": "x"}) + "\n")
    with pytest.raises(InputError, match=message):
        evaluate_file(path, Keywords(), spec=spec)


def test_a_file_with_only_unmapped_labels_says_which(tmp_path: Path) -> None:
    path = write_table(tmp_path / "cases.csv", hatecheck_rows())
    with pytest.raises(InputError, match="25 with label 'hateful'.*--map VALUE=LABEL"):
        evaluate_file(path, Keywords(), spec=ReadSpec("test_case", "label_gold"))
