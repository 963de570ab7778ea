import subprocess


def transcode(media_id, preset):
    cmd = f"ffmpeg -y -i /srv/media/{media_id}.mov -preset {preset} /srv/media/{media_id}.mp4"
    subprocess.Popen(cmd, shell=True)
    return {"media_id": media_id, "preset": preset}, 202
