#!/bin/sh
# Ingest throughput (issue 5): runs `parley ingest` on a corpus several
# times into a fresh database and prints, per run and as medians, the
# articles/s of the ingest itself (the summary's figure), the articles/s end
# to end (start-up and closing included, from the wall clock), the share of
# the time spent in storage transactions (from the summary's durations, to a
# tenth of a percent), when /usr/bin/time exists the peak RSS, and the
# milliseconds of storage per article, which drift with the host less than
# the rates do. The speed of a shared machine drifts over minutes: with
# --compare OTHER_PARLEY the two binaries alternate, so that both see the
# same moments, and the script ends with the mean paired ratio of their
# end-to-end rates. A host probe (scripts/hostprobe) before and after the runs
# says how fast the processor and the shared memory system were meanwhile,
# and how many times the work of one core the two cores did side by side.
#
#   scripts/ingest-bench.sh [--runs N] [--compare OTHER_PARLEY] [CORPUS]
#
# CORPUS defaults to ../shared/data/news/worldwide_newswire.jsonl.gz (about
# 530 words an article). The issue's target is for 600-word articles:
# `go run ./scripts/corpus -words 600 -o /tmp/news600.jsonl.gz` writes real
# articles of the shared corpora whose mean length is 600 words.
set -eu
cd "$(dirname "$0")/.."
runs=5
other=""
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) runs=$2; shift 2 ;;
	--compare) other=$(realpath "$2"); shift 2 ;;
	*) break ;;
	esac
done
corpus=$(realpath "${1:-../shared/data/news/worldwide_newswire.jsonl.gz}")
mkdir -p bin
go build -o bin/parley ./cmd/parley
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/hostprobe" ./scripts/hostprobe
"$tmp/hostprobe"
bins="$PWD/bin/parley $other"
timer=""
if [ -x /usr/bin/time ]; then
	timer="/usr/bin/time -f rss=%M"
fi

i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	for b in $bins; do
		rm -f "$tmp"/db*
		start=$(date +%s.%N)
		$timer "$b" ingest "$corpus" --db "$tmp/db" --quiet --no-summary >"$tmp/out" 2>&1
		end=$(date +%s.%N)
		awk -v bin="$b" -v wall="$(echo "$end $start" | awk '{print $1 - $2}')" '
			# secs converts a Go duration ("4.957s", "836ms", "1m2.5s") to seconds.
			function secs(d,   t, v, u) {
				t = 0
				while (match(d, /^[0-9.]+(h|ms|µs|us|ns|m|s)/)) {
					v = substr(d, 1, RLENGTH); d = substr(d, RLENGTH + 1)
					u = v; sub(/^[0-9.]+/, "", u); v += 0
					t += v * (u == "h" ? 3600 : u == "m" ? 60 : u == "s" ? 1 : u == "ms" ? 1e-3 : u == "ns" ? 1e-9 : 1e-6)
				}
				return t
			}
			/^read / { n = $2; elapsed = secs($5); sub(/^\(/, "", $6); rate = $6 + 0 }
			/^storage: / { stored = secs($2) }
			/^rss=/ { sub(/^rss=/, ""); rss = int($0 / 1024) }
			END {
				printf "%s\t%d\t%.0f\t%.1f\t%s\t%.3f\n", bin, rate, n / wall,
					(elapsed > 0 ? 100 * stored / elapsed : 0), rss, (n > 0 ? 1000 * stored / n : 0)
			}
		' "$tmp/out" | tee -a "$tmp/runs"
	done
done

"$tmp/hostprobe"
echo
echo "medians over $runs runs: articles/s (ingest), articles/s (end to end), storage % of the time, peak RSS MB,"
echo "storage ms per article;"
echo "then the mean of end to end / ingest, the share of a run that start-up and closing leave to the ingest"
for b in $bins; do
	printf '%s' "$b"
	for col in 2 3 4 5 6; do
		awk -F'\t' -v bin="$b" -v col="$col" '$1 == bin { print $col }' "$tmp/runs" | sort -n |
			awk '{ v[NR] = $1 } END { printf "\t%s", NR ? v[int((NR + 1) / 2)] : "-" }'
	done
	awk -F'\t' -v bin="$b" '$1 == bin && $2 > 0 { s += $3 / $2; n++ } END { printf "\t%s", n ? sprintf("%.3f", s / n) : "-" }' "$tmp/runs"
	echo
done
if [ -n "$other" ]; then
	# The runs alternate, so each run of this binary pairs with the run of
	# the other that follows it: their ratio cancels most of the host's
	# drift, which the medians keep.
	awk -F'\t' -v a="$PWD/bin/parley" -v b="$other" '
		$1 == a { x[++na] = $3 }
		$1 == b { y[++nb] = $3 }
		END {
			n = na < nb ? na : nb
			for (i = 1; i <= n; i++) { r[i] = x[i] / y[i]; s += r[i] }
			if (n == 0) exit
			m = s / n
			for (i = 1; i <= n; i++) ss += (r[i] - m) ^ 2
			se = n > 1 ? sqrt(ss / (n - 1) / n) : 0
			printf "paired end-to-end ratio this/other over %d pairs: %.3f, standard error %.3f\n", n, m, se
		}' "$tmp/runs"
fi
