async def matching_alerts(pool, tags):
    if not tags:
        return []
    tag_list = ", ".join(f"'{t}'" for t in tags)
    async with pool.acquire() as conn:
        return await conn.fetch(f"SELECT id, title, severity FROM alerts WHERE tag IN ({tag_list}) ORDER BY raised_at DESC LIMIT 100")
