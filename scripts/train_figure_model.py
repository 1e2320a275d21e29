#!/usr/bin/python3
"""Trains the figure model (data/model/figure_model.tsv) from annotated figures.

The extractor decides each figure's indicator, category and kind with a linear model over named
features of the figure and its context (src/core/extract/figurefeatures.cpp). This script learns
that model from gold annotations: it runs `unionboard-cli extract --features` over the annotated
texts, pairs every gold figure with the extracted figure at the same place (as
../shared/eval/score.py matches them), and fits one multinomial logistic regression per decision
with scikit-learn (Debian: python3-sklearn). The category and kind models also see the indicator
(`ind:`, `ik:` features), as the extractor gives it to them once the indicator is chosen.

    scripts/train_figure_model.py --set GOLD_DIR:TEXT_DIR [--set …] [--cv] [--out data/model/figure_model.tsv]

A set is a folder of gold JSON Lines files (one per document, `doc` naming the text file) and the
folder holding those texts. Held-out gold (any path with "heldout" in it) is refused: it is scored
once, never learned from. --cv reports accuracies of models trained without each document (grouped
5-fold) and per set (trained on the other sets), decoded under the same rules as the extractor
(unit masks, the indicator's categories, money is funds, a percentage is a rate); --cv-only skips
writing the model.
"""
import argparse
import collections
import json
import math
import os
import subprocess
import sys

import numpy as np
from scipy import sparse
from sklearn.model_selection import GroupKFold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["members", "events", "funds", "competitions", "other"]
KINDS = ["flow", "stock", "rate"]


def read_catalogue():
    """key -> (primary category, allowed categories, units, usual kind), from indicators.tsv."""
    catalogue = {}
    with open(os.path.join(ROOT, "data", "indicators", "indicators.tsv"), encoding="utf-8") as table:
        for line in table:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            key, category, allowed, units, kind = fields[0], fields[3], fields[4], fields[5], fields[6]
            if len(fields) > 8 and fields[8] == "residual":
                RESIDUAL.add(key)
            allowed = [c for c in allowed.split("|") if c]
            if category not in allowed:
                allowed.insert(0, category)
            catalogue[key] = (category, allowed, units.split(","), kind)
            TRIGGERS[key] = [t for t in fields[7].split("|") if t]
    return catalogue


TRIGGERS = {}  # key -> its trigger terms, filled by read_catalogue()
RESIDUAL = set()  # indicators a figure is for want of a more specific one, filled by read_catalogue()
# Where a more specific indicator's trigger overrides a residual one: the figure's clause and part.
RESIDUAL_TAGS = ("b0", "b1", "b2", "a0", "a1", "p")
# A measure word per unit for the catalogue's own examples.
UNIT_WORDS = {"person": ["人", "名"], "person_time": ["人次"], "cny": ["万元"], "count": ["个", "家"],
              "session": ["场", "期"], "percent": ["%"], "other": ["吨"]}


def catalogue_examples(catalogue, cli, weight):
    """Examples made from the catalogue's wording alone: each trigger of each indicator right
    before a number in its units ("筹集资金120万元") and right after it ("120名职工加入工会"), labelled
    with the indicator, its category and its usual kind. They weigh `weight` against an annotated
    figure's 1: they carry what the catalogue says where the annotated reports are silent, and the
    annotated figures outvote them where the two disagree."""
    import tempfile
    sentences = []
    for key, (category, _, units, kind) in sorted(catalogue.items()):
        for trigger in TRIGGERS[key]:
            phrase = trigger.replace("*", "职工")
            for unit in units:
                for word in UNIT_WORDS.get(unit, [])[:1]:
                    number = "85" if unit == "percent" else "120"
                    sentences.append((f"{phrase}{number}{word}", key, category, kind, unit))
                    if unit != "percent":
                        sentences.append((f"{number}{word}{phrase}", key, category, kind, unit))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "catalogue.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(text + "。" for text, *_ in sentences) + "\n")
        rows = [json.loads(line) for line in subprocess.run([cli, "extract", "--features", path], capture_output=True,
                                                            text=True, check=True).stdout.splitlines()]
    # One figure per line: the n-th sentence starts after n line breaks.
    starts, position = [], 0
    for text, *_ in sentences:
        starts.append(position)
        position += len(text) + 2
    examples = []
    for row in rows:
        index = max(i for i, start in enumerate(starts) if start <= row["start"])
        text, key, category, kind, unit = sentences[index]
        if row["unit"] != unit:
            continue
        examples.append({"uid": f"catalogue|{index}|{row['start']}", "doc": "catalogue", "set": "catalogue",
                         "features": row["features"], "unit": row["unit"], "indicator": key,
                         "category": "funds" if unit == "cny" else category, "kind": "rate" if unit == "percent" else kind,
                         "previous": None, "quote": row["quote"], "subject": "", "sentence": text, "weight": weight})
    print(f"catalogue: {len(sentences)} phrases, {len(examples)} examples at weight {weight}", file=sys.stderr)
    return examples


