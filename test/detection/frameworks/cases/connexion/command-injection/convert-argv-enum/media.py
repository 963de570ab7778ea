import subprocess

PRESETS = ("ultrafast", "fast", "medium", "slow")


def transcode(media_id, preset):
    if preset not in PRESETS:
        return {"detail": "unknown preset"}, 400
    subprocess.Popen(
        ["ffmpeg", "-y", "-i", f"/srv/media/{int(media_id)}.mov", "-preset", preset, f"/srv/media/{int(media_id)}.mp4"]
    )
    return {"media_id": media_id, "preset": preset}, 202
