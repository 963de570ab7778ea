from defusedxml import pulldom


def application(environ, start_response):
    events = pulldom.parse(environ["wsgi.input"])
    names = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "name":
            events.expandNode(node)
            names.append(node.firstChild.data if node.firstChild else "")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return ["\n".join(names).encode()]