def same_value(a, b):
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def load_set(spec, cli):
    gold_dir, text_dir = spec.split(":", 1)
    if "heldout" in os.path.abspath(gold_dir).replace("_", "").replace("-", ""):
        sys.exit(f"train: {gold_dir} is held-out gold; it is scored once, never learned from")
    gold = collections.defaultdict(list)
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".jsonl"):
            with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        row = json.loads(line)
                        gold[row["doc"]].append(row)
    missing = [doc for doc in sorted(gold) if not os.path.exists(os.path.join(text_dir, doc))]
    if len(missing) == len(gold):
        sys.exit(f"train: no texts for {spec} (see data/annotations/real/README.md)")
    if missing:
        # A page whose text could not be brought back exactly is left out, and said so.
        print(f"{spec}: texts missing, left out: {', '.join(missing)}", file=sys.stderr)
        for doc in missing:
            del gold[doc]
    texts = [os.path.join(text_dir, doc) for doc in sorted(gold)]
    out = subprocess.run([cli, "extract", "--features", *texts], capture_output=True, text=True, check=True).stdout
    predicted = collections.defaultdict(list)
    for line in out.splitlines():
        row = json.loads(line)
        predicted[row["doc"]].append(row)
    examples, unmatched = [], 0
    for doc in sorted(gold):
        candidates = sorted(predicted[doc], key=lambda r: r["start"])
        used, example_of = set(), {}
        for g in sorted(gold[doc], key=lambda r: r["start"]):
            hit = next((i for i, p in enumerate(candidates) if i not in used and p["start"] < g["end"]
                        and g["start"] < p["end"] and p["unit"] == g["unit"] and same_value(p["value"], g["value"])),
                       None)
            if hit is None:
                unmatched += 1
                continue
            used.add(hit)
            p = candidates[hit]
            example_of[hit] = len(examples)
            examples.append({"uid": f"{spec}|{doc}|{hit}", "doc": f"{os.path.basename(gold_dir.rstrip('/'))}/{doc}",
                             "set": spec,
                             "features": p["features"], "unit": p["unit"],
                             "indicator": g.get("indicator", "") or "", "category": g["category"],
                             "kind": g.get("kind", "flow"), "previous": None,
                             "quote": g["quote"], "subject": g.get("subject", ""), "sentence": p["sentence"]})
        # The figure before each one in its sentence, as the extractor passes it on (#15): by its
        # gold indicator in training; the decoding uses the predicted one.
        for hit, index in example_of.items():
            before = hit - 1
            if before >= 0 and candidates[before]["sentence_start"] == candidates[hit]["sentence_start"]:
                examples[index]["previous"] = f"{spec}|{doc}|{before}" if before in example_of else "?"
    print(f"{spec}: {len(gold)} documents, {sum(map(len, gold.values()))} gold figures, "
          f"{len(examples)} matched, {unmatched} not found by the extractor", file=sys.stderr)
    return examples


