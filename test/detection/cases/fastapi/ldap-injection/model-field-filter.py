import ldap
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class OperatorQuery(BaseModel):
    team: str
    active_only: bool = True


def build_filter(team, active_only):
    base = "(&(objectClass=person)(ou={}))".format(team)
    return "(&" + base + "(!(nsAccountLock=TRUE)))" if active_only else base


@app.post("/operators/search")
def search(q: OperatorQuery):
    conn = ldap.initialize("ldaps://ldap.inventory.example")
    res = conn.search_s("dc=inventory,dc=example", ldap.SCOPE_SUBTREE, build_filter(q.team, q.active_only))
    return [dn for dn, _ in res]
