from io import BytesIO

from flask import Flask, abort, request, send_file
from PIL import Image, ImageMath

app = Flask(__name__)
PRESETS = {"invert": "255 - a", "threshold": "(a > 128) * 255", "darken": "a / 2"}


@app.post("/images/filter")
def filter_image():
    expression = PRESETS.get(request.form.get("preset"))
    if expression is None:
        abort(400)
    img = Image.open(request.files["image"].stream).convert("L")
    out = ImageMath.eval(expression, a=img).convert("L")
    buf = BytesIO()
    out.save(buf, "PNG")
    buf.seek(0)
    return send_file(buf, mimetype="image/png")
