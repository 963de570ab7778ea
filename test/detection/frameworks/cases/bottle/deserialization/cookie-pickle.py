import base64
import pickle

from bottle import Bottle, request

app = Bottle()


@app.get("/prefs")
def prefs():
    raw = request.get_cookie("prefs")
    return pickle.loads(base64.b64decode(raw)) if raw else {}
