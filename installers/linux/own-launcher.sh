#!/usr/bin/env bash
# Replaces jpackage's launcher in a Linux app image with installers/linux/launcher.sh (why: see there).
# The runtime keeps its java, renamed reading-list; its other commands and jpackage's launcher library go.
# Usage: installers/linux/own-launcher.sh APP_IMAGE   (target/dist/reading-list)
set -euo pipefail
image=$1
here=$(cd "$(dirname "$0")" && pwd)
runtime_bin="$image/lib/runtime/bin"
if [ ! -x "$runtime_bin/java" ]; then
    echo "own-launcher: $runtime_bin/java is missing (jlink must keep the runtime's commands on Linux)" >&2
    exit 1
fi
find "$runtime_bin" -mindepth 1 ! -name java -delete
mv "$runtime_bin/java" "$runtime_bin/reading-list"
for launcher in "$image"/bin/*; do
    install -m 755 "$here/launcher.sh" "$launcher"
done
rm -f "$image/lib/libapplauncher.so"
