import aiohttp
from asgiref.sync import async_to_sync
from rest_framework.decorators import api_view
from rest_framework.response import Response


async def fetch_feed(feed_url):
    async with aiohttp.ClientSession() as session:
        async with session.get(feed_url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
            return resp.status, await resp.text()


@api_view(["POST"])
def validate_feed(request):
    status, body = async_to_sync(fetch_feed)(request.data["feed_url"])
    return Response({"status": status, "length": len(body)})
