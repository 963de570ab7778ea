from markupsafe import escape
from werkzeug.wrappers import Request, Response


@Request.application
def application(request):
    title = escape(request.form.get("title", ""))
    return Response(f"<article><h2>{title}</h2><p>Draft saved.</p></article>", mimetype="text/html")
