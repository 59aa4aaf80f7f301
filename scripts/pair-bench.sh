#!/bin/sh
# Paired coding-speed comparison of two parley binaries. The speed of a
# shared 2-core machine drifts by up to a factor of two within minutes, so
# runs taken one after the other compare moments, not programs. Here the two
# binaries run at the same time, one worker and one core each, N times (the
# first to start alternates), and the script prints each pair's documents/s
# and the mean ratio A/B with its standard error. Side by side, the two
# share the processor's last-level cache, which favours the binary whose
# models take less memory: a smaller model can look several per cent faster
# here than it is alone (a parser retrained without three templates gave
# 1.076 here and 0.99-1.07 in alternating runs of `parley bench`). Confirm
# a change of the models' size with alternating runs (scripts/alt-bench.sh).
#
#   scripts/pair-bench.sh [-n N] A_PARLEY B_PARLEY [CORPUS]
#
# CORPUS defaults to the first 400 articles of /tmp/news600.jsonl.gz (see
# scripts/ingest-bench.sh for how to make it).
set -eu
n=10
if [ "${1:-}" = "-n" ]; then
	n=$2
	shift 2
fi
if [ $# -lt 2 ]; then
	echo "usage: scripts/pair-bench.sh [-n N] A_PARLEY B_PARLEY [CORPUS]" >&2
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
	zcat /tmp/news600.jsonl.gz | head -400 | gzip >"$corpus"
fi
rate() { awk '/^documents/ { sub(/\/s$/, "", $3); print $3 }' "$1"; }

i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then
		GOMAXPROCS=1 "$a" bench --workers 1 "$corpus" >"$tmp/a" 2>&1 &
		GOMAXPROCS=1 "$b" bench --workers 1 "$corpus" >"$tmp/b" 2>&1 &
	else
		GOMAXPROCS=1 "$b" bench --workers 1 "$corpus" >"$tmp/b" 2>&1 &
		GOMAXPROCS=1 "$a" bench --workers 1 "$corpus" >"$tmp/a" 2>&1 &
	fi
	wait
	printf '%s\t%s\n' "$(rate "$tmp/a")" "$(rate "$tmp/b")" | tee -a "$tmp/pairs"
done
awk -v n="$n" '{ r = $1 / $2; s += r; ss += r * r }
	END { m = s / n; sd = sqrt(ss / n - m * m); printf "A/B documents/s over %d pairs: mean ratio %.3f, standard error %.3f\n", n, m, sd / sqrt(n) }' "$tmp/pairs"
