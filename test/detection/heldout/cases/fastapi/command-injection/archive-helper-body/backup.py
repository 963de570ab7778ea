import subprocess
from datetime import date


def archive(directory: str) -> str:
    target = f"/backups/{date.today():%Y%m%d}.tgz"
    subprocess.run(f"tar czf {target} {directory}", shell=True, check=True)
    return target
