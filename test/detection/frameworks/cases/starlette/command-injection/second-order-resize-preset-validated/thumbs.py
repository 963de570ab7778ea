import os
import re

GEOMETRY = re.compile(r"\d{1,4}x\d{1,4}")


def make_thumbnail(image_id, geometry):
    if GEOMETRY.fullmatch(geometry) is None:
        raise ValueError("bad geometry")
    source = f"/srv/media/originals/{image_id}.png"
    target = f"/srv/media/thumbs/{image_id}-{geometry}.png"
    os.system(f"convert {source} -resize {geometry} {target}")
    return target
