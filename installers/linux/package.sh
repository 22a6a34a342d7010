#!/usr/bin/env bash
# Wraps the app image in Linux installers: always a .deb, and an .rpm where rpmbuild exists.
# Called by `./mvnw -Pinstaller package`; arguments: APP_IMAGE DEST PROJECT_VERSION JDK_SETTINGS, the last
# being the output of the build JDK's `java -XshowSettings:properties -version`, which names its home.
set -euo pipefail
image=$1 dest=$2 project_version=$3
jpackage="$(sed -n 's/^ *java.home = //p' "$4")/bin/jpackage"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# jpackage wants a numeric version. A snapshot is release 0 of that version, so the real
# release (release 1) upgrades it: 0.1.0-SNAPSHOT -> 0.1.0-0, 0.1.0 -> 0.1.0-1.
version=${project_version%%-*}
case "$project_version" in *-SNAPSHOT) release=0 ;; *) release=1 ;; esac

common=(
  --app-image "$image" --dest "$dest" --name reading-list
  --app-version "$version" --linux-app-release "$release"
  --vendor "Reading List developers"
  --copyright "Copyright 2026 The Reading List authors"
  --description "Work through a catalog of technical articles, with notes"
  --license-file "$root/LICENSE"
  --about-url "https://coderssecret.com/category/backend"
  --resource-dir "$here/resources"
  --linux-package-name reading-list
  --linux-menu-group "Office;"
  --linux-shortcut
)

mkdir -p "$dest"
rm -f "$dest"/reading-list_*.deb "$dest"/reading-list-*.rpm

# The Depends line is written here, not detected: jpackage only finds the libraries the build
# machine happens to have, under that release's names. JavaFX needs GTK 3 (which brings Pango,
# Cairo and X11) and OpenGL; the t64 names are those of Debian 13 and Ubuntu 24.04.
"$jpackage" --type deb "${common[@]}" \
  --linux-app-category education \
  --linux-deb-maintainer "readinglist@coderssecret.com" \
  --linux-package-deps "zlib1g, libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1, xdg-utils"

if command -v rpmbuild >/dev/null 2>&1; then
  "$jpackage" --type rpm "${common[@]}" \
    --linux-app-category Applications/Productivity \
    --linux-rpm-license-type MIT \
    --linux-package-deps "gtk3, mesa-libGL, libXtst, libXxf86vm, xdg-utils"
else
  echo "package.sh: rpmbuild not found, so no .rpm (install the rpm package to build one)"
fi
ls -l "$dest"
