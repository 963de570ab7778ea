import tarfile
import zipfile
from pathlib import Path

IMPORT_DIR = Path("/srv/shop/imports")


def import_catalog(upload_path):
    with tarfile.open(upload_path) as tar:
        tar.extractall(IMPORT_DIR)  # expect: PY-API-TARFILE-EXTRACT


def import_theme(upload_path):
    archive = tarfile.open(upload_path, "r:gz")
    archive.extract("theme.css", IMPORT_DIR)  # expect: PY-API-TARFILE-EXTRACT
    archive.close()


def restore_backup(path):
    tarfile.open(path).extractall("/srv/shop/restore")  # expect: PY-API-TARFILE-EXTRACT


def import_catalog_safely(upload_path):
    with tarfile.open(upload_path) as tar:
        tar.extractall(IMPORT_DIR, filter="data")  # ok: PY-API-TARFILE-EXTRACT


def import_images(upload_path):
    with zipfile.ZipFile(upload_path) as zf:
        zf.extractall(IMPORT_DIR)  # ok: PY-API-TARFILE-EXTRACT


def import_selected(upload_path):
    with tarfile.open(upload_path) as tar:
        safe = [m for m in tar.getmembers() if m.isfile() and not m.name.startswith(("/", ".."))]
        tar.extractall(IMPORT_DIR, members=safe)  # ok: PY-API-TARFILE-EXTRACT
