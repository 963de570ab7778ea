from flask import Flask, render_template

from decorators import admin_required
from models import User

app = Flask(__name__)


@app.get("/admin/users")
@admin_required
def list_users():
    return render_template("admin/users.html", users=User.query.all())