def indicator_features(indicator, catalogue):
    """What FigureClassifier::addIndicatorFeatures adds once the indicator is chosen."""
    features = ["ind:" + (indicator or "-")]
    if indicator in catalogue:
        features += ["ik:" + catalogue[indicator][3], "ic:" + catalogue[indicator][0]]
    return features


class Vocabulary:
    def __init__(self, rows, min_count):
        counts = collections.Counter(f for row in rows for f in set(row))
        self.names = sorted(f for f, n in counts.items() if n >= min_count)
        self.index = {f: i for i, f in enumerate(self.names)}

    def matrix(self, rows):
        data, indices, indptr = [], [], [0]
        for row in rows:
            # A feature counts as often as the extractor sends it (ModelScorer adds its weights
            # at every arrival, without remembering which came already).
            counts = collections.Counter(self.index[f] for f in row if f in self.index)
            columns = sorted(counts)
            indices.extend(columns)
            data.extend(float(counts[c]) for c in columns)
            indptr.append(len(indices))
        return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(self.names)))


class Head:
    """One decision, as a log-linear model with class-specific and shared weights.

    score(c) = bias[c] + sum_f W[c, f] x_f + sum_g v[g] x_{template_g(c)}

    The class-specific weights W learn what the annotated figures say about each class; the shared
    weights v of the templates ("ti:{c}@b0": a trigger of class c stands right before the number)
    learn how much each kind of lexicon evidence counts, for every class at once, so that an
    indicator with few annotated figures is still found by its catalogue wording. Written out, a
    template's shared weight is folded into the class-specific weight of the feature it names, so
    the C++ engine sums one table. Classes a figure cannot have (masks) get no score.
    """

    def __init__(self, name, lam_specific, lam_shared, min_count, templates=()):
        self.name, self.lam_specific, self.lam_shared = name, lam_specific, lam_shared
        self.min_count, self.templates = min_count, list(templates)

    def _shared(self, rows, classes):
        """phi[g][i, c] = how often example i has the feature template g names for class c."""
        phi = np.zeros((len(self.templates), len(rows), len(classes)))
        counts = [collections.Counter(row) for row in rows]
        for g, template in enumerate(self.templates):
            names = [template.format(c=c or "-") for c in classes]
            for i, present in enumerate(counts):
                for k, name in enumerate(names):
                    if name in present:
                        phi[g, i, k] = float(present[name])
        return phi

    def fit(self, rows, labels, masks=None, weights=None):
        self.vocabulary = Vocabulary(rows, self.min_count)
        self.classes = sorted(set(labels))
        X = self.vocabulary.matrix(rows)
        n, d, K, G = X.shape[0], X.shape[1], len(self.classes), len(self.templates)
        Y = np.zeros((n, K))
        for i, label in enumerate(labels):
            Y[i, self.classes.index(label)] = 1.0
        phi = self._shared(rows, self.classes)
        M = self._mask(masks, n)
        sample = np.ones((n, 1)) if weights is None else np.asarray(weights, dtype=float).reshape(n, 1)

        def unpack(theta):
            return theta[:K], theta[K:K + K * d].reshape(K, d), theta[K + K * d:]

        def loss(theta):
            b, W, v = unpack(theta)
            S = np.asarray(X @ W.T) + b + np.tensordot(v, phi, axes=1) + M
            S -= S.max(axis=1, keepdims=True)
            P = np.exp(S)
            P /= P.sum(axis=1, keepdims=True)
            value = -np.sum(sample * Y * np.log(np.maximum(P, 1e-300))) + self.lam_specific / 2 * np.sum(W * W) \
                + self.lam_shared / 2 * np.sum(v * v)
            R = sample * (P - Y)
            grad_b = R.sum(axis=0)
            grad_W = np.asarray((X.T @ R).T) + self.lam_specific * W
            grad_v = np.einsum("gik,ik->g", phi, R) + self.lam_shared * v
            return value, np.concatenate([grad_b, grad_W.ravel(), grad_v])

        from scipy.optimize import minimize
        theta = np.zeros(K + K * d + G)
        result = minimize(loss, theta, jac=True, method="L-BFGS-B", options={"maxiter": 3000})
        self.bias, self.W, self.v = unpack(result.x)
        return self

    @staticmethod
    def _mask(masks, n):
        return np.zeros((n, 1)) if masks is None else np.where(masks, 0.0, -1e9)

    def mask_for(self, allowed_rows):
        """allowed_rows[i] is the set of classes example i may have (None: every class)."""
        return np.array([[allowed is None or c in allowed for c in self.classes] for allowed in allowed_rows])

    def scores(self, rows):
        X = self.vocabulary.matrix(rows)
        return np.asarray(X @ self.W.T) + self.bias + np.tensordot(self.v, self._shared(rows, self.classes), axes=1)

    def weights(self):
        """(classes, bias, {feature: [(class index, weight)]}) with the shared weights folded in."""
        rows = collections.defaultdict(dict)
        for j, name in enumerate(self.vocabulary.names):
            for k in range(len(self.classes)):
                if abs(self.W[k, j]) >= 0.005:
                    rows[name][k] = float(self.W[k, j])
        for g, template in enumerate(self.templates):
            for k, c in enumerate(self.classes):
                name = template.format(c=c or "-")
                rows[name][k] = rows[name].get(k, 0.0) + float(self.v[g])
        # A feature that adds the same amount to every class changes no decision: each feature's
        # weights are shifted by their median, so a frequent feature keeps only the few weights
        # that tell classes apart and costs the engine a few additions instead of one per class.
        shifted = {}
        for name, entries in rows.items():
            weights = [entries.get(k, 0.0) for k in range(len(self.classes))]
            median = float(np.median(weights))
            shifted[name] = sorted((k, w - median) for k, w in enumerate(weights) if abs(w - median) >= PRUNE)
        return self.classes, list(map(float, self.bias)), shifted

    def shared_weights(self):
        return dict(zip(self.templates, map(float, self.v)))


