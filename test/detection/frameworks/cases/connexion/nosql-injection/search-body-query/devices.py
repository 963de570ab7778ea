from pymongo import MongoClient

devices = MongoClient()["fleet"]["devices"]


def search(body):
    found = devices.find(body.get("query", {}), {"_id": 0, "serial": 1, "model": 1}).limit(50)
    return list(found)
