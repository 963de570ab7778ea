import hashlib

import requests

AVATARS = "/srv/avatars"


def set_avatar(user_id, body):
    digest = hashlib.md5(body["email"].strip().lower().encode()).hexdigest()
    image = requests.get(f"https://www.gravatar.com/avatar/{digest}?s=256", timeout=10).content
    with open(f"{AVATARS}/{user_id}.img", "wb") as fh:
        fh.write(image)
    return {"user_id": user_id, "bytes": len(image)}
