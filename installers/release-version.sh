#!/usr/bin/env bash
# The version a build packages, from pom.xml, as "version=X" for $GITHUB_OUTPUT. Given a release tag,
# it also checks that the tag is v<that version> and that the version is a release (MAJOR.MINOR.PATCH,
# no -SNAPSHOT): a tag never builds whatever the pom happens to say.
# Usage: installers/release-version.sh [TAG]
set -euo pipefail
pom="$(cd "$(dirname "$0")/.." && pwd)/pom.xml"
# The project's own version: the first <version> after its own artifactId.
version=$(sed -n '/<artifactId>reading-list<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' "$pom" | head -n 1)
if [ -z "$version" ]; then
  echo "release-version.sh: no project version in $pom" >&2
  exit 1
fi
if [ -n "${1:-}" ]; then
  tag=$1
  if [ "$tag" != "v$version" ]; then
    echo "::error::The tag $tag does not match pom.xml's version $version: set the version to ${tag#v} in pom.xml, commit, and tag that commit." >&2
    exit 1
  fi
  if ! [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "::error::A release is MAJOR.MINOR.PATCH; pom.xml says $version." >&2
    exit 1
  fi
fi
echo "version=$version"
