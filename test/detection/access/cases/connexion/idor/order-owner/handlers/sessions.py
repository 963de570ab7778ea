from shop.cache import sessions


def lookup(api_key, required_scopes=None):
    customer_id = sessions.get(api_key)
    if customer_id is None:
        return None
    return {"sub": customer_id}
