import tornado.web
from motor.motor_tornado import MotorClient

db = MotorClient().catalog


class ProductQueryHandler(tornado.web.RequestHandler):
    async def get(self):
        query = {"category": self.get_argument("category", "books")}
        brand = self.get_argument("brand", None)
        if brand:
            query["brand"] = brand
        docs = await db.products.find(query, {"_id": 0}).to_list(100)
        self.write({"products": docs})


app = tornado.web.Application([(r"/products", ProductQueryHandler)])
