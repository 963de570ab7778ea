SORTABLE = {"created", "total", "status", "customer_name"}


def sort_column(name: str) -> str:
    return name.lstrip("-").strip('"')
