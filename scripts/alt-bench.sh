#!/bin/sh
# Alternating coding-speed comparison of two parley binaries, each alone on
# the machine: `parley bench --workers W` runs A, then B (the first to run
# alternates), N times, and the script prints each pair's sentences per
# CPU-second and documents/s, and the mean ratios A/B with their standard
# errors. Unlike scripts/pair-bench.sh, which runs the two at once and so
# favours the binary whose models take less memory in the shared cache, a
# binary here has the cache to itself, as in `parley ingest`; the price is
# that the host's drift between runs adds noise, which more pairs average
# out.
#
#   scripts/alt-bench.sh [-n N] [-w WORKERS] A_PARLEY B_PARLEY [CORPUS]
#
# CORPUS defaults to the first 600 articles of /tmp/news600.jsonl.gz (see
# scripts/ingest-bench.sh for how to make it).
set -eu
n=8
w=2
while [ $# -gt 0 ]; do
	case "$1" in
	-n) n=$2; shift 2 ;;
	-w) w=$2; shift 2 ;;
	*) break ;;
	esac
done
if [ $# -lt 2 ]; then
	echo "usage: scripts/alt-bench.sh [-n N] [-w WORKERS] A_PARLEY B_PARLEY [CORPUS]" >&2
	exit 2
fi
a=$(realpath "$1")
b=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -ge 3 ]; then
	corpus=$(realpath "$3")
else
	corpus=$tmp/corpus.jsonl.gz
	zcat /tmp/news600.jsonl.gz | head -600 | gzip >"$corpus"
fi
# The bench's sentences per core of CPU time, and its documents/s.
rates() { awk '/^documents/ { sub(/\/s$/, "", $3); d = $3 } /^sentences/ { sub(/\/s$/, "", $4); s = $4 } END { print s "\t" d }' "$1"; }

i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then
		"$a" bench --workers "$w" "$corpus" >"$tmp/a" 2>&1
		"$b" bench --workers "$w" "$corpus" >"$tmp/b" 2>&1
	else
		"$b" bench --workers "$w" "$corpus" >"$tmp/b" 2>&1
		"$a" bench --workers "$w" "$corpus" >"$tmp/a" 2>&1
	fi
	printf '%s\t%s\n' "$(rates "$tmp/a")" "$(rates "$tmp/b")" | tee -a "$tmp/pairs"
done
awk -v n="$n" '{ r = $1 / $3; s += r; ss += r * r; q = $2 / $4; t += q; tt += q * q }
	END {
		m = s / n; sd = sqrt(ss / n - m * m); mq = t / n; sq = sqrt(tt / n - mq * mq)
		printf "A/B over %d alternating pairs: sentences per CPU-second %.3f (standard error %.3f), documents/s %.3f (%.3f)\n", n, m, sd / sqrt(n), mq, sq / sqrt(n)
	}' "$tmp/pairs"
