import html

import jinja2

from django.http import HttpResponse, JsonResponse
from django.template import Context, Engine, loader
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, request as freq
from markupsafe import escape as mescape

api = FastAPI()
app = Flask(__name__)


def greet(request):
    name = request.GET.get("name", "")
    if request.GET.get("plain"):
        return HttpResponse(name, content_type="text/plain")  # ok: PY-INJ-XSS
    if request.GET.get("json"):
        return JsonResponse({"name": name})  # ok: PY-INJ-XSS
    if request.GET.get("safe"):
        return HttpResponse(f"<p>Hello {escape(name)}</p>")  # ok: PY-INJ-XSS
    banner = mark_safe(f"<b>{name}</b>")  # expect: PY-INJ-XSS
    fine = format_html("<b>{}</b>", name)  # ok: PY-INJ-XSS
    return HttpResponse(f"<p>Hello {name}</p>{banner}{fine}")  # expect: PY-INJ-XSS


@api.get("/page", response_class=HTMLResponse)
def page(q: str = ""):
    return f"<p>{q}</p>"  # expect: PY-INJ-XSS


@api.get("/page2")
def page2(q: str = ""):
    return HTMLResponse(f"<p>{html.escape(q)}</p>")  # ok: PY-INJ-XSS


@app.get("/search")
def search():
    q = freq.args.get("q", "")
    if freq.args.get("escaped"):
        return f"<p>{mescape(q)}</p>"  # ok: PY-INJ-XSS
    return f"<p>Results for {q}</p>"  # expect: PY-INJ-XSS


def error_page(request, template_name="error.html"):
    # A Django template's render() autoescapes what it prints.
    reason = request.GET.get("reason", "")
    template = loader.get_template(template_name)
    if request.GET.get("plain"):
        return HttpResponse(reason, "text/plain")  # ok: PY-INJ-XSS
    if request.GET.get("page"):
        return HttpResponse(template.render({"reason": reason}, request))  # ok: PY-INJ-XSS
    if request.GET.get("engine"):
        return HttpResponse(Engine.get_default().from_string("<p>{{ r }}</p>").render(Context({"r": reason})))  # ok: PY-INJ-XSS
    # Jinja2's Environment does not autoescape unless told to.
    return HttpResponse(jinja2.Environment().from_string("<p>{{ r }}</p>").render(r=reason))  # expect: PY-INJ-XSS


def traced_page(request):
    # The trace id a profiler's context manager hands out is its own, whatever info it was given.
    from openstack_dashboard.contrib.developer.profiler import api as profiler_api

    info = {"path": request.path, "query": request.GET.urlencode()}
    with profiler_api.traced(request, "page", info) as trace_id:
        if request.GET.get("echo"):
            return HttpResponse("<p>%s</p>" % info["path"])  # expect: PY-INJ-XSS
        return HttpResponse("<p>Traced with id %s</p>" % trace_id)  # ok: PY-INJ-XSS
