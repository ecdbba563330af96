#!/usr/bin/env python3
"""Helpers for scripts/evaluate (not meant to be run by hand).

    eval_report.py table [--summary FILE] [--floors FILE] SCORE_DIR
        one table from the scorer's --json files in SCORE_DIR; writes it as JSON to FILE;
        exits 1 naming each score below its floor
    eval_report.py find-gold GOLD_DIR CORPUS
        prints the gold file that holds CORPUS (a file name such as polnear-public, or a corpus
        name such as polnear)
    eval_report.py errors --scorer SCORE_PY [--corpus C] [-n N] GOLD PRED
        N missed, N spurious and N wrongly attributed quotes, with the text around them
    eval_report.py suggest-floors [--margin M] SUMMARY
        floors M (default 0.02) below the scores in a summary.json, for eval/floors.json
    eval_report.py excerpts [--sizes 8,15,30] [--every 7] OUT_DIR GOLD...
        cuts each gold document into excerpts of SIZE paragraphs (blank-line paragraphs; one
        excerpt every EVERY*SIZE paragraphs), its quotations shifted to the excerpt's offsets,
        into OUT_DIR/CORPUSSIZE.jsonl: how the library reads short texts that lack the context
        around them. Documents of fewer paragraphs are left out.
"""
import argparse
import glob
import importlib.util
import json
import os
import random
import sys

FLOOR_METRICS = ("span_partial_f1", "speaker_acc", "end_to_end_f1")


def metric(row, name):
    """A floor metric of one scorer row; a missing ratio counts as 0."""
    if name == "span_partial_f1":
        return row["span_partial"]["f1"]
    if name == "end_to_end_f1":
        return row["end_to_end"]["f1"]
    value = row.get(name)
    return 0.0 if value is None else value


INDIRECT = ".indirect"


