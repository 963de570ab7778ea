from models import Address, db


def create(body, token_info):
    address = Address(
        customer_id=int(token_info["sub"]),
        street=body.get("street"),
        city=body.get("city"),
        postcode=body.get("postcode"),
    )
    db.session.add(address)
    db.session.commit()
    return {"id": address.id}, 201
