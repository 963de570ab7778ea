async def matching_alerts(pool, tags):
    if not tags:
        return []
    async with pool.acquire() as conn:
        return await conn.fetch(
            "SELECT id, title, severity FROM alerts WHERE tag = ANY($1::text[]) ORDER BY raised_at DESC LIMIT 100",
            tags,
        )
