#!/usr/bin/env python3
"""ctest extract_gold_score: run `unionboard-cli extract` over the reports that have public gold
and score them with SHARED/eval/score.py. Exit 77 (ctest SKIP_RETURN_CODE) when SHARED is absent
(a clone without ../shared beside it); exit 1 when strict F1 falls below the threshold.

usage: goldscore.py CLI SHARED_DIR REPORTS_DIR OUT_JSONL MIN_STRICT_F1
"""
import glob, os, re, subprocess, sys


def main():
    cli, shared, reports, out, minimum = sys.argv[1:6]
    score = os.path.join(shared, "eval", "score.py")
    gold = sorted(glob.glob(os.path.join(shared, "gold", "*.jsonl")))
    if not os.path.isfile(score) or not gold:
        print(f"extract_gold_score: {shared} has no eval/score.py or gold, skipping")
        return 77
    docs = [os.path.join(reports, os.path.basename(g)[:-len(".jsonl")] + ".txt") for g in gold]
    with open(out, "w", encoding="utf-8") as f:
        if subprocess.run([cli, "extract", *docs], stdout=f).returncode != 0:
            print("extract_gold_score: unionboard-cli extract failed")
            return 1
    result = subprocess.run([sys.executable, score, *gold, "--pred", out, "--misses"],
                            capture_output=True, text=True)
    print(result.stdout, result.stderr)
    match = re.search(r"strict_f1=([0-9.]+)", result.stdout)
    if result.returncode != 0 or not match:
        print("extract_gold_score: score.py failed")
        return 1
    strict = float(match.group(1))
    if strict < float(minimum):
        print(f"extract_gold_score: strict F1 {strict:.3f} is below {minimum}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
