#!/bin/bash
# make-library.sh BUILD_DIR OUT: a library written by the command line of the build in BUILD_DIR (a clone at an
# earlier commit, built with ./mvnw package), as a user would leave it. Used to make vN/ here; see README.md.
set -e
B=$1/target/dist/reading-list/bin/reading-list
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$2; rm -rf "$OUT"; mkdir -p "$OUT"
export XDG_DATA_HOME=$OUT/data XDG_CONFIG_HOME=$OUT/config
DB=$OUT/library.db
rl() { "$B" "$@" --db="$DB"; }

rl mark-read caching-strategies-production-guide rate-limiting-algorithms-production-guide
printf 'Line one, with "quotes", a comma\r\nand a CRLF line; café ☕ 🚀 日本語\n\n=SUM(1,2) starts a line\n' | rl note --set=- caching-strategies-production-guide
rl note --set="$(python3 -c 'print("long " * 2000, end="")')" distributed-systems-algorithms-production-guide
rl note --set="A note on an unread article" celery-task-queues-django-workflows-guide
rl tag --add="to revisit" --add="Émigré tag" caching-strategies-production-guide
if "$B" import --help >/dev/null 2>&1; then
  rl import "$HERE/bookmarks.html" || rl import "$HERE/pocket.csv"
fi
rl list > $OUT/list.txt
rl export-notes --all --no-bom --out=$OUT/notes.csv
echo "made $OUT: $(wc -l < $OUT/list.txt) list lines"
