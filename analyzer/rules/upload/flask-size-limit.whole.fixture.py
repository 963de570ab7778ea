import csv
import io

from flask import Flask, request

app = Flask(__name__)  # expect: PY-UPLOAD-FLASK-SIZE-LIMIT


@app.post("/contacts/import")
def import_csv():
    upload = request.files["contacts"]
    text = upload.read().decode("utf-8-sig")
    return {"rows": len(list(csv.DictReader(io.StringIO(text))))}
