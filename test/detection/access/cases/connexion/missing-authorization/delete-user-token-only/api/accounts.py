from api.store import users


def me(user, token_info):
    account = users.get(int(user))
    return {"id": account.id, "email": account.email, "roles": token_info.get("roles", [])}


def delete_user(user_id, user, token_info):
    if not users.delete(user_id):
        return {"detail": "no such user"}, 404
    return None, 204
