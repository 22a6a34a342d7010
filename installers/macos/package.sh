#!/usr/bin/env bash
# Wraps the app image in a macOS .dmg. Called by `./mvnw -Pinstaller package` on macOS;
# arguments: APP_IMAGE DEST PROJECT_VERSION JDK_SETTINGS (as in installers/linux/package.sh). Built by
# the GitHub workflow, not on Linux.
set -euo pipefail
image=$1 dest=$2 project_version=$3
jpackage="$(sed -n 's/^ *java.home = //p' "$4")/bin/jpackage"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${project_version%%-*}

mkdir -p "$dest"
"$jpackage" --type dmg --app-image "$image" --dest "$dest" --name "Reading List" \
  --app-version "$version" \
  --vendor "Reading List developers" \
  --copyright "Copyright 2026 The Reading List authors" \
  --description "Work through a catalog of technical articles, with notes" \
  --license-file "$root/LICENSE" \
  --mac-package-identifier dev.readinglist \
  --mac-package-name "Reading List"
ls -l "$dest"
