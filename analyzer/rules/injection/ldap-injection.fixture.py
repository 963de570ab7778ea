import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")


@app.get("/users")
def users():
    uid = request.args["uid"]
    a = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={uid})")  # expect: PY-INJ-LDAP
    b = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={escape_filter_chars(uid)})")  # ok: PY-INJ-LDAP
    return {"a": len(a), "b": len(b)}