LEXICON_TAGS = ["b0", "b1", "b2", "a0", "a1", "p", "s", "t"]
INDICATOR_TEMPLATES = [f"ti:{{c}}@{tag}" for tag in LEXICON_TAGS] + ["near:{c}", "prev:{c}"]
CATEGORY_TEMPLATES = [f"tc:{{c}}{strength}@{tag}" for strength in (1, 2, 3) for tag in LEXICON_TAGS] + ["ic:{c}"]
# Weights smaller than this are left out of the model file: they never change a decision but cost
# every figure a memory access (#15).
PRUNE = 0.02
KIND_TEMPLATES = [f"tk:{{c}}@{tag}" for tag in LEXICON_TAGS] + ["ik:{c}"]


class FigureModel:
    def __init__(self, catalogue, lam, lam_shared, min_count):
        self.catalogue = catalogue
        self.heads = {"indicator": Head("indicator", lam, lam_shared, min_count, INDICATOR_TEMPLATES),
                      "category": Head("category", lam, lam_shared, min_count, CATEGORY_TEMPLATES),
                      "kind": Head("kind", lam, lam_shared, min_count, KIND_TEMPLATES)}

    def indicator_allowed(self, unit):
        return {""} | {key for key, (_, _, units, _) in self.catalogue.items() if unit in units}

    def category_allowed(self, unit, indicator):
        if unit == "cny":
            return {"funds"}
        allowed = set(self.catalogue[indicator][1]) if indicator else set(CATEGORIES)
        return allowed - {"funds"} or {"other"}

    @staticmethod
    def kind_allowed(unit):
        return {"rate"} if unit == "percent" else None

    @staticmethod
    def previous_features(example, indicator_of):
        """What FigureClassifier::addPreviousFeature adds: the previous figure's indicator, when the
        figure has one before it in its sentence ("?": one the gold does not hold, taken as none)."""
        if example["previous"] is None:
            return []
        return ["prev:" + (indicator_of.get(example["previous"]) or "-")]

    def fit(self, examples):
        head = self.heads["indicator"]
        gold_indicator = {e["uid"]: e["indicator"] for e in examples}
        base = [e["features"] + self.previous_features(e, gold_indicator) for e in examples]
        labels = [e["indicator"] for e in examples]
        head.classes = sorted(set(labels))
        weights = [e.get("weight", 1.0) for e in examples]
        head.fit(base, labels, masks=self._masks(head, [self.indicator_allowed(e["unit"]) for e in examples], labels),
                 weights=weights)
        with_indicator = [b + indicator_features(e["indicator"], self.catalogue) for b, e in zip(base, examples)]
        for name, allowed in (("category", [self.category_allowed(e["unit"], e["indicator"]) for e in examples]),
                              ("kind", [self.kind_allowed(e["unit"]) for e in examples])):
            labels = [e[name] for e in examples]
            head = self.heads[name]
            head.classes = sorted(set(labels))
            head.fit(with_indicator, labels, masks=self._masks(head, allowed, labels), weights=weights)
        return self

    @staticmethod
    def _masks(head, allowed_rows, labels):
        # The gold label is always allowed in training, even where the catalogue's rules would not
        # give it (an annotator's call the rules do not foresee); everything else follows the rules.
        classes = sorted(set(labels))
        return np.array([[allowed is None or c in allowed or c == label for c in classes]
                         for allowed, label in zip(allowed_rows, labels)])

    @staticmethod
    def _best(head, scores, allowed):
        options = [(scores[k], c) for k, c in enumerate(head.classes) if allowed is None or c in allowed]
        return max(options)[1] if options else None

    def predict(self, examples):
        """The extractor's decoding: unit mask, then the indicator's categories and the unit's rules."""
        head = self.heads["indicator"]
        # In text order, each figure seeing the indicator predicted for the one before it.
        indicators, rows, predicted = [], [], {}
        for e in examples:
            row = e["features"] + self.previous_features(e, predicted)
            scores = head.scores([row])[0]
            allowed = self.indicator_allowed(e["unit"])
            best = self._best(head, scores, allowed) or ""
            named = {f.split(":", 1)[1].split("@", 1)[0] for f in row
                     if f.startswith("ti:") and f.rsplit("@", 1)[-1] in RESIDUAL_TAGS}
            # What FigureClassifier does: money "not one of the above" is one of the above when that
            # one's wording stands in the figure's clause or sentence part; and a specific one
            # whose wording stands nowhere near gives way to the residual one whose wording does.
            if best in RESIDUAL:
                specific = (named & allowed) - RESIDUAL
                if specific:
                    best = self._best(head, scores, specific) or best
            elif best and best not in named and (RESIDUAL & allowed & named):
                best = self._best(head, scores, RESIDUAL & allowed & named) or best
            indicators.append(best)
            predicted[e["uid"]] = indicators[-1]
            rows.append(row + indicator_features(indicators[-1], self.catalogue))
        category_scores = self.heads["category"].scores(rows)
        kind_scores = self.heads["kind"].scores(rows)
        out = []
        for e, indicator, cs, ks in zip(examples, indicators, category_scores, kind_scores):
            category = self._best(self.heads["category"], cs, self.category_allowed(e["unit"], indicator))
            if category is None:
                category = "funds" if e["unit"] == "cny" else (self.catalogue[indicator][0] if indicator else "other")
            kind = self._best(self.heads["kind"], ks, self.kind_allowed(e["unit"])) or "rate"
            out.append((indicator, category, kind))
        return out

    def write(self, path, provenance):
        lines = ["# The figure model: indicator, category and kind of an extracted figure (see linearmodel.h).",
                 "# Written by scripts/train_figure_model.py; retrain rather than edit.",
                 "# " + provenance]
        weights = []
        for name in ("indicator", "category", "kind"):
            classes, bias, rows = self.heads[name].weights()
            lines.append("\t".join(["head", name] + [c or "-" for c in classes]))
            lines.append("\t".join(["bias", name] + [f"{b:.4f}" for b in bias]))
            weights.append((name, rows))
        # A feature's lines stand together (the engine keeps one run of weights per feature).
        features = sorted({feature for _, rows in weights for feature in rows})
        broken = [f for f in features if any(c in f for c in "\t\n\r")]
        if broken:
            sys.exit(f"features with a tab or line break cannot be written: {broken[:5]!r}")
        for feature in features:
            for name, rows in weights:
                entries = " ".join(f"{k}:{w:.3f}" for k, w in rows.get(feature, []) if abs(w) >= PRUNE)
                if entries:
                    lines.append(f"w\t{feature}\t{name}\t{entries}")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


