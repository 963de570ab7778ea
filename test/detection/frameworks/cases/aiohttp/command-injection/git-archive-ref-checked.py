import subprocess

from aiohttp import web


def known_tags():
    out = subprocess.run(["git", "-C", "/srv/repo", "tag", "--list"], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


async def archive(request):
    ref = request.match_info["ref"]
    if ref not in known_tags():
        raise web.HTTPNotFound()
    body = subprocess.run(
        ["git", "-C", "/srv/repo", "archive", "--format=tar.gz", ref], capture_output=True, check=True
    ).stdout
    return web.Response(body=body, content_type="application/gzip")


app = web.Application()
app.router.add_get("/archive/{ref}", archive)
