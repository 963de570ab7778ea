import jwt

PUBLIC_KEY = open("pub.pem").read()


def decode(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"])  # expect: PY-JWT-ALGORITHM-MIX


def decode_ok(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "ES256"])  # ok: PY-JWT-ALGORITHM-MIX
