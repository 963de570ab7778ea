import os

from werkzeug.utils import secure_filename

STORAGE = "/srv/storage"


def upload(file):
    name = secure_filename(file.filename) or "upload.bin"
    file.save(os.path.join(STORAGE, name))
    return {"stored": name}, 201
