SORTABLE = {"created", "total", "status", "customer_name"}


def sort_column(name: str) -> str:
    column = name.lstrip("-")
    if column not in SORTABLE:
        raise ValueError(f"cannot sort by {column}")
    return column
