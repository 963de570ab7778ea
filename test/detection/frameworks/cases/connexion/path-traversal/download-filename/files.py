import os

STORAGE = "/srv/storage"


def download(filename):
    with open(os.path.join(STORAGE, filename), "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/octet-stream"}
