import subprocess
import time


def run_backup(name, directory):
    archive = f"/var/backups/{int(time.time())}.tar.gz"
    subprocess.run(f"tar -czf {archive} {directory}", shell=True, check=True)
    return archive