def load_rows(score_dir):
    """Per corpus, the scorer's summary and the gold file it came from, in corpus order. A score
    file NAME.indirect.json (indirect quotations only) gives the row "CORPUS indirect"."""
    rows = {}
    for path in sorted(glob.glob(os.path.join(score_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            result = json.load(f)
        stem = os.path.basename(path)[:-len(".json")]
        suffix = ""
        if stem.endswith(INDIRECT):
            stem, suffix = stem[:-len(INDIRECT)], " indirect"
        for corpus, row in result.items():
            if corpus == "all" and len(result) > 1:
                continue  # the per-corpus rows are there
            row = dict(row)
            row["gold_file"] = stem + ".jsonl"
            rows[corpus + suffix] = row
    return dict(sorted(rows.items()))


def table(args):
    rows = load_rows(args.score_dir)
    if not rows:
        print(f"evaluate: no scores in {args.score_dir}", file=sys.stderr)
        return 2

    def f(x):
        return "  -  " if x is None else f"{x:.3f}"

    width = max(10, max(len(c) for c in rows))
    print(f"{'corpus':{width}} {'gold':>6} {'pred':>6} | {'exact P/R/F1':^17} | {'partial P/R/F1':^17} |"
          f" {'spk acc':>7} {'name acc':>8} | {'end-to-end P/R/F1':^17}")
    for corpus, s in rows.items():
        ex, pa, ee = s["span_exact"], s["span_partial"], s["end_to_end"]
        print(f"{corpus:{width}} {s['gold']:6d} {s['pred_counted']:6d} |"
              f" {ex['p']:.3f} {ex['r']:.3f} {ex['f1']:.3f} |"
              f" {pa['p']:.3f} {pa['r']:.3f} {pa['f1']:.3f} |"
              f" {f(s['speaker_acc']):>7} {f(s['name_acc']):>8} |"
              f" {ee['p']:.3f} {ee['r']:.3f} {ee['f1']:.3f}")

    failures = []
    if args.floors:
        with open(args.floors, encoding="utf-8") as fl:
            floors = {k: v for k, v in json.load(fl).items() if not k.startswith("_")}
        for corpus, floor in sorted(floors.items()):
            if corpus not in rows:
                if not args.partial:
                    failures.append(f"{corpus}: not evaluated (no gold file holds it)")
                continue
            for name, least in sorted(floor.items()):
                if name not in FLOOR_METRICS:
                    failures.append(f"{corpus}: unknown floor metric {name!r} in {args.floors}")
                    continue
                got = metric(rows[corpus], name)
                if got < least:
                    failures.append(f"{corpus}: {name} {got:.4f} is below its floor {least:.4f}")

    if args.summary:
        os.makedirs(os.path.dirname(args.summary) or ".", exist_ok=True)
        with open(args.summary, "w", encoding="utf-8") as out:
            json.dump({"corpora": rows, "below_floor": failures}, out, indent=1, sort_keys=True)
            out.write("\n")

    if failures:
        print("\nevaluate: below a floor in " + args.floors + ":", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    if args.floors:
        print(f"\nAll floors in {args.floors} are met.")
    return 0


def gold_corpora(path):
    """The corpus names in a gold file, read from its first few documents."""
    names = set()
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 5:
                break
            if line.strip():
                names.add(json.loads(line).get("corpus", "all"))
    return names


def find_gold(args):
    files = sorted(glob.glob(os.path.join(args.gold_dir, "*.jsonl")))
    stem = {os.path.basename(p)[:-len(".jsonl")]: p for p in files}
    if args.corpus in stem:
        print(stem[args.corpus])
        return 0
    for name, path in stem.items():
        if args.corpus in gold_corpora(path) or name.split("-")[0] == args.corpus:
            print(path)
            return 0
    known = ", ".join(sorted(stem))
    print(f"evaluate: no gold file for {args.corpus!r} in {args.gold_dir} (there are: {known})",
          file=sys.stderr)
    return 2


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def doc_errors(score, gold, pred, types):
    """The errors of one document, matched exactly as the scorer matches them."""
    d = score.Doc(gold["text"])
    selected, other = [], []
    for q in gold["quotes"]:
        keep = q["type"] in types and q.get("marked", True)
        (selected if keep else other).append(q)

    def prep(q):
        a, b = d.trimmed(*d.span(q["start"], q["end"]))
        return (a, b, d.words(a, b), q)

    G = [prep(q) for q in selected]
    O = [prep(q) for q in other]
    P = [prep(q) for q in pred.get("quotes", [])]

    def jacc(x, y):
        if x[0] == y[0] and x[1] == y[1]:
            return 1.0
        u = len(x[2] | y[2])
        return len(x[2] & y[2]) / u if u else 0.0

    pairs = sorted(((jacc(p, g), i, j) for i, p in enumerate(P) for j, g in enumerate(G)
                    if p[0] < g[1] and g[0] < p[1]), reverse=True)
    pm, gm = {}, set()
    for jv, i, j in pairs:
        if jv >= 0.5 and i not in pm and j not in gm:
            pm[i] = j
            gm.add(j)
    out = []
    for i, p in enumerate(P):
        if i in pm or any(jacc(p, o) >= 0.5 for o in O if p[0] < o[1] and o[0] < p[1]):
            continue
        out.append(("spurious", d, p[3], None))
    for j, g in enumerate(G):
        if j not in gm:
            out.append(("missed", d, None, g[3]))
    for i, j in pm.items():
        pq, gq = P[i][3], G[j][3]
        names = [n for n in [gq.get("speaker")] + list(gq.get("speaker_aliases") or []) if n]
        ok = bool(pq.get("speaker")) and score.name_match(pq["speaker"], names)
        if pq.get("speaker_start") is not None and pq.get("speaker_end") is not None:
            ps, pe = d.span(pq["speaker_start"], pq["speaker_end"])
            for gs, ge in gq.get("speaker_spans") or []:
                gs, ge = d.span(gs, ge)
                ok = ok or (ps < ge and gs < pe)
        if not gq.get("speaker") and not gq.get("speaker_spans"):
            ok = not pq.get("speaker")
        if not ok:
            out.append(("speaker", d, pq, gq))
    return out


def fold(s):
    return " ".join(s.split())


def clip(s, n):
    s = fold(s)
    return s if len(s) <= n else s[: n // 2 - 1] + " … " + s[-(n // 2 - 2):]


def show(kind, doc_id, d, pred, gold, width):
    """One error: a heading line, then the quote in its context, marked ⟦ ⟧, speakers ⟨ ⟩."""
    q = pred if kind == "spurious" else gold
    s, e = d.span(q["start"], q["end"])
    marks = [(s, "⟦"), (e, "⟧")]
    for quote, label in ((pred, "pred"), (gold, "gold")):
        if quote is None:
            continue
        spans = []
        if label == "pred" and quote.get("speaker_start") is not None:
            spans = [(quote["speaker_start"], quote["speaker_end"])]
        elif label == "gold":
            spans = [tuple(x) for x in (gold.get("speaker_spans") or [])[:1]]
        for a, b in spans:
            a, b = d.span(a, b)
            if s - width <= a and b <= e + width:
                marks += [(a, "⟨"), (b, "⟩" + ("ᵖ" if label == "pred" else "ᵍ"))]
    lo, hi = max(0, s - width), min(len(d.text), e + width)
    text, at = [], lo
    for pos, mark in sorted(marks, key=lambda m: (m[0], m[1] in "⟦⟨")):
        pos = min(max(pos, lo), hi)
        piece = d.text[at:pos]
        text.append(clip(piece, 400) if at >= s and pos <= e else fold(piece))
        text.append(mark)
        at = pos
    text.append(fold(d.text[at:hi]))
    where = f"{doc_id} [{q['start']}, {q['end']})"
    if kind == "missed":
        head = f"MISSED    {where}  gold speaker: {gold.get('speaker')!r}"
    elif kind == "spurious":
        head = f"SPURIOUS  {where}  predicted speaker: {pred.get('speaker')!r} ({pred.get('rule', '?')})"
    else:
        mention = None
        if pred.get("speaker_start") is not None:
            mention = d.text[d.py(pred["speaker_start"]):d.py(pred["speaker_end"])]
        head = (f"SPEAKER   {where}  predicted: {pred.get('speaker')!r}"
                + (f" (mention {mention!r})" if mention and mention != pred.get("speaker") else "")
                + f" by {pred.get('rule', '?')}; gold: {gold.get('speaker')!r}")
    return head + "\n    " + ("…" if lo > 0 else "") + "".join(text) + ("…" if hi < len(d.text) else "")


def errors(args):
    score = load_scorer(args.scorer)
    types = set(args.types.split(","))
    preds = {p["id"]: p for p in read_jsonl(args.pred)}
    found = {"missed": [], "spurious": [], "speaker": []}
    for gold in read_jsonl(args.gold):
        if args.corpus and gold.get("corpus") != args.corpus and not os.path.basename(
                args.gold).startswith(args.corpus):
            continue
        for kind, d, pq, gq in doc_errors(score, gold, preds.get(gold["id"], {}), types):
            found[kind].append((gold["id"], d, pq, gq))
    rng = random.Random(0)
    total = sum(len(v) for v in found.values())
    print(f"{total} errors: {len(found['missed'])} missed, {len(found['spurious'])} spurious, "
          f"{len(found['speaker'])} wrong speaker; up to {args.n} of each, chosen at random (seed 0).")
    print("In context: ⟦quote⟧, ⟨predicted speaker⟩ᵖ, ⟨gold speaker⟩ᵍ.")
    for kind in ("missed", "spurious", "speaker"):
        sample = list(found[kind])
        rng.shuffle(sample)
        for doc_id, d, pq, gq in sorted(sample[: args.n], key=lambda x: (x[0], (x[2] or x[3])["start"])):
            print()
            print(show(kind, doc_id, d, pq, gq, args.width))
    return 0


def suggest_floors(args):
    with open(args.summary, encoding="utf-8") as f:
        rows = json.load(f)["corpora"]
    floors = {"_about": "Least scores scripts/evaluate accepts per corpus (see README, Evaluation)."}
    for corpus, row in rows.items():
        floors[corpus] = {name: max(0.0, round(metric(row, name) - args.margin, 3))
                          for name in FLOOR_METRICS}
    print(json.dumps(floors, indent=2))
    return 0


def paragraph_starts(text):
    """Python offsets where the blank-line paragraphs of text start."""
    starts = [0]
    i = 0
    while True:
        j = text.find("\n\n", i)
        if j < 0:
            return starts
        k = j
        while k < len(text) and text[k] in "\r\n":
            k += 1
        if k < len(text):
            starts.append(k)
        i = k


def utf16_offsets(text):
    """For each Python offset of text (and its end), the UTF-16 offset the gold files use."""
    out = [0] * (len(text) + 1)
    u = 0
    for i, ch in enumerate(text):
        out[i] = u
        u += 2 if ord(ch) > 0xFFFF else 1
    out[len(text)] = u
    return out


def excerpts(args):
    sizes = [int(x) for x in args.sizes.split(",")]
    os.makedirs(args.out_dir, exist_ok=True)
    for gold in args.gold:
        docs = list(read_jsonl(gold))
        for size in sizes:
            corpus = None
            lines = []
            for doc in docs:
                text = doc["text"]
                corpus = doc.get("corpus", os.path.basename(gold).split("-")[0])
                starts = paragraph_starts(text)
                u16 = utf16_offsets(text)
                for a in range(0, len(starts) - size, size * args.every):
                    s, e = u16[starts[a]], u16[starts[a + size]]
                    quotes = []
                    for q in doc["quotes"]:
                        if q["start"] >= s and q["end"] <= e:
                            q = dict(q, start=q["start"] - s, end=q["end"] - s)
                            q["speaker_spans"] = [[x - s, y - s] for x, y in q.get("speaker_spans") or []
                                                  if x >= s and y <= e]
                            if q.get("cue"):
                                q["cue"] = [q["cue"][0] - s, q["cue"][1] - s] if s <= q["cue"][0] and q["cue"][1] <= e else None
                            quotes.append(q)
                    piece = text[starts[a]:starts[a + size]]
                    lines.append({"id": f"{doc['id']}#{a}", "corpus": f"{corpus}{size}", "text": piece, "quotes": quotes})
            if lines:
                with open(os.path.join(args.out_dir, f"{corpus}{size}.jsonl"), "w", encoding="utf-8") as f:
                    for line in lines:
                        f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("table")
    t.add_argument("score_dir")
    t.add_argument("--summary")
    t.add_argument("--floors")
    t.add_argument("--partial", action="store_true", help="floors of corpora not evaluated are not failures")
    t.set_defaults(run=table)
    g = sub.add_parser("find-gold")
    g.add_argument("gold_dir")
    g.add_argument("corpus")
    g.set_defaults(run=find_gold)
    e = sub.add_parser("errors")
    e.add_argument("gold")
    e.add_argument("pred")
    e.add_argument("--scorer", required=True)
    e.add_argument("--corpus")
    e.add_argument("--types", default="direct,mixed")
    e.add_argument("-n", type=int, default=10)
    e.add_argument("--width", type=int, default=120, help="chars of context on each side")
    e.set_defaults(run=errors)
    fl = sub.add_parser("suggest-floors")
    fl.add_argument("summary")
    fl.add_argument("--margin", type=float, default=0.02)
    fl.set_defaults(run=suggest_floors)
    x = sub.add_parser("excerpts")
    x.add_argument("out_dir")
    x.add_argument("gold", nargs="+")
    x.add_argument("--sizes", default="8,15,30")
    x.add_argument("--every", type=int, default=7)
    x.set_defaults(run=excerpts)
    args = ap.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
