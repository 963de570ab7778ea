from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/admin/users.xml")
FIND_USER = etree.XPath("//user[name/text()=$name]")


@app.get("/admin/user")
def find_user():
    nodes = FIND_USER(USERS, name=request.args.get("name", ""))
    return jsonify([n.findtext("email") for n in nodes])
