from fastapi import FastAPI, Form, Response

from .clients import create_client
from .cookies import remember_client

app = FastAPI()


@app.post("/console/clients")
def new_client(response: Response, name: str = Form()):
    client = create_client(name)
    remember_client(response, client.client_id, client.client_secret)
    return {"client_id": client.client_id}
