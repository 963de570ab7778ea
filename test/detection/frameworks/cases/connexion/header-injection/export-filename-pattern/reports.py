import re

SAFE_NAME = re.compile(r"[\w.-]{1,64}", re.ASCII)


def export(filename="report.csv"):
    if not SAFE_NAME.fullmatch(filename):
        filename = "report.csv"
    csv = "month,revenue\n2024-01,1200\n"
    return csv, 200, {"Content-Type": "text/csv", "Content-Disposition": f"attachment; filename={filename}"}
