from flask import Flask, render_template_string

app = Flask(__name__)
PAGE = "<h1>Something went wrong</h1><p>Please try again or contact support@example.com.</p>"


@app.errorhandler(500)
def server_error(err):
    app.logger.error("server error: %s", getattr(err, "original_exception", err))
    return render_template_string(PAGE), 500
