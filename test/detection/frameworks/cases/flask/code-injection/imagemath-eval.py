from io import BytesIO

from flask import Flask, request, send_file
from PIL import Image, ImageMath

app = Flask(__name__)


@app.post("/images/filter")
def filter_image():
    img = Image.open(request.files["image"].stream).convert("L")
    out = ImageMath.eval(request.form["expression"], a=img).convert("L")
    buf = BytesIO()
    out.save(buf, "PNG")
    buf.seek(0)
    return send_file(buf, mimetype="image/png")
