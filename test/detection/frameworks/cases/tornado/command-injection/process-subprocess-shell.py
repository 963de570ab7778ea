import tornado.process
import tornado.web


class GrepLogsHandler(tornado.web.RequestHandler):
    async def get(self):
        pattern = self.get_query_argument("pattern")
        proc = tornado.process.Subprocess(
            ["bash", "-c", f"grep -h {pattern} /var/log/app/*.log | tail -n 200"],
            stdout=tornado.process.Subprocess.STREAM,
        )
        output = await proc.stdout.read_until_close()
        self.set_header("Content-Type", "text/plain")
        self.write(output)


app = tornado.web.Application([(r"/admin/logs", GrepLogsHandler)])
