import json

from pymongo import MongoClient

sessions = MongoClient().auth.sessions


def application(environ, start_response):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    body = json.loads(environ["wsgi.input"].read(size))
    result = sessions.delete_one({"token": str(body.get("token", ""))})
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"deleted": result.deleted_count}).encode()]
