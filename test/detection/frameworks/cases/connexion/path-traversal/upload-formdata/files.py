import os

STORAGE = "/srv/storage"


def upload(file):
    file.save(os.path.join(STORAGE, file.filename))
    return {"stored": file.filename}, 201
