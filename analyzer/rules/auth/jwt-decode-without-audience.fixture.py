import jwt

KEY = "from-settings"


def issue(user):
    return jwt.encode({"sub": user.id, "aud": "billing", "exp": 1}, KEY, algorithm="HS256")


def read(token):
    return jwt.decode(token, KEY, algorithms=["HS256"])  # hotspot: PY-JWT-NO-AUDIENCE


def read_ok(token):
    return jwt.decode(token, KEY, algorithms=["HS256"], audience="billing")  # ok: PY-JWT-NO-AUDIENCE
