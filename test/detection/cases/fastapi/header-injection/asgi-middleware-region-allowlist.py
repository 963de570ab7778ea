from urllib.parse import parse_qs

from fastapi import FastAPI

from catalog.routes import router

REGIONS = {"eu-west", "eu-central", "us-east", "ap-south"}


class ServedRegionMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope["query_string"].decode("latin-1"))
        region = query.get("region", ["eu-west"])[0]
        if region not in REGIONS:
            region = "eu-west"

        async def send_with_region(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-served-region", region.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_region)


app = FastAPI()
app.include_router(router)
app.add_middleware(ServedRegionMiddleware)
