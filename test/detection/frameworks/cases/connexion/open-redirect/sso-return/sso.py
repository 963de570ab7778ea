from flask import redirect


def complete(return_url):
    return redirect(return_url, code=302)
