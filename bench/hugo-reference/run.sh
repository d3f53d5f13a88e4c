#!/usr/bin/env bash
# Builds the corpus of `loa bench` with Hugo, for a reference time on the same machine at the
# same moment (Debian's `hugo`, 0.111). A minimal theme: the pages, section lists and tag pages
# (20 to a page), the same header and footer landmarks; none of Loa's calendars, archives or
# search index. Usage: bench/hugo-reference/run.sh CORPUS_DIR [OUTPUT_DIR]
# where CORPUS_DIR was made by `./loa bench --pages 10000 --keep` (it holds content/).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$(cd "$1" && pwd)"
out="${2:-$(mktemp -d)/site}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/config.toml" "$here/layouts" "$work/"
ln -s "$corpus/content" "$work/content"
rm -rf "$out"
# Hugo's own cache in the work folder too (by default $TMPDIR/hugo_cache, which would outlive the run).
/usr/bin/time -f "hugo: cả tiến trình %e s, RSS đỉnh %M KB" hugo --quiet --source "$work" --destination "$out" --cacheDir "$work/cache"
echo "hugo: $(find "$out" -type f | wc -l) tệp trong $out"
