import re

DRAFT_REF = re.compile(r"[A-Za-z0-9_-]{1,40}")


def preview_header(ref):
    if DRAFT_REF.fullmatch(ref) is None:
        return None
    return ("X-Preview-Ref", ref)