def accuracy(examples, predictions):
    n = len(examples) or 1
    return {attribute: sum(p[k] == e[attribute] for e, p in zip(examples, predictions)) / n
            for k, attribute in enumerate(("indicator", "category", "kind"))}


def cross_validate(examples, make_model, extra=()):
    """Accuracies on annotated documents held out of training; `extra` (the catalogue's own
    examples) is always trained on and never scored."""
    extra = list(extra)
    groups = [e["doc"] for e in examples]
    folds = GroupKFold(n_splits=min(5, len(set(groups))))
    predictions = [None] * len(examples)
    for train, test in folds.split(examples, groups=groups):
        model = make_model().fit([examples[i] for i in train] + extra)
        for i, p in zip(test, model.predict([examples[i] for i in test])):
            predictions[i] = p
    result = {"grouped 5-fold": accuracy(examples, predictions)}
    result["_predictions"] = predictions
    sets = sorted({e["set"] for e in examples})
    if len(sets) > 1:
        for held in sets:
            train = [e for e in examples if e["set"] != held]
            test = [e for e in examples if e["set"] == held]
            result["trained without " + held] = accuracy(test, make_model().fit(train + extra).predict(test))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", required=True, help="GOLD_DIR:TEXT_DIR")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "unionboard-cli"))
    parser.add_argument("--out", default=os.path.join(ROOT, "data", "model", "figure_model.tsv"))
    parser.add_argument("--lambda", dest="lam", type=float, default=1.0, help="L2 of class-specific weights")
    parser.add_argument("--lambda-shared", type=float, default=0.1, help="L2 of the templates' shared weights")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--catalogue-weight", type=float, default=0.5,
                        help="weight of the examples made from the catalogue's wording (0: none)")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--cv-errors", metavar="FILE", help="with --cv: write each figure's cross-validated decision")
    args = parser.parse_args()
    catalogue = read_catalogue()
    examples = [e for spec in args.set for e in load_set(spec, args.cli)]
    unknown = sorted({e["indicator"] for e in examples if e["indicator"] and e["indicator"] not in catalogue})
    if unknown:
        sys.exit(f"train: gold uses indicators the catalogue lacks: {', '.join(unknown)}")

    def make_model():
        return FigureModel(catalogue, args.lam, args.lambda_shared, args.min_count)

    extra = catalogue_examples(catalogue, args.cli, args.catalogue_weight) if args.catalogue_weight > 0 else []
    if args.cv or args.cv_only:
        results = cross_validate(examples, make_model, extra)
        predictions = results.pop("_predictions")
        for name, scores in results.items():
            print(f"{name}: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
        if args.cv_errors:
            # Every figure's held-out decision beside its gold, for reading what the model gets wrong.
            with open(args.cv_errors, "w", encoding="utf-8") as out:
                for e, (indicator, category, kind) in zip(examples, predictions):
                    out.write(json.dumps({"doc": e["doc"], "quote": e["quote"], "sentence": e["sentence"],
                                          "gold": [e["indicator"], e["category"], e["kind"]],
                                          "predicted": [indicator, category, kind]}, ensure_ascii=False) + "\n")
    if args.cv_only:
        return 0
    model = make_model().fit(examples + extra)
    sets = ", ".join(s.split(":")[0] for s in args.set)
    model.write(args.out, f"{len(examples)} figures from {sets} and {len(extra)} catalogue examples at weight "
                          f"{args.catalogue_weight}; lambda {args.lam}, shared {args.lambda_shared}, "
                          f"features seen at least {args.min_count} times")
    print(f"wrote {args.out}: {sum(len(h.weights()[2]) for h in model.heads.values())} weighted features",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
