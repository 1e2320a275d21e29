#!/usr/bin/env python3
"""Scores the extractor on every annotated set, the way docs/extraction.md reports it.

    scripts/eval_extraction.py [--cli build/bin/unionboard-cli] [--devset DIR] [--tune DIR]
                               [--heldout DIR] [--shared ../shared]

Sets (each skipped when its texts are not there):
  public gold         ../shared/gold with data/reports (tuned on: says little about new reports)
  public, mutated     the same reports with every figure's digits changed and every year moved
                      by +3, gold moved with them: the rules must not know the samples' numbers
  dev set             ../shared/devset/real/gold with the texts in --devset (12 real pages)
  tune half           data/annotations/real/tune with the texts in --tune
  held-out half       data/annotations/real/heldout with the texts in --heldout, and the two
                      sample reports of data/annotations/samples-heldout: only with --heldout,
                      scored once at the end of a round of work (docs/extraction.md)
  second held-out     data/annotations/real/heldout2 with the texts in --heldout2 (15 pages
                      annotated later by another annotator): only with --heldout2, scored once
  third set           data/annotations/real/tune3 (--tune3, trained on) and heldout3 (--heldout3,
                      scored once): 44 pages found and annotated by three annotators who never
                      ran the extractor (manifest.u.json)
  fourth set          tune4 (--tune4) and heldout4 (--heldout4, scored once): 19 more pages by three
                      more such annotators (manifest.v.json)

Real pages are scored on region and category (their year is often in the page's address only);
"year where dated" is the year accuracy over the pages whose text states a date. The scorer is
../shared/eval/score.py.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATE = re.compile(r"(19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def score(scorer, gold_files, predictions, strict):
    out = subprocess.run([sys.executable, scorer, *gold_files, "--pred", predictions, "--strict-attrs", strict],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()
    last = dict(item.split("=") for item in out[-1].split())
    accuracy = next(line for line in out if line.startswith("attribute accuracy"))
    attrs = dict(re.findall(r"(\w+) ([0-9.]+)", accuracy.split(":", 1)[1]))
    return {**{k: float(v) for k, v in last.items()}, **{k: float(v) for k, v in attrs.items()}}


def extract(cli, texts, out):
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([cli, "extract", *texts], stdout=f, stderr=subprocess.DEVNULL, check=False)


def gold_docs(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".jsonl"))


def run_set(name, gold_dir, text_dir, cli, scorer, strict, work, dated_year=False):
    if not os.path.isdir(gold_dir) or not text_dir or not os.path.isdir(text_dir):
        return None
    # A page whose text could not be brought back is left out (and the documents column says so).
    docs = [d for d in gold_docs(gold_dir) if os.path.exists(os.path.join(text_dir, d[:-6] + ".txt"))]
    texts = [os.path.join(text_dir, d[:-6] + ".txt") for d in docs]
    if not docs:
        return None
    predictions = os.path.join(work, name.replace(" ", "_") + ".jsonl")
    extract(cli, texts, predictions)
    result = score(scorer, [os.path.join(gold_dir, d) for d in docs], predictions, strict)
    result["documents"] = len(docs)
    if dated_year:
        dated = [d for d, t in zip(docs, texts) if DATE.search(open(t, encoding="utf-8").read())]
        if dated:
            result["year_where_dated"] = score(scorer, [os.path.join(gold_dir, d) for d in dated], predictions,
                                               "year")["year"]
    return result


def mutate(text, gold, rng, year_shift=3):
    """The text with every gold figure's Arabic digits replaced (same count, value scaled with
    them) and every year moved by year_shift; the gold moved with it."""
    chars = list(text)
    rows = []
    for g in sorted(gold, key=lambda r: r["start"]):
        quote = g["quote"]
        digits = [i for i, c in enumerate(quote) if c.isdigit() and c.isascii()]
        g = dict(g)
        number = re.findall(r"\d+(?:\s*\.\s*\d+)?", quote)
        if len(number) == 1 and digits:
            old = float(re.sub(r"\s", "", number[0]))
            new_quote = list(quote)
            for k, i in enumerate(digits):
                new_quote[i] = str(rng.randint(1 if k == 0 else 0, 9))
            new_number = float(re.sub(r"\s", "", re.findall(r"\d+(?:\s*\.\s*\d+)?", "".join(new_quote))[0]))
            if old > 0 and g["unit"] != "percent":
                g["value"] = g["value"] * new_number / old
                g["quote"] = "".join(new_quote)
                chars[g["start"]:g["end"]] = new_quote
        rows.append(g)
    mutated = "".join(chars)

    def shift(match):
        return str(int(match.group(0)) + year_shift)

    # Years: four digits 1990–2030 followed by 年 or a date separator; the gold's years move too.
    mutated = re.sub(r"(?<!\d)(199\d|20[0-3]\d)(?=\s*(年|-|/|\.\d))", shift, mutated)
    for g in rows:
        g["quote"] = mutated[g["start"]:g["end"]]
        if g.get("year"):
            g["year"] += year_shift
    return mutated, rows


def run_mutated(gold_dir, text_dir, cli, scorer, work, seed=7):
    if not os.path.isdir(gold_dir):
        return None
    rng = random.Random(seed)
    folder = os.path.join(work, "mutated")
    os.makedirs(folder, exist_ok=True)
    gold_files, texts = [], []
    for doc in gold_docs(gold_dir):
        text_path = os.path.join(text_dir, doc[:-6] + ".txt")
        gold = [json.loads(line) for line in open(os.path.join(gold_dir, doc), encoding="utf-8") if line.strip()]
        text, rows = mutate(open(text_path, encoding="utf-8").read(), gold, rng)
        with open(os.path.join(folder, doc[:-6] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(folder, doc), "w", encoding="utf-8") as f:
            f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        gold_files.append(os.path.join(folder, doc))
        texts.append(os.path.join(folder, doc[:-6] + ".txt"))
    predictions = os.path.join(work, "mutated.jsonl")
    extract(cli, texts, predictions)
    result = score(scorer, gold_files, predictions, "region,year,category")
    result["documents"] = len(texts)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "unionboard-cli"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--devset", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "devset"))
    parser.add_argument("--tune", default=None, help="folder of the tune half's texts (pNN, rNN, sNN.txt)")
    parser.add_argument("--heldout", default=None, help="folder of the held-out half's texts: scores it")
    parser.add_argument("--heldout2", default=None,
                        help="folder of the second held-out set's texts (tNN.txt, data/annotations/real/heldout2)")
    parser.add_argument("--tune3", default=None, help="folder of the third set's tune half (aNN, bNN, cNN.txt)")
    parser.add_argument("--heldout3", default=None,
                        help="folder of the third set's held-out half's texts (data/annotations/real/heldout3)")
    parser.add_argument("--tune4", default=None, help="folder of the fourth set's tune half (manifest.v.json)")
    parser.add_argument("--heldout4", default=None,
                        help="folder of the fourth set's held-out half's texts (data/annotations/real/heldout4)")
    args = parser.parse_args()
    scorer = os.path.join(args.shared, "eval", "score.py")
    annotations = os.path.join(ROOT, "data", "annotations")
    reports = os.path.join(ROOT, "data", "reports")
    rows = []
    with tempfile.TemporaryDirectory() as work:
        rows.append(("public gold (tuned on)", run_set("public", os.path.join(args.shared, "gold"), reports, args.cli,
                                                       scorer, "region,year,category", work)))
        rows.append(("public, digits and years mutated", run_mutated(os.path.join(args.shared, "gold"), reports,
                                                                     args.cli, scorer, work)))
        rows.append(("dev set, 12 real pages", run_set("dev", os.path.join(args.shared, "devset", "real", "gold"),
                                                       args.devset, args.cli, scorer, "region,category", work, True)))
        rows.append(("tune half, real pages", run_set("tune", os.path.join(annotations, "real", "tune"), args.tune,
                                                      args.cli, scorer, "region,category", work, True)))
        for name, key, texts in (("third set's tune half, real pages", "tune3", args.tune3),
                                 ("fourth set's tune half, real pages", "tune4", args.tune4),
                                 ("fourth held-out set, real pages", "heldout4", args.heldout4),
                                 ("third held-out set, real pages", "heldout3", args.heldout3)):
            if texts:
                rows.append((name, run_set(key, os.path.join(annotations, "real", key), texts, args.cli, scorer,
                                           "region,category", work, True)))
        if args.heldout2:
            rows.append(("second held-out set, real pages", run_set("heldout2", os.path.join(annotations, "real",
                                                                                             "heldout2"),
                                                                    args.heldout2, args.cli, scorer, "region,category",
                                                                    work, True)))
        if args.heldout:
            rows.append(("held-out half, real pages", run_set("heldout", os.path.join(annotations, "real", "heldout"),
                                                              args.heldout, args.cli, scorer, "region,category", work,
                                                              True)))
            rows.append(("held-out sample reports 002, 003", run_set("samples", os.path.join(annotations,
                                                                                              "samples-heldout"),
                                                                     reports, args.cli, scorer, "region,year,category",
                                                                     work)))
    print("| set | documents | detect F1 | strict F1 | region | year | year where dated | category | indicator | kind |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        if r is None:
            print(f"| {name} | texts not found | | | | | | | | |")
            continue
        dated = f"{r['year_where_dated']:.3f}" if "year_where_dated" in r else ""
        print(f"| {name} | {r['documents']} | {r['detect_f1']:.3f} | {r['strict_f1']:.3f} | {r['region']:.3f} | "
              f"{r['year']:.3f} | {dated} | {r['category']:.3f} | {r.get('indicator_acc', 0):.3f} | "
              f"{r.get('kind_acc', 0):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
