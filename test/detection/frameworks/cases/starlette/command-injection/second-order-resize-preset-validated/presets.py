import redis.asyncio as redis

store = redis.Redis(host="cache", decode_responses=True)


async def save_preset(name, geometry):
    await store.hset("resize-presets", name, geometry)


async def load_preset(name):
    return await store.hget("resize-presets", name) or "256x256"
