import html


def cell(value):
    return "<td>" + html.escape(str(value), quote=True) + "</td>"
