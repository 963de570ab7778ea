import html

from django.http import HttpResponse, JsonResponse
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
