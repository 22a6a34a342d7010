#!/usr/bin/env bash
# Checks a built .deb the way a user's machine would meet it, without installing it:
# unpack it, run its launcher, export notes from a temp database, validate its menu entry.
# Usage: installers/linux/check-deb.sh target/installers/reading-list_*.deb
set -uo pipefail
deb=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME COMMAND...: runs the command, counts and reports the result
  local name=$1; shift
  if "$@" >"$work/out" 2>&1; then
    passed=$((passed + 1)); echo "ok    $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name"; sed 's/^/      /' "$work/out"
  fi
}

echo "checking $deb ($(du -h "$deb" | cut -f1))"
check "unpacks with dpkg-deb -x" dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/reading-list/bin/reading-list"
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
check "launcher answers --version" bash -c "'$launcher' --version | grep -Eq '^reading-list [0-9]+\.[0-9]+\.[0-9]+'"
check "exports notes from a temp database" bash -c "
  '$launcher' --db '$work/rl.db' note caching-strategies-production-guide --set 'Checked, from the .deb' &&
  '$launcher' --db '$work/rl.db' export-notes --out '$work/notes.csv' &&
  grep -q 'id,title,url,tags,status,read_at,note,note_updated_at' '$work/notes.csv' &&
  grep -q 'Checked, from the .deb' '$work/notes.csv'"
check "desktop entry is valid" bash -c "desktop-file-validate '$work'/root/opt/reading-list/lib/*.desktop"
check "Depends names GTK 3" bash -c "dpkg-deb -f '$deb' Depends | grep -q 'libgtk-3-0'"
# The app unpacks SQLite's library into its cache folder only when the one it ships is missing.
check "uses the SQLite library it ships" test ! -e "$work/cache/reading-list/native"
echo "installer: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
