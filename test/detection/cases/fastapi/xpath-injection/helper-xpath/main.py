from fastapi import FastAPI

from .catalog import products_by_name

app = FastAPI()


@app.get("/catalog/search")
def search(name: str):
    return {"skus": products_by_name(name)}
