import hashlib
import base64
from hashlib import md5

import bcrypt
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


class User:
    def set_password(self, raw):
        self.password_hash = hashlib.md5(raw.encode()).hexdigest()  # expect: PY-CRYPTO-WEAK-PASSWORD-HASH

    def check_password(self, raw):
        digest = hashlib.new("sha1", raw.encode()).hexdigest()  # expect: PY-CRYPTO-WEAK-PASSWORD-HASH
        return digest == self.password_hash


@app.post("/register")
def register():
    password = request.form["password"]
    salt = "s4lt"
    stored = hashlib.sha256((salt + password).encode()).hexdigest()  # expect: PY-CRYPTO-WEAK-PASSWORD-HASH
    legacy = md5(password.encode()).hexdigest()  # expect: PY-CRYPTO-WEAK-PASSWORD-HASH
    proper = generate_password_hash(password)  # ok: PY-CRYPTO-WEAK-PASSWORD-HASH
    return {"stored": stored, "legacy": legacy, "proper": proper}


def prehash_for_bcrypt(password):
    return bcrypt.hashpw(base64.b64encode(hashlib.sha256(password.encode()).digest()), bcrypt.gensalt())  # ok: PY-CRYPTO-WEAK-PASSWORD-HASH


def pbkdf2(password, salt):
    return hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 600_000)  # ok: PY-CRYPTO-WEAK-PASSWORD-HASH


def etag_for(body):
    return hashlib.md5(body).hexdigest()  # ok: PY-CRYPTO-WEAK-PASSWORD-HASH


def gravatar_url(email):
    return "https://www.gravatar.com/avatar/" + hashlib.md5(email.lower().encode()).hexdigest()  # ok: PY-CRYPTO-WEAK-PASSWORD-HASH


def password_cache_key(user_id):
    return hashlib.md5(str(user_id).encode(), usedforsecurity=False).hexdigest()  # ok: PY-CRYPTO-WEAK-PASSWORD-HASH
