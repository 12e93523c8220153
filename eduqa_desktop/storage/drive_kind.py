"""Where does a file lie: a local disk, a network share, or a removable disk?

SQLite's documentation advises against a database on a network file system (its locks are
not reliable there) and a removable disk can be pulled out in the middle of a write; the app
warns when a database is opened from either. Windows answers through GetDriveTypeW; Linux
through the file system type of the mount (/proc/mounts) and the block device's `removable`
flag; elsewhere the answer is "unknown", which warns of nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCAL, NETWORK, REMOVABLE, UNKNOWN = "local", "network", "removable", "unknown"
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs",
    "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone", "fuse.s3fs",
}  # fmt: skip


def drive_kind(path: Path) -> str:
    try:
        target = path.resolve()
    except OSError:
        return UNKNOWN
    if sys.platform == "win32":
        return _windows_kind(target)
    if sys.platform.startswith("linux"):
        return _linux_kind(target)
    return UNKNOWN


def _windows_kind(path: Path) -> str:
    import ctypes

    if str(path).startswith("\\\\"):
        return NETWORK  # a UNC path: \\server\share
    root = path.anchor or str(path)[:3]
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    return {2: REMOVABLE, 3: LOCAL, 4: NETWORK, 5: REMOVABLE, 6: LOCAL}.get(kind, UNKNOWN)


def _linux_kind(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return UNKNOWN
    best: tuple[int, str, str] | None = None  # (length of mount point, device, type)
    text = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, kind = parts[0], parts[1].replace("\\040", " "), parts[2]
        if (text == point or text.startswith(point.rstrip("/") + "/")) and (
            best is None or len(point) > best[0]
        ):
            best = (len(point), device, kind)
    if best is None:
        return UNKNOWN
    _, device, kind = best
    if kind in NETWORK_FILE_SYSTEMS or device.startswith("//"):
        return NETWORK
    if device.startswith("/dev/") and _removable(device):
        return REMOVABLE
    return LOCAL


def _removable(device: str) -> bool:
    """/dev/sdb1 → /sys/block/sdb/removable is "1" (USB sticks, card readers)."""
    name = os.path.basename(os.path.realpath(device))
    block = Path("/sys/class/block") / name
    try:
        disk = block.resolve().parent if (block / "partition").exists() else block.resolve()
        return (disk / "removable").read_text().strip() == "1"
    except OSError:
        return False
