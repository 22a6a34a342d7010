#!/usr/bin/env bash
# Wraps the app image ("Reading List.app") in a .dmg for this Mac's architecture, signed and notarized
# when the credentials are there. Called by `./mvnw -Pinstaller package` on macOS; arguments: APP_IMAGE
# DEST PROJECT_VERSION JDK_SETTINGS [BUILD_NUMBER] (as in installers/linux/package.sh). Built by the
# GitHub workflow on an Apple-silicon and an Intel runner: jpackage cannot make a universal app, since
# the runtime, the native libraries and the AOT cache are each of one architecture.
#
# Signing (Developer ID) and notarization, each only when its variables are set:
#   MACOS_SIGNING_IDENTITY  e.g. "Developer ID Application: Jane Doe (TEAMID1234)"
#   MACOS_KEYCHAIN          the keychain holding it (optional; the default search list otherwise)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an Apple ID, its team and an app-specific password
# The app is signed after its AOT cache is written (a signature covers every file of the bundle),
# by jpackage, with the hardened runtime and its entitlements for Java; then the .dmg is built,
# signed, notarized and stapled. Without the variables the .dmg is unsigned, and says so.
set -euo pipefail
image=$1 dest=$2 project_version=$3
jpackage="$(sed -n 's/^ *java.home = //p' "$4")/bin/jpackage"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${project_version%%-*}
case "$(uname -m)" in
  arm64 | aarch64) arch=arm64 ;;
  x86_64) arch=x86_64 ;;
  *) echo "package.sh: unknown architecture $(uname -m)" >&2; exit 1 ;;
esac

sign=()
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  sign=(--mac-sign --mac-app-image-sign-identity "$MACOS_SIGNING_IDENTITY")
  if [ -n "${MACOS_KEYCHAIN:-}" ]; then
    sign+=(--mac-signing-keychain "$MACOS_KEYCHAIN")
  fi
  echo "package.sh: signing the app as $MACOS_SIGNING_IDENTITY"
  "$jpackage" --type app-image --app-image "$image" "${sign[@]}"
  codesign --verify --deep --strict --verbose=2 "$image"
else
  echo "package.sh: MACOS_SIGNING_IDENTITY is not set, so the app and the .dmg are not signed"
fi

mkdir -p "$dest"
rm -f "$dest"/*.dmg
"$jpackage" --type dmg --app-image "$image" --dest "$dest" --name "Reading List" \
  --app-version "$version" \
  --vendor "Reading List developers" \
  --copyright "Copyright 2026 The Reading List authors" \
  --description "Work through a catalog of technical articles, with notes" \
  --license-file "$root/LICENSE" \
  --about-url "https://coderssecret.com/category/backend" \
  ${sign[@]+"${sign[@]}"}
dmg="$dest/reading-list-$project_version-$arch.dmg"
mv "$dest"/*.dmg "$dmg"

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  codesign --sign "$MACOS_SIGNING_IDENTITY" --timestamp ${MACOS_KEYCHAIN:+--keychain "$MACOS_KEYCHAIN"} "$dmg"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    echo "package.sh: notarizing $dmg (this waits for Apple)"
    result=$(xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --output-format json)
    echo "$result"
    if ! grep -q '"status" *: *"Accepted"' <<<"$result"; then
      echo "package.sh: notarization was not accepted; 'xcrun notarytool log <id>' says why" >&2
      exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  else
    echo "package.sh: APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set, so the .dmg is signed but not notarized"
  fi
fi
ls -l "$dest"
