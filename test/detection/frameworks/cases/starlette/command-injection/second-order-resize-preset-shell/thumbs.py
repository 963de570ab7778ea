import os


def make_thumbnail(image_id, geometry):
    source = f"/srv/media/originals/{image_id}.png"
    target = f"/srv/media/thumbs/{image_id}-{geometry}.png"
    os.system(f"convert {source} -resize {geometry} {target}")
    return target
