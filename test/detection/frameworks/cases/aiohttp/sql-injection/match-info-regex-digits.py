import sqlite3

from aiohttp import web


async def yearly_report(request):
    year = request.match_info["year"]
    with sqlite3.connect("ledger.db") as conn:
        rows = conn.execute(
            f"SELECT account, SUM(amount) FROM entries WHERE strftime('%Y', booked_at) = '{year}' GROUP BY account"
        ).fetchall()
    return web.json_response(dict(rows))


app = web.Application()
app.add_routes([web.get(r"/reports/{year:\d{4}}", yearly_report)])
