from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()
server = Server("ldaps://ldap.inventory.example")


@app.get("/operators")
def find_operator(badge: str):
    with Connection(server, "cn=svc,dc=inventory,dc=example", "from-vault", auto_bind=True) as conn:
        conn.search("ou=operators,dc=inventory,dc=example", f"(employeeNumber={badge})", attributes=["cn"])
        return [str(e.cn) for e in conn.entries]
