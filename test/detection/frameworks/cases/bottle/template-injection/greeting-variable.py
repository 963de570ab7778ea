from bottle import Bottle, request, template

app = Bottle()


@app.post("/cards/preview")
def preview_card():
    greeting = request.forms.getunicode("greeting", "Happy birthday!")
    recipient = request.forms.getunicode("recipient", "friend")
    return template("<div class='card'>{{greeting}}, {{recipient}}</div>", greeting=greeting, recipient=recipient)
