import tornado.web

from hr.db import pool


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("staff_id")


class EmployeeHandler(BaseHandler):
    @tornado.web.authenticated
    async def get(self, employee_id):
        async with pool.acquire() as conn:
            row = await conn.fetchrow(
                "SELECT id, name, team, email, salary, performance_notes, ssn FROM employees WHERE id = $1",
                int(employee_id),
            )
        if row is None:
            raise tornado.web.HTTPError(404)
        self.write(dict(row))


def make_app():
    return tornado.web.Application([(r"/directory/(\d+)", EmployeeHandler)], cookie_secret="from-env")
