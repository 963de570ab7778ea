import shlex
import subprocess


def run_quoted(program, *args):
    line = " ".join([program, *(shlex.quote(a) for a in args)])
    return subprocess.run(line, shell=True, capture_output=True, text=True, timeout=30)
