"""Test and benchmark input: JSONL shards built from the real articles in benchmarks/corpus/raw.

Each article appears in several variants (whole, with another date, halves, paragraphs reversed,
with extra fields, without an id), so that the records differ while staying real news text; dates
come from benchmarks/corpus/raw/SOURCES.tsv. ``bad=True`` adds the lines a real archive has:
malformed JSON, no text, a bad date, bytes that are not UTF-8, blank and CRLF lines, a BOM.
"""
from __future__ import annotations

import json
import os
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RAW = os.path.join(ROOT, "benchmarks", "corpus", "raw")


def articles() -> list[dict]:
    """The raw articles, in id order: {"id", "text", "date"?}."""
    dates = {}
    with open(os.path.join(RAW, "SOURCES.tsv"), encoding="utf-8") as f:
        for row in f.read().split("\n")[1:]:
            cols = row.split("\t")
            if len(cols) > 2 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cols[2]):
                dates[cols[0]] = cols[2]
    out = []
    for name in sorted(os.listdir(RAW)):
        if re.fullmatch(r"\d+\.txt", name):
            aid = name[:-4]
            with open(os.path.join(RAW, name), encoding="utf-8") as f:
                rec = {"id": aid, "text": f.read()}
            if aid in dates:
                rec["date"] = dates[aid]
            out.append(rec)
    return out


def records(variants: int = 8) -> list[dict]:
    """``variants`` records per article (up to 8 kinds, then repeated with a suffix)."""
    base = articles()
    out = []
    for v in range(variants):
        for k, a in enumerate(base):
            paras = [p for p in a["text"].split("\n") if p.strip()]
            rec = {"id": f"{a['id']}-v{v}"}
            kind = v % 8
            if kind == 0:
                rec.update(text=a["text"], **({"date": a["date"]} if "date" in a else {}))
            elif kind == 1:  # another date: relative dates resolve against it
                rec.update(text=a["text"], date=f"{2010 + k % 15}-{1 + k % 12:02d}-{1 + k % 28:02d}")
            elif kind == 2:
                rec.update(text="\n".join(paras[: max(1, len(paras) // 2)]), date="2019-05-17")
            elif kind == 3:
                rec.update(text="\n".join(paras[::-1]))
            elif kind == 4:  # the DD/MM/YYYY form of a date
                rec.update(text="\n".join(paras[len(paras) // 2:]) or a["text"], date=f"{1 + k % 28:02d}/0{1 + k % 9}/2021")
            elif kind == 5:  # extra fields travel to the output
                rec.update(url=f"https://example.org/{a['id']}", source="test", text=a["text"])
            elif kind == 6:  # an id that is a number
                rec = {"id": 100000 * (1 + v // 8) + k, "text": " ".join(paras[:3]), "date": "2024-08-03"}
            else:  # no id: the CLI numbers it by its line
                rec = {"text": paras[0] + "\n" + paras[-1]}
            if v >= 8 and isinstance(rec.get("id"), str):
                rec["id"] += f"-r{v // 8}"
            out.append(rec)
    return out


BAD_LINES = [
    b"{not json",
    b'{"id": "no-text"}',
    b'{"id": "bad-date", "text": "Ngay 3/8/2024 Ha Noi", "date": "2024-13-45"}',
    b'{"id": "latin1", "text": "H\xe0 N\xf4\xefi"}',  # not UTF-8
    b"[1, 2]",
    b"",
    b"   ",
    b'{"id": null, "text": "Th\xc3\xa0nh ph\xe1\xbb\x91 H\xe1\xbb\x93 Ch\xc3\xad Minh"}',
]


def write_shards(directory: str, shards: int, variants: int = 8, bad: bool = True) -> tuple[list[str], int]:
    """Writes the records as ``shards`` JSONL files of uneven sizes; returns (paths, records)."""
    os.makedirs(directory, exist_ok=True)
    recs = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records(variants)]
    # Uneven cut points, fixed: shard k gets a share proportional to k + 1.
    weights = [k + 1 for k in range(shards)]
    cuts, acc = [0], 0
    for w in weights:
        acc += w
        cuts.append(round(len(recs) * acc / sum(weights)))
    paths = []
    for k in range(shards):
        lines = recs[cuts[k]:cuts[k + 1]]
        if bad:  # spread the bad lines over the shards, at different places
            for j, b in enumerate(BAD_LINES):
                if j % shards == k:
                    lines.insert((j * 7 + k) % (len(lines) + 1), b)
        sep = b"\r\n" if bad and k == 1 else b"\n"  # one shard with Windows line ends
        data = sep.join(lines) + sep
        if bad and k == 2:
            data = b"\xef\xbb\xbf" + data  # one shard with a BOM
        path = os.path.join(directory, f"articles-{k:03d}.jsonl")
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths, len(recs)
