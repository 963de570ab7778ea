from typing import Literal

from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()
server = Server("ldaps://ldap.inventory.example")


@app.get("/teams/{team}/members")
def members(team: Literal["picking", "packing", "receiving"]):
    with Connection(server, auto_bind=True) as conn:
        conn.search("ou=teams,dc=inventory,dc=example", f"(&(objectClass=groupOfNames)(cn={team}))", attributes=["member"])
        return [str(e.member) for e in conn.entries]
