def shell_arg(value: str) -> str:
    return value.strip().replace(";", "")
