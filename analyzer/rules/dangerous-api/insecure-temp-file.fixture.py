import csv
import tempfile
from tempfile import mktemp


def export_orders(orders):
    path = tempfile.mktemp(suffix=".csv")  # expect: PY-API-MKTEMP
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(orders)
    return path


def export_invoices(rows):
    path = mktemp()  # expect: PY-API-MKTEMP
    with open(path, "w") as fh:
        fh.write("\n".join(rows))
    return path


def export_orders_safely(orders):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:  # ok: PY-API-MKTEMP
        csv.writer(fh).writerows(orders)
        return fh.name


def scratch_dir():
    return tempfile.mkdtemp(prefix="export-")  # ok: PY-API-MKTEMP
