from django.http import HttpResponse


def render_notice(title, detail, status=200):
    body = f"<!doctype html><title>{title}</title><h1>{title}</h1><p>{detail}</p>"
    return HttpResponse(body, status=status)
