from markupsafe import escape


def display_text(value, limit=80):
    value = value.strip()[:limit]
    return str(escape(value))
