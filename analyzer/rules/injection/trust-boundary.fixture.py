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


def set_language(request):
    # check_for_language() accepts only a well-formed code of an installed translation.
    from django.utils.translation import check_for_language

    lang_code = request.POST.get("language")
    if lang_code and check_for_language(lang_code):
        request.session["django_language"] = lang_code  # ok: PY-INJ-TRUST
    request.session["last_language"] = request.POST.get("language")  # expect: PY-INJ-TRUST
