import ldap
from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    conn = ldap.initialize("ldaps://ldap.shop.example")
    result = conn.search_s(
        "ou=people,dc=shop,dc=example", ldap.SCOPE_SUBTREE, "(&(uid=%s)(memberOf=cn=admins))" % username
    )
    if not result:
        return redirect("/login?failed=1")
    dn = result[0][0]
    conn.simple_bind_s(dn, request.form["password"])
    session["dn"] = dn
    return redirect("/")
