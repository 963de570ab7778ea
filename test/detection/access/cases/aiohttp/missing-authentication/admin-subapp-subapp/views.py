from aiohttp import web

from shopdb import coupons


async def list_coupons(request):
    return web.json_response(await coupons.all())


async def create_coupon(request):
    data = await request.post()
    code = await coupons.create(data["code"], percent=int(data["percent"]))
    return web.json_response({"code": code}, status=201)


async def storefront(request):
    return web.Response(text="welcome")
