import ldap
from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
BASE_DN = "ou=people,dc=shop,dc=example"


@app.route("/admin/directory")
def directory_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.shop.example")
    conn.simple_bind_s("cn=reader,dc=shop,dc=example", app.config["LDAP_PASSWORD"])
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    entries = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "mail": attrs.get("mail", [b""])[0].decode()} for dn, attrs in entries])
