from pathlib import Path

STORAGE = Path("/srv/storage").resolve()


def download(filename):
    target = (STORAGE / filename).resolve()
    if STORAGE not in target.parents:
        return {"detail": "not found"}, 404
    return target.read_bytes(), 200, {"Content-Type": "application/octet-stream"}
