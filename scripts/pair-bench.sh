#!/bin/sh
# Paired coding-speed comparison of two parley binaries. The speed of a
# shared 2-core machine drifts by up to a factor of two within minutes, so
# runs taken one after the other compare moments, not programs. Here the two
# binaries run at the same time, one worker and one core each, N times (the
# first to start alternates), and the script prints each pair's documents/s
# and the mean ratio A/B with its standard error.
#
# Side by side, the two share the processor's last-level cache, which
# favours the binary whose models take less memory: a smaller model can look
# several per cent faster than it is alone (a parser retrained without three
# templates gave 1.076 side by side and 0.99-1.07 alone). With --alone the
# binaries instead run one after the other (the first alternates), each
# with the machine to itself as in `parley ingest`, with W workers (default
# 2), and the script prints each pair's sentences per CPU-second and
# documents/s and the mean ratios of both; the host's drift between runs
# adds noise, which more pairs average out. Confirm a change of the models'
# size that way.
#
#   scripts/pair-bench.sh [-n N] [--alone [-w W]] A_PARLEY B_PARLEY [CORPUS]
#
# CORPUS defaults to the first 400 articles of /tmp/news600.jsonl.gz (see
# scripts/ingest-bench.sh for how to make it).
set -eu
n=10
alone=""
w=2
while [ $# -gt 0 ]; do
	case "$1" in
	-n) n=$2; shift 2 ;;
	-w) w=$2; shift 2 ;;
	--alone) alone=1; shift ;;
	*) break ;;
	esac
done
if [ $# -lt 2 ]; then
	echo "usage: scripts/pair-bench.sh [-n N] [--alone [-w W]] A_PARLEY B_PARLEY [CORPUS]" >&2
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
# A bench's sentences per core of CPU time and its documents/s.
rates() { awk '/^documents/ { sub(/\/s$/, "", $3); d = $3 } /^sentences/ { sub(/\/s$/, "", $4); s = $4 } END { print s "\t" d }' "$1"; }
side() { GOMAXPROCS=1 "$1" bench --workers 1 "$corpus" >"$2" 2>&1 & }
alone() { "$1" bench --workers "$w" "$corpus" >"$2" 2>&1; }
run=side
if [ -n "$alone" ]; then
	run=alone
fi

i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	if [ $((i % 2)) -eq 1 ]; then
		$run "$a" "$tmp/a"
		$run "$b" "$tmp/b"
	else
		$run "$b" "$tmp/b"
		$run "$a" "$tmp/a"
	fi
	wait
	printf '%s\t%s\n' "$(rates "$tmp/a")" "$(rates "$tmp/b")" | tee -a "$tmp/pairs"
done
awk -v n="$n" '{ r = $1 / $3; s += r; ss += r * r; q = $2 / $4; t += q; tt += q * q }
	END {
		m = s / n; sd = sqrt(ss / n - m * m); mq = t / n; sq = sqrt(tt / n - mq * mq)
		printf "A/B over %d pairs: documents/s mean ratio %.3f, standard error %.3f; sentences per CPU-second %.3f (%.3f)\n", n, mq, sq / sqrt(n), m, sd / sqrt(n)
	}' "$tmp/pairs"
