#!/usr/bin/env bash
# An upgrade from a snapshot build to the release, as a user would do it, for the .deb and the .rpm:
# packages VERSION-SNAPSHOT and VERSION are built from one app image with package.sh, the snapshot
# is installed into a scratch root (dpkg --root, rpm --root; see scratch-root.sh), a user's library
# is made with it, then the release is installed over it. The release must be taken as the newer
# package, its scripts must leave the menu entry in place, and the library must be as the user left
# it. Usage: installers/linux/check-upgrade.sh APP_IMAGE JDK_SETTINGS VERSION   (VERSION as 1.0.0)
set -uo pipefail
image=$(realpath "$1") settings=$(realpath "$2") version=$3
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

echo "building $version-SNAPSHOT and $version packages from $image"
bash "$here/package.sh" "$image" "$work/snapshot" "$version-SNAPSHOT" "$settings" > "$work/build-snapshot.log" 2>&1 \
  || { cat "$work/build-snapshot.log"; exit 1; }
bash "$here/package.sh" "$image" "$work/release" "$version" "$settings" > "$work/build-release.log" 2>&1 \
  || { cat "$work/build-release.log"; exit 1; }

note="Read before the upgrade: cache-aside first, then measure. 📚"
id=caching-strategies-production-guide
# user_session ROOT HOME COMMAND...: runs the installed launcher as the user whose folders are in HOME
user_session() {
  local root=$1 home=$2; shift 2
  env XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_CONFIG_HOME="$home/config" \
    "$root/opt/reading-list/bin/reading-list" "$@"
}
library_as_left() {  # library_as_left ROOT HOME: the note, the read mark and a clean check
  local root=$1 home=$2
  [ "$(user_session "$root" "$home" note "$id")" = "$note" ] &&
    user_session "$root" "$home" list --status read --format csv | grep -q "^$id," &&
    user_session "$root" "$home" check
}

for kind in deb rpm; do
  root="$work/root-$kind" home="$work/home-$kind"
  make_root "$root"
  if [ "$kind" = deb ]; then
    old=("$work"/snapshot/reading-list_*.deb) new=("$work"/release/reading-list_*.deb)
    install_old() { dpkg --root="$root" --force-depends -i "${old[0]}"; }
    install_new() { dpkg --root="$root" --force-depends -i "${new[0]}"; }
    installed() { dpkg-query --admindir="$root/var/lib/dpkg" -W -f '${Version}' reading-list; }
    check "deb: $version-1 is newer than $version-0" dpkg --compare-versions "$version-1" gt "$version-0"
  else
    old=("$work"/snapshot/reading-list-*.rpm) new=("$work"/release/reading-list-*.rpm)
    rpm --root "$root" --initdb
    install_old() { rpm --root "$root" -i --nodeps "${old[0]}"; }
    install_new() { rpm --root "$root" -U --nodeps "${new[0]}"; }
    installed() { rpm --root "$root" -q --qf '%{VERSION}-%{RELEASE}' reading-list; }
  fi
  check "$kind: the snapshot installs" install_old
  check "$kind: it is $version-0" test "$(installed 2>/dev/null)" = "$version-0"
  check "$kind: the user makes a library with it" bash -c "
    $(declare -f user_session); root='$root' home='$home'
    user_session \"\$root\" \"\$home\" mark-read $id &&
    user_session \"\$root\" \"\$home\" note $id --set '$note'"
  before=$(sha256sum "$home/data/reading-list/reading-list.db" | cut -d' ' -f1)
  check "$kind: the release installs over it as an upgrade" install_new
  check "$kind: it is $version-1" test "$(installed 2>/dev/null)" = "$version-1"
  check "$kind: the menu entry is still there" test -f "$root/usr/share/applications/reading-list-reading-list.desktop"
  check "$kind: the package manager left the library alone" \
    bash -c "[ \"\$(sha256sum '$home/data/reading-list/reading-list.db' | cut -d' ' -f1)\" = '$before' ]"
  check "$kind: the release opens it with the note and the read mark" bash -c "
    $(declare -f user_session library_as_left); id='$id' note='$note'
    library_as_left '$root' '$home'"
done
echo "upgrade: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
