import ldap
from fastapi import FastAPI
from ldap.filter import escape_filter_chars

app = FastAPI()


@app.get("/operators")
def find_operator(badge: str):
    conn = ldap.initialize("ldaps://ldap.inventory.example")
    conn.simple_bind_s()
    flt = "(employeeNumber=" + escape_filter_chars(badge) + ")"
    res = conn.search_s("ou=operators,dc=inventory,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return [dn for dn, _ in res]
