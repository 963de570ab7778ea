from flask import Flask, request

from .sanitizers import display_text

app = Flask(__name__)


@app.get("/wishlist/shared")
def shared_wishlist():
    owner = display_text(request.args.get("owner", "someone"))
    return f"<h1>{owner}'s wishlist</h1><ul id='items'></ul>"
