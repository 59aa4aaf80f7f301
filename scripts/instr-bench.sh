#!/bin/sh
# Instructions per coded article: a measure of coding cost that, unlike
# articles/s, does not drift with a shared machine's load. Runs `parley code`
# under valgrind's cachegrind (one thread) on the first SMALL and the first
# LARGE articles of a corpus and prints the difference per article, which
# leaves out start-up. Instructions are not time: a change that saves
# instructions but misses the cache more can run slower, so confirm a change
# with scripts/pair-bench.sh.
#
#   scripts/instr-bench.sh [-n LARGE] [-s SMALL] PARLEY [OTHER_PARLEY] [CORPUS]
#
# CORPUS defaults to /tmp/news600.jsonl.gz (see scripts/ingest-bench.sh for
# how to make it); LARGE and SMALL default to 150 and 10. Needs valgrind
# (Debian: apt-get install valgrind); a run takes about a minute a binary.
set -eu
large=150
small=10
while [ $# -gt 0 ]; do
	case "$1" in
	-n) large=$2; shift 2 ;;
	-s) small=$2; shift 2 ;;
	*) break ;;
	esac
done
if [ $# -lt 1 ]; then
	echo "usage: scripts/instr-bench.sh [-n LARGE] [-s SMALL] PARLEY [OTHER_PARLEY] [CORPUS]" >&2
	exit 2
fi
if ! command -v valgrind >/dev/null 2>&1; then
	echo "instr-bench: valgrind is not installed (apt-get install valgrind)" >&2
	exit 1
fi
bins=$(realpath "$1")
shift
if [ $# -ge 1 ] && [ -f "$1" ] && [ -x "$1" ]; then
	bins="$bins $(realpath "$1")"
	shift
fi
corpus=$(realpath "${1:-/tmp/news600.jsonl.gz}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
zcat -f "$corpus" | head -n "$small" >"$tmp/small.jsonl"
zcat -f "$corpus" | head -n "$large" >"$tmp/large.jsonl"
articles=$(($(wc -l <"$tmp/large.jsonl") - $(wc -l <"$tmp/small.jsonl")))
if [ "$articles" -le 0 ]; then
	echo "instr-bench: the corpus has no more than $small articles" >&2
	exit 1
fi
refs() {
	GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$1" code "$2" 2>&1 >/dev/null | awk '/I *refs:/ { gsub(",", "", $NF); print $NF }'
}
for b in $bins; do
	lo=$(refs "$b" "$tmp/small.jsonl")
	hi=$(refs "$b" "$tmp/large.jsonl")
	awk -v b="$b" -v lo="$lo" -v hi="$hi" -v n="$articles" \
		'BEGIN { printf "%s\t%.2f M instructions per article (%d articles), %.2f G at start-up and for the first articles\n", b, (hi - lo) / n / 1e6, n, lo / 1e9 }'
done
