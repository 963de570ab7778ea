from models import Address, db


def create(body, token_info):
    address = Address(**body)
    address.customer_id = address.customer_id or int(token_info["sub"])
    db.session.add(address)
    db.session.commit()
    return {"id": address.id}, 201
