import json

import tornado.web
from motor.motor_tornado import MotorClient

db = MotorClient().catalog


class ProductQueryHandler(tornado.web.RequestHandler):
    async def get(self):
        query = json.loads(self.get_argument("filter", "{}"))
        docs = await db.products.find(query, {"_id": 0}).to_list(100)
        self.write({"products": docs})


app = tornado.web.Application([(r"/products", ProductQueryHandler)])
