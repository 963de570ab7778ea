import shlex


def shell_arg(value: str) -> str:
    return shlex.quote(value.strip())
