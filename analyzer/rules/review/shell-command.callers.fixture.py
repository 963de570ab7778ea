# assay-fixture: path=media/views.py
import os
import re
import sys

from flask import Flask, request

app = Flask(__name__)
GEOMETRY = re.compile(r"\d{1,4}x\d{1,4}")


# Its only caller passes a route's int and a geometry the helper checks in full: judged clean.
def resize(image_id, geometry):
    if GEOMETRY.fullmatch(geometry) is None:
        raise ValueError("bad geometry")
    os.system(f"convert {image_id}.png -resize {geometry} out.png")  # ok: PY-INJ-SHELL-DYNAMIC


# Called only from a script's main, which no request reaches and nothing calls: not judged.
def rotate(image_id, angle):
    os.system(f"convert {image_id}.png -rotate {angle} out.png")  # hotspot: PY-INJ-SHELL-DYNAMIC


def crop(image_id, box):
    # One caller passes the form's box as it came: the dataflow finding stands for this line.
    os.system(f"convert {image_id}.png -crop {box} out.png")  # ok: PY-INJ-SHELL-DYNAMIC


@app.post("/images/<int:image_id>/resize")
def resize_view(image_id):
    resize(image_id, request.form["geometry"])
    return "ok"


@app.post("/images/<int:image_id>/crop")
def crop_view(image_id):
    crop(image_id, "10x10+0+0")
    crop(image_id, request.form.get("box", "10x10"))  # expect: PY-INJ-CMD
    return "ok"


def main():
    rotate(sys.argv[1], sys.argv[2])


# A method may override one a framework calls with other data: its project callers do not decide.
class Converter:
    def run(self, name):
        os.system(f"convert {name} out.png")  # hotspot: PY-INJ-SHELL-DYNAMIC


@app.post("/convert")
def convert_view():
    Converter().run("fixed.png")
    return "ok"
