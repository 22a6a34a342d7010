#!/usr/bin/env bash
# Checks a built .rpm the way a Fedora machine would meet it: its metadata and file list, then an
# install with rpm --root into a scratch root whose shell runs the package's scripts (see
# scratch-root.sh), the installed launcher run, and an uninstall.
# Twice: with xdg-utils in the root, and without (a desktop-less machine still gets a menu entry).
# Usage: installers/linux/check-rpm.sh target/installers/reading-list-*.rpm
set -uo pipefail
package=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scratch-root.sh source-path=SCRIPTDIR
. "$here/scratch-root.sh"
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

echo "checking $package ($(du -h "$package" | cut -f1))"
rpm -qpl "$package" > "$work/files" 2>/dev/null
check "names the package reading-list" bash -c "[ \"\$(rpm -qp --qf '%{NAME}' '$package' 2>/dev/null)\" = reading-list ]"
check "requires GTK 3 and OpenGL" bash -c "rpm -qp --requires '$package' 2>/dev/null | grep -qx gtk3 && rpm -qp --requires '$package' 2>/dev/null | grep -qx mesa-libGL"
check "installs under /opt/reading-list" grep -qx /opt/reading-list/bin/reading-list "$work/files"
check "claims no folder of the system's" bash -c "! grep -Ex '/|/opt|/usr|/usr/share|/usr/share/licenses' '$work/files'"
check "ships the license" grep -q '^/usr/share/licenses/reading-list-[0-9.]*/LICENSE$' "$work/files"
check "ships the AOT cache" grep -qx /opt/reading-list/lib/app/reading-list.aot "$work/files"

for xdg in with-xdg without-xdg; do
  root="$work/root-$xdg"
  make_root "$root" "$xdg"
  rpm --root "$root" --initdb
  check "$xdg: installs with rpm --root, its scripts without a failure" \
    bash -c "rpm --root '$root' -i --nodeps '$package' > '$work/rpm.log' 2>&1; code=\$?; cat '$work/rpm.log';
             [ \$code -eq 0 ] && ! grep -q 'scriptlet failed' '$work/rpm.log'"
  entry="$root/usr/share/applications/reading-list-reading-list.desktop"
  check "$xdg: the menu entry is in place" test -f "$entry"
  if [ "$xdg" = with-xdg ]; then
    check "$xdg: through xdg-desktop-menu" grep -q '^install /opt/reading-list/lib/reading-list-reading-list.desktop' \
      "$root/var/log/xdg-desktop-menu.log"
  fi
  home="$work/home-$xdg"
  launcher="$root/opt/reading-list/bin/reading-list"
  check "$xdg: the installed launcher answers --version" bash -c "'$launcher' --version | grep -Eq '^reading-list [0-9]+\.[0-9]+\.[0-9]+'"
  check "$xdg: a note set and exported into the user's data folder" env XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_CONFIG_HOME="$home/config" bash -c "
      '$launcher' note caching-strategies-production-guide --set 'Checked, from the .rpm' &&
      '$launcher' export-notes --out '$home/notes.csv' && grep -q 'Checked, from the .rpm' '$home/notes.csv'"
  check "$xdg: uninstalls, its scripts without a failure" \
    bash -c "rpm --root '$root' -e reading-list > '$work/rpm.log' 2>&1; code=\$?; cat '$work/rpm.log';
             [ \$code -eq 0 ] && ! grep -q 'scriptlet failed' '$work/rpm.log'"
  check "$xdg: the uninstall leaves no file in /opt" test ! -e "$root/opt/reading-list"
  check "$xdg: nor a menu entry" test ! -e "$entry"
  check "$xdg: and the user's library where it was" test -s "$home/data/reading-list/reading-list.db"
done
echo "rpm: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
