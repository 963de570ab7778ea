# assay-fixture: path=addresses.py
# Connexion passes an operation's request body as the handler's `body` argument (the spec is the .json beside this file).
import connexion

from models import Address, db

app = connexion.App(__name__, specification_dir=".")
app.add_api("access-control/mass-assignment.connexion.fixture.json")


def create(body, token_info):
    address = Address(**body)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(address)
    db.session.commit()
    return {"id": address.id}, 201


def create_named(body, token_info):
    address = Address(customer_id=int(token_info["sub"]), street=body.get("street"), city=body.get("city"))  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(address)
    db.session.commit()
    return {"id": address.id}, 201


def create_allowed(body, token_info):
    body = {k: body[k] for k in ("street", "city") if k in body}
    address = Address(**body)  # hotspot: PY-AUTHZ-MASS-ASSIGNMENT (an allowlist, but the engine cannot tell it from any other rebuilt body)
    db.session.add(address)
    db.session.commit()
    return {"id": address.id}, 201
