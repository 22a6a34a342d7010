#!/usr/bin/env python3
"""Writes reading-list.icns from the PNG exports, with every size macOS asks for, @2x included.

png2icns picks one slot per pixel size, so a 256 px image fills 256x256 but not 128x128@2x, and
Finder and the Dock on a Retina screen then scale a smaller one up. An .icns is simple: the magic
'icns', the file's length, then one entry per slot (type, length, PNG bytes).

Usage: python3 icns.py OUT.icns DIR   (DIR holds reading-list-<size>.png for 16, 32, 64, 128, 256, 512, 1024)
"""
import struct
import sys
from pathlib import Path

# (type, pixels): the slot for each point size at 1x and 2x.
SLOTS = [
    (b"icp4", 16),    # 16x16
    (b"ic11", 32),    # 16x16@2x
    (b"icp5", 32),    # 32x32
    (b"ic12", 64),    # 32x32@2x
    (b"ic07", 128),   # 128x128
    (b"ic13", 256),   # 128x128@2x
    (b"ic08", 256),   # 256x256
    (b"ic14", 512),   # 256x256@2x
    (b"ic09", 512),   # 512x512
    (b"ic10", 1024),  # 512x512@2x
]
PNG = b"\x89PNG\r\n\x1a\n"


def main(out: Path, folder: Path) -> None:
    entries = b""
    for kind, pixels in SLOTS:
        data = (folder / f"reading-list-{pixels}.png").read_bytes()
        if not data.startswith(PNG):
            raise SystemExit(f"reading-list-{pixels}.png is not a PNG")
        width, height = struct.unpack(">II", data[16:24])
        if (width, height) != (pixels, pixels):
            raise SystemExit(f"reading-list-{pixels}.png is {width}x{height}")
        entries += kind + struct.pack(">I", len(data) + 8) + data
    out.write_bytes(b"icns" + struct.pack(">I", len(entries) + 8) + entries)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
