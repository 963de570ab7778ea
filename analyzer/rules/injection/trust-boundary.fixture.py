from flask import Flask, request, session

app = Flask(__name__)
CURRENCIES = {"EUR", "USD"}


@app.post("/prefs")
def prefs():
    session["affiliate"] = request.args.get("aff", "")  # expect: PY-INJ-TRUST
    currency = request.form.get("currency", "EUR")
    if currency in CURRENCIES:
        session["currency"] = currency  # ok: PY-INJ-TRUST
    session["page_size"] = min(int(request.form.get("size", "20")), 100)  # ok: PY-INJ-TRUST
    return "ok"
