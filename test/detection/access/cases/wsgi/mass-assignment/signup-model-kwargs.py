from urllib.parse import parse_qs

from werkzeug.security import generate_password_hash

from .models import Session, User


def signup(environ, start_response):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    raw = parse_qs(environ["wsgi.input"].read(size).decode())
    form = {k: v[0] for k, v in raw.items()}
    user = User(**form)
    user.password_hash = generate_password_hash(form["password"])
    session = Session()
    session.add(user)
    session.commit()
    start_response("201 Created", [("Content-Type", "text/plain")])
    return [b"created"]
