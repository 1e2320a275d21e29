#!/usr/bin/env bash
# Crash safety (#8): kills `unionboard-cli import` with SIGKILL at random moments, over and over,
# and checks after each kill that the SQLite store passes PRAGMA integrity_check, that every
# document holds exactly its figure_count figures (complete or absent) and that figure_summary
# counts exactly the stored figures; then a clean import must finish.
# Usage: scripts/crashtest.sh [path/to/unionboard-cli] [rounds]   (run by ctest robustness.crashtest)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/bin/unionboard-cli}
rounds=${2:-20}
deadline=$((SECONDS + 45)) # rounds stop here; the whole script stays under a minute
command -v sqlite3 > /dev/null || { echo "crashtest: sqlite3 is missing (scripts/deps.sh installs it)" >&2; exit 1; }
[[ -x $cli ]] || { echo "crashtest: $cli is not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
reports=$work/reports
store=$work/store.sqlite
mkdir -p "$reports"
cp data/reports/*.txt "$reports/"

# Reports big enough that an import spends most of its time inside write transactions.
generate() { # generate ROUND FILE_INDEX...
  python3 - "$reports" "$@" <<'PY'
import random, sys
folder, round_ = sys.argv[1], int(sys.argv[2])
cities = ["西安市", "宝鸡市", "咸阳市", "铜川市", "渭南市", "延安市", "榆林市", "汉中市", "安康市", "商洛市"]
for index in map(int, sys.argv[3:]):
    r = random.Random(round_ * 1000 + index)
    lines = [f"{cities[index % 10]}总工会{2015 + index % 8}年工作总结（第{round_}版）"]
    for i in range(800):
        lines.append(f"{r.choice(cities)}新建工会组织{r.randint(1, 999)}个，新发展会员{r.randint(1, 99999)}人，"
                     f"筹集资金{r.randint(1, 9999)}.{r.randint(0, 9)}万元。")
    open(f"{folder}/generated_{index:02d}.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
}
generate 0 $(seq 0 15)

check() { # check LABEL: the store is consistent whatever moment the import was killed at
  [[ -f $store ]] || return 0
  local integrity inconsistent
  integrity=$(sqlite3 "$store" "PRAGMA integrity_check;")
  if [[ $integrity != ok ]]; then
    echo "crashtest: $1: integrity_check failed: $integrity" >&2
    exit 1
  fi
  inconsistent=$(sqlite3 "$store" "SELECT count(*) FROM documents d WHERE d.figure_count <>
                                   (SELECT count(*) FROM figures f WHERE f.document_id = d.id);" 2>/dev/null || echo 0)
  if [[ $inconsistent != 0 ]]; then
    echo "crashtest: $1: $inconsistent documents are incomplete" >&2
    sqlite3 "$store" "SELECT name, figure_count, (SELECT count(*) FROM figures f WHERE f.document_id = d.id)
                      FROM documents d;" >&2
    exit 1
  fi
  # The summary (#7) is written in the same transactions, so it counts exactly the stored figures.
  inconsistent=$(sqlite3 "$store" "SELECT (SELECT COALESCE(sum(figures), 0) FROM figure_summary) <>
                                          (SELECT count(*) FROM figures);" 2>/dev/null || echo 0)
  if [[ $inconsistent != 0 ]]; then
    echo "crashtest: $1: figure_summary does not count the stored figures" >&2
    exit 1
  fi
}

# How long a whole import takes with this build (ASan is several times slower): kill moments are
# drawn from that span, so that they land while files are being read, extracted and written.
start_ns=$(date +%s%N)
"$cli" import --db "$work/timing.sqlite" "$reports" > /dev/null 2>&1 || true
span_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "crashtest: a whole import takes ${span_ms} ms"
((span_ms > 50)) || span_ms=50
((span_ms < 2500)) || span_ms=2500 # an ASan build takes ~6 s; the first 2.5 s hold plenty of writes

killed=0
for round in $(seq 1 "$rounds"); do
  ((SECONDS < deadline)) || { echo "crashtest: out of time after $((round - 1)) rounds"; break; }
  # Change a few reports so that this round also replaces documents, not only adds them.
  generate "$round" $((RANDOM % 16)) $((RANDOM % 16)) $((RANDOM % 16))
  # Every third round starts over from an empty store, so that whole imports get killed too, not
  # only the replacement of the few changed files.
  if ((round % 3 == 0)); then
    rm -f "$store" "$store-wal" "$store-shm"
  fi
  "$cli" import --db "$store" "$reports" > /dev/null 2>&1 &
  pid=$!
  # Anywhere from opening and migrating to mid-transaction, committing and between files.
  delay_ms=$((10 + (RANDOM * 32768 + RANDOM) % span_ms))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -KILL "$pid" 2> /dev/null; then
    killed=$((killed + 1))
  fi
  wait "$pid" 2> /dev/null || true
  check "round $round"
  documents=$(sqlite3 "$store" "SELECT count(*) FROM documents;" 2>/dev/null || echo 0)
  echo "crashtest: round $round: killed=$killed documents=$documents ok"
done

# A clean import finishes and leaves every report complete.
"$cli" import --db "$store" "$reports" > "$work/final.log"
check "final import"
expected=$(find "$reports" -name '*.txt' | wc -l)
documents=$(sqlite3 "$store" "SELECT count(*) FROM documents;")
if [[ $documents != "$expected" ]]; then
  echo "crashtest: final import left $documents documents, expected $expected" >&2
  exit 1
fi
echo "crashtest: $killed kills in $rounds rounds, store consistent, final import complete ($documents documents)"
