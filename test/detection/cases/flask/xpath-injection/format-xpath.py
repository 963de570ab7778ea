from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/admin/users.xml")


@app.get("/admin/user")
def find_user():
    name = request.args.get("name", "")
    nodes = USERS.xpath("//user[name/text()='{}']".format(name))
    return jsonify([n.findtext("email") for n in nodes])
