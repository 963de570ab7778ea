import os
import subprocess


def thumbnail(path):
    subprocess.run(f"convert {path} out.png", shell=True)  # hotspot: PY-INJ-SHELL-DYNAMIC
    subprocess.run(["convert", path, "out.png"], check=True)  # ok: PY-INJ-SHELL-DYNAMIC
    subprocess.run("convert in.png out.png", shell=True)  # ok: PY-INJ-SHELL-DYNAMIC
    os.system("rm -rf " + path)  # hotspot: PY-INJ-SHELL-DYNAMIC
    os.system("sync")  # ok: PY-INJ-SHELL-DYNAMIC
