import os
from pathlib import Path


def save(path, data, private_key_path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)  # hotspot: PY-FILE-PERMISSIVE-MODE
    os.write(fd, data)
    os.chmod(path, 0o600)  # ok: PY-FILE-PERMISSIVE-MODE
    os.chmod(path, 0o644)  # ok: PY-FILE-PERMISSIVE-MODE
    os.chmod(private_key_path, 0o644)  # hotspot: PY-FILE-PERMISSIVE-MODE
    os.makedirs("/srv/app/cache", mode=0o755)  # ok: PY-FILE-PERMISSIVE-MODE
    os.makedirs("/srv/app/uploads", mode=0o777)  # hotspot: PY-FILE-PERMISSIVE-MODE
    Path(path).chmod(0o666)  # hotspot: PY-FILE-PERMISSIVE-MODE
    os.umask(0)  # hotspot: PY-FILE-PERMISSIVE-MODE
    os.umask(0o077)  # ok: PY-FILE-PERMISSIVE-MODE
