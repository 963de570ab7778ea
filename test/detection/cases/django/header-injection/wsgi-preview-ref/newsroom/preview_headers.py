def preview_header(ref):
    return ("X-Preview-Ref", ref.strip())
