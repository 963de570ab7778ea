import requests

AVATARS = "/srv/avatars"


def set_avatar(user_id, body):
    image = requests.get(body["avatar_url"], timeout=10).content
    with open(f"{AVATARS}/{user_id}.img", "wb") as fh:
        fh.write(image)
    return {"user_id": user_id, "bytes": len(image)}
