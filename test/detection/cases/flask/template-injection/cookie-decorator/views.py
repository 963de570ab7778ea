from flask import Flask
from jinja2 import Template

from .decorators import with_banner

app = Flask(__name__)


@app.get("/")
@with_banner
def home(banner):
    return Template("<header>" + banner + "</header><main>{{ body }}</main>").render(body="Shop")
