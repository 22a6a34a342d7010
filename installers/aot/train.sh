#!/usr/bin/env bash
# Gives the app image a JDK 25 AOT cache, trained on the image itself (a cache made with another
# runtime is refused, and one made on another CPU architecture too: each build trains its own): one
# recorded start that goes on past the first frame to the window's first use (--probe: the first
# rows, a search typed key by key, a sort by title), on JavaFX's headless platform so no display is
# needed; then the cache is created and every launcher of the image pointed at it. Trained to the
# first frame only, the cache left the table's rows, cells and their lambdas to be loaded and linked
# in the pulse that first showed rows: 114-123 ms against 84-96 ms with this run (issue 16). On any failure the image is left as
# it was, without a cache: the app only starts slower.
#
# The training run gets a home, data, cache and config folder of its own (-Duser.home and the XDG
# variables), so it never writes into the build user's real folders (~/Library on macOS included).
# Usage: installers/aot/train.sh APP_IMAGE   (target/dist/reading-list, or "target/dist/Reading List.app")
set -uo pipefail
image=$1
# The launcher named reading-list exists on every OS (the window's own is "Reading List" on macOS and
# Windows); all launchers of an image share its options, so one training serves them all.
cfg=$(find "$image" -name 'reading-list.cfg' | head -n 1)
# (On Linux the runtime's java is named reading-list too: see installers/linux/launcher.sh.)
launcher=$(find "$image" \( -path '*/bin/reading-list' -o -path '*/MacOS/reading-list' \) ! -path '*/runtime/*' -type f \
    | head -n 1)
if [ -z "$cfg" ] || [ -z "$launcher" ]; then
    echo "aot: no launcher or .cfg in $image; no AOT cache" >&2
    exit 0
fi
app=$(dirname "$cfg")
work=$(mktemp -d)
cp "$cfg" "$work/original.cfg"
restore() { cp "$work/original.cfg" "$cfg"; rm -rf "$work"; }
give_up() { echo "aot: $1; the image keeps no AOT cache" >&2; restore; rm -f "$app/reading-list.aot" "$app/reading-list.aotconf"; exit 0; }

mkdir -p "$work/home"
# shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded when it reads the .cfg
{ cat "$work/original.cfg"
  echo 'java-options=-XX:AOTMode=record'
  echo 'java-options=-XX:AOTConfiguration=$APPDIR/reading-list.aotconf'
  echo "java-options=-Duser.home=$work/home"
  echo 'java-options=-Dglass.platform=Headless'
  echo 'java-options=-Dprism.order=sw'; } > "$cfg"
env -u DISPLAY XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" \
    "$launcher" --db "$work/train.db" --probe > "$work/record.log" 2>&1 \
    || give_up "the training start failed ($(tail -n 1 "$work/record.log"))"

# shellcheck disable=SC2016
{ cat "$work/original.cfg"
  echo 'java-options=-XX:AOTMode=create'
  echo 'java-options=-XX:AOTConfiguration=$APPDIR/reading-list.aotconf'
  echo 'java-options=-XX:AOTCache=$APPDIR/reading-list.aot'
  echo "java-options=-Duser.home=$work/home"; } > "$cfg"
# shellcheck disable=SC2015 # either failing gives up
env XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" \
    "$launcher" --version > "$work/create.log" 2>&1 && [ -s "$app/reading-list.aot" ] \
    || give_up "creating the cache failed ($(tail -n 1 "$work/create.log"))"

rm -f "$app/reading-list.aotconf"
cp "$work/original.cfg" "$cfg"
launchers=()
for each in "$app"/*.cfg; do
    # shellcheck disable=SC2016
    echo 'java-options=-XX:AOTCache=$APPDIR/reading-list.aot' >> "$each"
    launchers+=("$(basename "$each" .cfg)")
done
rm -rf "$work"
echo "aot: cache $(du -h "$app/reading-list.aot" | cut -f1) written for ${launchers[*]}"
