from registry import mirrors


def list_mirrors():
    return [m.name for m in mirrors.all()]


def remove_mirror(name):
    mirrors.remove(name)
    return None, 204
