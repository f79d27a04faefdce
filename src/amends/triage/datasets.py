"""Readers for the public labelled datasets triage is trained and evaluated on.

The datasets live outside the repository (`shared/datasets/`, each with a README giving source and
licence); nothing here copies them. `datasets_dir()` finds them: the `AMENDS_DATASETS` environment
variable, else `../shared/datasets` next to the checkout. Every reader returns plain
`(texts, labels)` lists so training and evaluation share one view of each file.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

Labelled = tuple[list[str], list[str]]


class DatasetMissing(FileNotFoundError):
    """A dataset file the caller asked for is not on this machine."""


def datasets_dir(explicit: Path | None = None) -> Path:
    """Where the shared datasets are: an explicit path, `$AMENDS_DATASETS`, or `../shared/datasets`."""
    if explicit is not None:
        return explicit
    env = os.environ.get("AMENDS_DATASETS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "datasets"
        if candidate.is_dir():
            return candidate
    return Path("../shared/datasets")


def _need(path: Path) -> Path:
    if not path.exists():
        raise DatasetMissing(f"dataset file not found: {path}")
    return path


def complaints(root: Path) -> Labelled:
    """Preotiuc-Pietro et al. (2019): header-less tweet_id,text,label,domain; "1" = complaint."""
    texts: list[str] = []
    labels: list[str] = []
    with _need(root / "complaints_preotiuc2019" / "complaints-data.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if row:
                texts.append(row[1])
                labels.append("yes" if row[2].strip() == "1" else "no")
    return texts, labels


@dataclass
class XciRows:
    """Jin & Aletras-style severity and sentiment labels on the same tweets (X-CI dataset)."""

    texts: list[str] = field(default_factory=list)
    complaint: list[str] = field(default_factory=list)
    severity: list[str] = field(default_factory=list)  # "0".."4"
    sentiment: list[str] = field(default_factory=list)  # negative / neutral / positive
    emotion: list[str] = field(default_factory=list)


def xci(root: Path) -> XciRows:
    rows = XciRows()
    with _need(root / "xci_complaint_severity" / "X-CI Dataset.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rows.texts.append(row["tweet"])
            rows.complaint.append("yes" if row["label"].strip() == "1" else "no")
            rows.severity.append(row["Severity"].strip())
            rows.sentiment.append(row["sentiment"].strip().lower())
            rows.emotion.append(row["emotion"].strip().lower())
    return rows


def severity_complaints(root: Path) -> Labelled:
    """Complaints only, with their severity level "1".."4" (the four levels the anchors report)."""
    rows = xci(root)
    triples = zip(rows.texts, rows.complaint, rows.severity, strict=True)
    pairs = [(t, s) for t, c, s in triples if c == "yes" and s != "0"]
    return [t for t, _ in pairs], [s for _, s in pairs]


def tweeteval(root: Path, task: str, split: str) -> Labelled:
    """A TweetEval task split ("train" or "val"); labels mapped to their names from mapping.txt."""
    base = root / "tweeteval" / "datasets" / task
    names: dict[str, str] = {}
    for line in _need(base / "mapping.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            names[parts[0].strip()] = parts[1].strip()
    texts = _need(base / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
    raw = _need(base / f"{split}_labels.txt").read_text(encoding="utf-8").splitlines()
    labels = [names.get(x.strip(), x.strip()) for x in raw]
    if len(texts) != len(labels):
        raise ValueError(f"tweeteval/{task}/{split}: {len(texts)} texts but {len(labels)} labels")
    return texts, labels


def binary_names(labels: list[str], positive: str) -> list[str]:
    return ["yes" if x == positive else "no" for x in labels]


def cybertrolls(root: Path) -> Labelled:
    """DataTurks cyber-troll posts: JSON lines, annotation label "1" = troll/abusive."""
    texts: list[str] = []
    labels: list[str] = []
    path = _need(root / "cybertrolls_dataturks" / "Dataset for Detection of Cyber-Trolls.json")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            texts.append(str(obj["content"]).strip())
            labels.append("yes" if obj["annotation"]["label"][0] == "1" else "no")
    return texts, labels


def suggestions(root: Path, split: str) -> Labelled:
    """SemEval-2019 Task 9 subtask A: "train", "trial" or "test" (the labelled evaluation data)."""
    name = {
        "train": "V1.4_Training.csv",
        "trial": "SubtaskA_Trial_Test_Labeled.csv",
        "test": "SubtaskA_EvaluationData_labeled.csv",
    }[split]
    texts: list[str] = []
    labels: list[str] = []
    path = _need(root / "suggestion_mining_semeval2019" / name)
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:  # the trial file is not all UTF-8
        for row in csv.reader(fh):
            if len(row) < 3 or row[2].strip() not in {"0", "1"}:
                continue  # the trial file's header
            texts.append(row[1].strip('"'))
            labels.append("yes" if row[2].strip() == "1" else "no")
    return texts, labels


def uci_sentiment(root: Path) -> Labelled:
    """UCI sentiment-labelled sentences (Amazon, IMDb, Yelp): 1 positive, 0 negative."""
    texts: list[str] = []
    labels: list[str] = []
    for name in ("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt"):
        for line in _need(root / "uci_sentiment_labelled_sentences" / name).read_text(encoding="utf-8").splitlines():
            sentence, _, label = line.rpartition("\t")
            if sentence and label.strip() in {"0", "1"}:
                texts.append(sentence.strip())
                labels.append("positive" if label.strip() == "1" else "negative")
    return texts, labels


def twcs_customer_posts(root: Path) -> list[str]:
    """Inbound customer tweets from the TWCS samples (real support traffic, unlabelled)."""
    texts: list[str] = []
    for name in ("naman-tiwari_sample.csv", "spotifycares_support_requests.csv"):
        with _need(root / "twcs_samples" / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if str(row.get("inbound", "")).strip().lower() == "true" and row.get("text"):
                    texts.append(row["text"])
    return texts
