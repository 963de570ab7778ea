import traceback

from flask import Flask, render_template_string

app = Flask(__name__)
PAGE = "<h1>Something went wrong</h1><pre>{{ trace }}</pre>"


@app.errorhandler(500)
def server_error(err):
    original = getattr(err, "original_exception", err)
    trace = "".join(traceback.format_exception(original))
    return render_template_string(PAGE, trace=trace), 500
