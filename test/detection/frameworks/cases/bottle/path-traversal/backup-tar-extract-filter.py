import tarfile
import tempfile

from bottle import Bottle, request

app = Bottle()


@app.post("/admin/restore")
def restore_backup():
    archive = request.files.get("backup")
    target = tempfile.mkdtemp(prefix="restore-")
    with tarfile.open(fileobj=archive.file, mode="r:gz") as tar:
        tar.extractall(target, filter="data")
    return {"restored_to": target}
