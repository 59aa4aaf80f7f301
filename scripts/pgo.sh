#!/bin/sh
# Profile-guided optimisation: writes cmd/parley/default.pgo, the CPU
# profile that `go build ./cmd/parley` reads by default (-pgo=auto) to
# inline the calls that coding makes most and lay out its hot paths. The
# profile is of `parley ingest` on real news, start-up and storage
# included, built without a profile so that one profile does not feed the
# next. Regenerate it after changes that move where coding spends its
# time: a stale profile still builds a correct binary, only a less
# optimised one.
#
#   scripts/pgo.sh [CORPUS...]
#
# CORPUS defaults to the news of ../shared/data/news (about 2,800 articles).
set -eu
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
	set -- ../shared/data/news/*.jsonl.gz
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -pgo=off -o "$tmp/parley" ./cmd/parley
i=0
for corpus in "$@"; do
	i=$((i + 1))
	"$tmp/parley" ingest "$corpus" --db "$tmp/db$i" --quiet --no-summary --cpuprofile "$tmp/cpu$i.prof"
done
go tool pprof -proto "$tmp"/cpu*.prof >cmd/parley/default.pgo
echo "wrote cmd/parley/default.pgo ($(wc -c <cmd/parley/default.pgo) bytes) from $i runs"
