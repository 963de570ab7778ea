import re

from fastapi import FastAPI

app = FastAPI()
SKU_RE = re.compile(r"^[A-Z]{2}-\d{4}$")


@app.get("/skus/validate")
def validate(sku: str):
    return {"sku": sku, "valid": bool(SKU_RE.fullmatch(sku)), "groups": re.findall(r"\d+", sku)}
