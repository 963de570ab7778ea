import glob

import tornado.process
import tornado.web


class GrepLogsHandler(tornado.web.RequestHandler):
    async def get(self):
        pattern = self.get_query_argument("pattern")
        proc = tornado.process.Subprocess(
            ["grep", "-h", "-F", "-e", pattern, "--", *sorted(glob.glob("/var/log/app/*.log"))],
            stdout=tornado.process.Subprocess.STREAM,
        )
        output = await proc.stdout.read_until_close()
        self.set_header("Content-Type", "text/plain")
        self.write(output[-20000:])


app = tornado.web.Application([(r"/admin/logs", GrepLogsHandler)])
